// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicate_index.h"

#include <algorithm>
#include <cstdlib>

namespace stridelog {

void DuplicateIndex::add(const Run& run) {
    if (!run.sourceKey.isEmpty()) bySourceKey_.insert(run.sourceKey, run.id);
    byStart_.emplace(run.start.utcSeconds(), Entry{run.distance.metres(), run.id});
}

std::optional<RunId> DuplicateIndex::find(const Run& run) const {
    if (!run.sourceKey.isEmpty()) {
        if (auto found = bySourceKey_.constFind(run.sourceKey); found != bySourceKey_.cend())
            return found.value();
    }
    const std::int64_t start = run.start.utcSeconds();
    auto it = byStart_.lower_bound(start - kSameRunStartSeconds);
    for (; it != byStart_.end() && it->first <= start + kSameRunStartSeconds; ++it) {
        const std::int64_t longer = std::max(it->second.metres, run.distance.metres());
        const std::int64_t difference = std::abs(it->second.metres - run.distance.metres());
        if (static_cast<double>(difference) <=
            kSameRunDistanceFraction * static_cast<double>(longer))
            return it->second.id;
    }
    return std::nullopt;
}

}  // namespace stridelog

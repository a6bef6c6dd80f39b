// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_follows.h"

#include "pain_trends.h"
#include "warning_texts.h"

#include "core/model/entry_words.h"

#include <map>

namespace stridelog {
namespace {

constexpr std::int64_t kFollowSeconds = 24 * 3600;
// R13's numbers (RULES.md), to mark the rates the warning would name.
constexpr int kWindowDays = 180;
constexpr int kMinRuns = 5;
constexpr int kMinFollowed = 3;

struct Key {
    FollowAttribute attribute;
    std::int64_t value;
    auto operator<=>(const Key&) const = default;
};

std::vector<Key> keysOf(const Run& run) {
    std::vector<Key> keys;
    if (run.surface) keys.push_back({FollowAttribute::Surface, static_cast<int>(*run.surface)});
    keys.push_back({FollowAttribute::Hilly, run.hilly ? 1 : 0});
    if (run.shoe) keys.push_back({FollowAttribute::Shoe, run.shoe->value()});
    if (run.type) keys.push_back({FollowAttribute::RunType, static_cast<int>(*run.type)});
    return keys;
}

QString labelOf(const AsOfJournal& journal, const Key& key) {
    switch (key.attribute) {
        case FollowAttribute::Surface:
            return words::runs(static_cast<Surface>(key.value));
        case FollowAttribute::Hilly:
            return texts::hillyRunsLabel(key.value == 1);
        case FollowAttribute::Shoe: {
            const Shoe* shoe = journal.shoe(ShoeId(key.value));
            return texts::shoeRunsLabel(shoe ? shoe->name : QString());
        }
        case FollowAttribute::RunType:
            break;
    }
    return words::runs(static_cast<RunType>(key.value));
}

}  // namespace

std::vector<PainId> painFollowing(const JournalSnapshot& journal, const Run& run) {
    std::vector<PainId> ids;
    const Instant until = run.start.plusSeconds(kFollowSeconds);
    for (const PainEntry& pain : journal.pains) {
        const bool linked = pain.run == run.id;
        const bool soonAfter = !pain.run && run.start <= pain.start && pain.start <= until;
        if (linked || soonAfter) ids.push_back(pain.id);
    }
    return ids;
}

std::vector<FollowRate> painFollowRates(const AsOfJournal& journal) {
    return painFollowRates(journal, PainFollowIndex(journal));
}

std::vector<FollowRate> painFollowRates(const AsOfJournal& journal,
                                        const PainFollowIndex& follows) {
    int allRuns = 0;
    int allFollowed = 0;
    std::map<Key, std::pair<int, int>> tallies;  // runs, followed
    for (const Run* run : journal.runsSince(journal.asOf().daysBefore(kWindowDays))) {
        const int followed = follows.worstFollowing(*run) != nullptr ? 1 : 0;
        ++allRuns;
        allFollowed += followed;
        for (const Key& key : keysOf(*run)) {
            auto& tally = tallies[key];
            ++tally.first;
            tally.second += followed;
        }
    }
    std::vector<FollowRate> rates;
    for (const auto& [key, tally] : tallies) {
        FollowRate rate;
        rate.attribute = key.attribute;
        rate.label = labelOf(journal, key);
        rate.runs = tally.first;
        rate.followed = tally.second;
        rate.otherRuns = allRuns - rate.runs;
        rate.otherFollowed = allFollowed - rate.followed;
        // rate(v) ≥ 2 × rate(¬v), cross-multiplied on whole counts as R13 does.
        rate.pattern = rate.runs >= kMinRuns && rate.followed >= kMinFollowed &&
                       rate.otherRuns > 0 &&
                       static_cast<std::int64_t>(rate.followed) * rate.otherRuns >=
                           2 * static_cast<std::int64_t>(rate.otherFollowed) * rate.runs;
        rates.push_back(rate);
    }
    return rates;
}

}  // namespace stridelog

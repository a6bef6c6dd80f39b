// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which runs the journal already has, so an import never adds one twice.
//
// A run is a duplicate of a journal run when it has the same source key (the same file, or the
// same activity id, imported again), or when it is the same run from another source: a start
// within 60 seconds and a distance within 1% of the longer one (a watch's FIT and the GPX a
// phone app made of the same run). The importer fills one, inside each file's transaction, with
// the journal runs near the run it is about to write (those of the same file included), so a
// folder or a file with the same run twice keeps one.

#include "core/model/run.h"

#include <QHash>

#include <map>
#include <optional>

namespace stridelog {

inline constexpr std::int64_t kSameRunStartSeconds = 60;
inline constexpr double kSameRunDistanceFraction = 0.01;

class DuplicateIndex {
public:
    void add(const Run& run);
    std::optional<RunId> find(const Run& run) const;

private:
    struct Entry {
        std::int64_t metres;
        RunId id;
    };
    QHash<QString, RunId> bySourceKey_;
    std::multimap<std::int64_t, Entry> byStart_;  // UTC seconds
};

}  // namespace stridelog

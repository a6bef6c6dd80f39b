// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "ids.h"
#include "instant.h"
#include "units.h"

#include <QString>

#include <optional>

namespace stridelog {

struct Run {
    RunId id;
    Instant start;
    Distance distance;
    Duration duration;
    std::optional<ShoeId> shoe;
    std::optional<Surface> surface;
    bool hilly = false;
    std::optional<RunType> type;
    std::optional<int> rpe;        // rate of perceived exertion, 1–10
    std::optional<int> cadence;    // steps per minute, both feet
    std::optional<int> heartRate;  // average, beats per minute
    // The knee's answer to the run (RULES.md "Ratings"), 0–10 each: the worst pain during it,
    // and about an hour after it. Never filled in for the runner.
    std::optional<int> painDuring;
    std::optional<int> painAfter;
    QString notes;
    RunSource source = RunSource::Manual;
    // Identifies the imported activity (file hash or service id) so a re-import is a duplicate.
    QString sourceKey;
};

}  // namespace stridelog

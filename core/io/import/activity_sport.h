// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which activities are runs. Files name sports in many ways: FIT has numbers, TCX "Running",
// GPX a free word ("running", "trail_running", Strava's "9"), the CSV exports "Run",
// "Trail Run", "Treadmill Running". A word counts as a run when it says run or jog; running
// variants set the surface where they make it obvious (trail, treadmill, track, street/road).
// Anything else (cycling, swimming, walking, hiking) is not a run and is skipped.

#include "core/model/enums.h"

#include <QString>

#include <optional>

namespace stridelog {

struct SportClass {
    bool isRun = false;
    std::optional<Surface> surface;
};

SportClass classifySport(const QString& word);

// FIT's `sport` and `sub_sport` enumerations (FIT profile): the name and the class.
QString fitSportName(unsigned sport);
SportClass classifyFitSport(unsigned sport, unsigned subSport);

}  // namespace stridelog

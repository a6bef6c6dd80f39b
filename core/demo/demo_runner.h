// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The made-up runner behind a demo history: how much they can run, how fast and with what
// step rate, week by week over their running life. A long history starts with a beginner who
// builds up over four years and slows a little with age after fifteen; a short one starts
// with a runner who already has some years behind them. Everything is whole numbers, so the
// same seed gives the same runner on every platform.

#include "demo_random.h"

#include <QDate>

#include <cstdint>

namespace stridelog::demo {

class DemoRunner {
public:
    DemoRunner(DemoRandom& random, int weekCount);

    // The weekly volume the runner can sustain in week `week` (0 = the history's first week).
    std::int64_t capacityMetres(int week, QDate monday) const;
    // Easy-run pace in seconds per kilometre.
    int easyPaceSecondsPerKm(int week) const;
    // Typical step rate on an easy run.
    int cadenceSpm(int week) const;
    // The knee that hurts more often.
    bool leftKneeWeaker() const { return leftKneeWeaker_; }

private:
    // How far into the four-year build-up the runner is, in per-mille.
    int experiencePerMille(int week) const;
    // Weeks past fifteen years of the history, when age starts to tell.
    int weeksOfAgeing(int week) const;

    int startCapacityKm_;
    int plateauCapacityKm_;
    int startPace_;
    int bestPace_;
    int startCadence_;
    int bestCadence_;
    int weeksBeforeHistory_;
    bool leftKneeWeaker_;
};

}  // namespace stridelog::demo

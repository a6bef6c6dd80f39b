// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The passes over the journal that several rules share, made once per as-of view: the weeks
// (R1, R2, with R11's load in them), the daily load (R11), every pair's wear (R3) and R8's
// index of which pain followed which run, and where the way back (R16) stands. The facade
// (rules_engine.cpp) and evaluate() (evaluation.cpp) build one of these and hand it to every rule
// that needs it.

#include "as_of_journal.h"
#include "assessments.h"
#include "comeback_status.h"
#include "pain_trends.h"
#include "warning.h"
#include "week_summary.h"
#include "weekly_volume.h"

#include <vector>

namespace stridelog {

struct RulePasses {
    explicit RulePasses(const AsOfJournal& journal);

    const AsOfJournal& view;
    std::vector<DailyLoad> load;
    WeeklyVolumes volumes;        // each week with its load
    std::vector<ShoeWear> wears;  // in the order of the journal's shoes
    PainFollowIndex follows;
    std::optional<ComebackStatus> comeback;  // R16: the latest way back started by T
};

// Every active warning, most severe first, then newest first.
std::vector<Warning> warningsOf(const RulePasses& passes);

// Most severe first, then newest first; equal ones keep their order.
void sortWarnings(std::vector<Warning>& warnings);

}  // namespace stridelog

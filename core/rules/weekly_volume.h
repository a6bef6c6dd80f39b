// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Calendar weeks of the journal with their volume and limit: R1 (the 10% rule) and R2
// (return after a break; more than 26 empty weeks make a fresh start, without a limit). The
// facade builds the rows of computeWeeks from here, adds R11's load to them, and turns the rows
// of T's week and the week before into warnings.
//
// Every limit comparison is exact integer arithmetic on metres: W is over the R1 limit iff
// 100 × vol(W) > (100 + p) × vol(W−1). A limit shown in metres is rounded down, which keeps
// "vol ≤ limit" and "not over" the same statement for whole metres.

#include "as_of_journal.h"
#include "warning.h"
#include "week_summary.h"

#include <vector>

namespace stridelog {

// What a week's limit was judged against, for the warning's sentence.
struct WeekBasis {
    Distance base;       // R1: vol(W−1); after a missed week: vol(W−2)
    Distance normalSum;  // comeback: the four weeks before the gap, summed
    int emptyWeeks = 0;  // comeback: the length of the gap
    bool afterMissedWeek = false;
};

struct WeeklyVolumes {
    std::vector<WeekSummary> weeks;  // oldest first
    std::vector<WeekBasis> basis;    // same index
    std::size_t asOfWeek = 0;        // index of T's week
    // R15's look ahead: what is left of T's week's limit, with the limit T's week would have
    // if a run were added now, also while it is still empty after a break (the row itself has
    // no limit then). Null when it would have none.
    std::optional<Distance> asOfWeekLeft;
};

WeeklyVolumes computeWeeklyVolumes(const AsOfJournal& journal);

// weekly-increase or comeback-volume for T's week and the week before it, when over.
std::vector<Warning> weeklyVolumeWarnings(const AsOfJournal& journal, const WeeklyVolumes& volumes);
// The same judgement for any one week (a just-logged run's week may be older).
std::optional<Warning> weekLimitWarning(const AsOfJournal& journal, const WeeklyVolumes& volumes,
                                        std::size_t week);

}  // namespace stridelog

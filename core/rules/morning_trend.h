// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R17, the morning trend, and the rating part of R9 (RULES.md, rules 1.2): pain must not grow
// from week to week, and a run rated above 5/10 is high pain like a pain entry above 5/10.

#include "as_of_journal.h"
#include "warning.h"

#include <optional>
#include <vector>

namespace stridelog {

struct MorningTrend {
    double lastWeekMean = 0;    // the 7 days up to T's day
    double weekBeforeMean = 0;  // the 7 days before those
    bool rising = false;        // at least 1 higher, with ≥ 3 checks in each half
};

// Null without at least 3 morning checks in each 7-day half.
std::optional<MorningTrend> morningTrend(const AsOfJournal& journal);
std::vector<Warning> morningTrendWarning(const AsOfJournal& journal);
// R9 for runs: pain_during or pain_after above 5 in the 7 days up to T.
std::vector<Warning> runPainHighWarnings(const AsOfJournal& journal);

// The morning checks of the journal dated up to T's day (a check of a later day has not
// happened yet as of T).
std::vector<const MorningCheck*> morningsByT(const AsOfJournal& journal);
// RULES.md "Ratings": the check of `day`; without one the latest of the 3 days before; else 0.
int baselineFor(const AsOfJournal& journal, QDate day);

}  // namespace stridelog

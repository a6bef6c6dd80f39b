// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One evaluation of the rules: the journal as of an instant T and everything RULES.md says of
// it, computed together so every screen, the CLI and the report present the same answer. The
// rules' as-of view (as_of_journal.h) is built once per evaluation and shared by every rule;
// nothing outside core/rules builds one.
//
//   JournalSnapshot + AsOf ──evaluate()──► Evaluation ──► dashboard, pages, tables, CLI, report
//
// The vectors below that say "same order as journal.X" are indexed like the snapshot, so a page
// finds an entry's result by its position (or with the lookups at the end).

#include "allowance.h"
#include "assessments.h"
#include "comeback_status.h"
#include "warning.h"
#include "week_summary.h"

#include "core/model/as_of.h"
#include "core/model/journal_snapshot.h"

#include <optional>
#include <vector>

namespace stridelog {

struct Evaluation {
    AsOf asOf = AsOf(Instant());
    JournalSnapshot journal;
    // One row per week, empty weeks included, from the first run's week to T's week.
    std::vector<WeekSummary> weeks;
    // Every active warning, most severe first, then newest first.
    std::vector<Warning> warnings;
    // R11 day by day, from the first run's day to T's day.
    std::vector<DailyLoad> load;
    std::vector<ShoeWear> shoeWear;           // R3; same order as journal.shoes
    std::vector<ShoeForecast> shoeForecasts;  // same order as journal.shoes
    std::vector<PainAssessment> pain;         // R5, R6 as of T; same order as journal.pains
    // R4 of each run against the 30 days before it; same order as journal.runs.
    std::vector<std::optional<double>> runSpikes;
    // R13's rates over the 180 days up to T, also those below the warning's threshold.
    std::vector<FollowRate> followRates;
    Allowance allowance;  // R15
    // R16: the latest way back started by T, in any state; none when no programme ever started.
    std::optional<ComebackStatus> comeback;

    const Shoe* shoe(ShoeId id) const;
    const ShoeWear* wearOf(ShoeId id) const;
    const ShoeForecast* forecastOf(ShoeId id) const;
    const PainAssessment* assessmentOf(PainId id) const;
};

Evaluation evaluate(JournalSnapshot journal, AsOf asOf);

}  // namespace stridelog

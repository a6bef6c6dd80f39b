// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rules of RULES.md as pure functions: a journal snapshot and an as-of instant in, weeks,
// warnings and per-entry assessments out. No database, no clock, no GUI. The CLI and the app
// call these and only draw or print the results.
//
// As-of semantics (RULES.md, Definitions, and core/model/as_of.h): as of an instant, runs and
// pain entries started at or before it count; as of the end of a day (a bare date), everything
// started that day counts. An ongoing pain entry lasts until the as-of instant.

#include "assessments.h"
#include "warning.h"
#include "week_summary.h"

#include "core/model/as_of.h"
#include "core/model/journal_snapshot.h"

#include <vector>

namespace stridelog {

// One row per week, empty weeks included, from the first run's week to the as-of week,
// oldest first. Empty when there is no run up to `asOf`.
std::vector<WeekSummary> computeWeeks(const JournalSnapshot& journal, AsOf asOf);

// Every active warning, most severe first, then newest first.
std::vector<Warning> computeWarnings(const JournalSnapshot& journal, AsOf asOf);

// R11 day by day, from the first run's day to the as-of day.
std::vector<DailyLoad> computeDailyLoad(const JournalSnapshot& journal, AsOf asOf);

// R3 for one pair; retired pairs report Retired.
ShoeWear assessShoe(const JournalSnapshot& journal, const Shoe& shoe, AsOf asOf);

// R5, R6 and the location hint for one entry.
PainAssessment assessPain(const PainEntry& pain, AsOf asOf);

// R4: the run's distance over the longest run in the 30 days before it, minus 1, in percent;
// empty when no run started in those 30 days.
std::optional<double> runSpikePercent(const JournalSnapshot& journal, const Run& run);

// R4 for every run at once, in the order of journal.runs: one pass over the runs, for lists and
// tables (runSpikePercent per run would compare every pair).
std::vector<std::optional<double>> runSpikePercents(const JournalSnapshot& journal);

// The warnings a just-logged (or about-to-be-logged) entry brings: for a run, its spike, its
// pair when worn (R3: shown at once even if the pair was already worn), and its week's limit;
// for a pain entry, the warnings whose subject is that entry. `journal` already contains it.
std::vector<Warning> warningsTriggeredByRun(const JournalSnapshot& journal, RunId run, AsOf asOf);
std::vector<Warning> warningsTriggeredByPain(const JournalSnapshot& journal, PainId pain,
                                             AsOf asOf);

// The first day of the week holding `day`, per the week_start setting.
QDate weekStartOf(QDate day, Qt::DayOfWeek weekStart);

}  // namespace stridelog

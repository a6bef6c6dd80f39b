// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report for a clinician, as a value: what belongs to a chosen period, decided by the rules
// and nothing painted or worded yet. The app draws it as a PDF (`stridelog --report`), the CLI
// prints it (`stridelog-cli report`); both only present what this decides.
//
//   JournalSnapshot + period [from, to] + now ──buildReportContent()──► ReportContent
//
// Two as-of instants, on purpose. Weeks, warnings and shoes are evaluated as of the end of the
// period (or now, if the period reaches into the future): the report shows what the journal
// said then, not what later weeks added. Pain entries are assessed as of now, so an entry that
// went on after the period shows its whole known duration and stage, and one still going on is
// measured to now.

#include "assessments.h"
#include "comeback_status.h"
#include "warning.h"
#include "week_summary.h"

#include "core/model/as_of.h"
#include "core/model/journal_snapshot.h"

#include <QDate>

#include <vector>

namespace stridelog {

// Local dates, both included.
struct ReportPeriod {
    QDate from;
    QDate to;
};

// What the period adds up to.
struct ReportSummary {
    int runs = 0;  // runs started in the period
    Distance distance;
    Duration time;
    int painEntries = 0;  // as in ReportContent::pain
    int weeksOverLimit = 0;
};

// A pain entry of the period with R5/R6 as of now; `ongoing` when it had no end by then.
struct ReportPain {
    PainEntry entry;
    PainAssessment assessment;
    bool ongoing = false;
};

// A pair worn on at least one run of the period; totals as of the period's end.
struct ReportShoe {
    ShoeId id;
    QString name;
    int periodRuns = 0;
    Distance periodDistance;
    Distance total;
    Distance limit;
    double percent = 0;
    ShoeStatusKind status = ShoeStatusKind::Ok;
};

struct ReportContent {
    ReportPeriod period;
    Instant evaluatedAt;  // the end of the period, or now if earlier
    Instant generatedAt;  // now: pain entries are assessed as of this
    ReportSummary summary;
    // Every week that overlaps the period, as computeWeeks gives it as of evaluatedAt: weeks
    // are whole calendar weeks, so the first and last may hold runs from just outside it.
    std::vector<WeekSummary> weeks;
    // Started in the period, or started before it and still going on when it began; oldest
    // first.
    std::vector<ReportPain> pain;
    // As of evaluatedAt: journal-wide ones, and those whose week, run, pain entry or pair
    // belongs to the period; most severe first, then newest.
    std::vector<Warning> warnings;
    std::vector<ReportShoe> shoes;  // most used in the period first
    // Rules 1.2: every way back that overlaps the period, as of evaluatedAt (oldest first), and
    // the morning checks of the period's days.
    std::vector<ComebackStatus> comebacks;
    std::vector<MorningCheck> mornings;
};

// The instant the period is evaluated at: the end of its last day, or `now` if that is earlier.
AsOf reportAsOf(const ReportPeriod& period, Instant now);

// `period` must be valid, from ≤ to (callers refuse anything else first).
ReportContent buildReportContent(const JournalSnapshot& journal, const ReportPeriod& period,
                                 Instant now);

}  // namespace stridelog

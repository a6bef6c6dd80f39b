// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report for a clinician as the PDF shows it: core's report content (what belongs to the
// period, core/rules/report_content.h) with the words the tables print, nothing decided here.
//
//   JournalSnapshot + period [from, to] + now ──buildReportContent()──► ReportContent
//        ──buildClinicianReport()──► ClinicianReport ──► clinician_report_pdf.h (QPdfWriter, A4)

#include "core/model/as_of.h"
#include "core/model/journal_snapshot.h"
#include "core/rules/assessments.h"
#include "core/rules/report_content.h"
#include "core/rules/warning.h"
#include "core/rules/week_summary.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace stridelog::gui {

using stridelog::ReportPeriod;
using stridelog::ReportShoe;

// Empty when the period can be reported; otherwise one sentence on what is wrong.
std::optional<QString> checkReportPeriod(const ReportPeriod& period);

// A week that overlaps the period; weeks are whole calendar weeks, so the first and the last
// may hold runs from just outside it.
struct ReportWeek {
    QDate weekStart;
    Distance volume;
    int runs = 0;
    std::optional<double> changePct;  // against the week before; empty when that was empty
    std::optional<Distance> limit;
    LimitRule limitRule = LimitRule::None;
    bool overLimit = false;
    std::optional<int> painMax;
};

// A pain entry started in the period, with the words the table prints.
struct ReportPain {
    PainId id;
    Instant start;
    QString knee;       // "left", "right", "both"
    QString site;       // "front (around the kneecap)", ...
    int intensity = 0;  // 0–10
    QString onset;      // "from the start of the run", ...
    QString duration;   // "30 h", "4 d 6 h", "ongoing, 30 h so far"
    bool ongoing = false;
    int stage = 1;  // 1–4 (RULES.md R5)
    bool adaptation = false;
    QString signs;  // "swelling, locking, sharp", or empty
    QString hint;   // "commonly associated with … — discuss with a clinician"
};

struct ReportWarning {
    Severity severity = Severity::Info;
    QString code;
    QString message;
    QString source;
};

struct ClinicianReport {
    ReportPeriod period;
    Instant evaluatedAt;  // the end of the period, or now if earlier
    Instant generatedAt;  // now: pain entries are assessed as of this
    int weeklyIncreasePct = 10;
    int comebackPct = 30;
    int runs = 0;  // runs started in the period
    Distance distance;
    std::vector<ReportWeek> weeks;
    std::vector<ReportPain> pains;        // oldest first
    std::vector<ReportWarning> warnings;  // most severe first, then newest
    std::vector<ReportShoe> shoes;        // most used first
};

ClinicianReport buildClinicianReport(const JournalSnapshot& journal, const ReportPeriod& period,
                                     Instant now);

using stridelog::reportAsOf;

}  // namespace stridelog::gui

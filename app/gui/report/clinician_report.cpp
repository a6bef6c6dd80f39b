// SPDX-License-Identifier: GPL-3.0-or-later
// The clinician report from core's report content (see clinician_report.h): nothing here
// decides what belongs to the period, it only names it in plain words.
#include "clinician_report.h"
#include "report_text.h"

#include "report_words.h"

namespace stridelog::gui {
namespace {

ReportPain describePain(const stridelog::ReportPain& pain) {
    const PainEntry& entry = pain.entry;
    ReportPain row;
    row.id = entry.id;
    row.start = entry.start;
    row.knee = report_words::knee(entry.knee);
    row.site = report_words::site(entry.site);
    row.intensity = entry.intensity;
    row.onset = report_words::onset(entry.onset);
    row.duration = report_words::duration(pain.assessment.duration, pain.ongoing);
    row.ongoing = pain.ongoing;
    row.stage = pain.assessment.stage;
    row.adaptation = pain.assessment.adaptation;
    row.signs = report_words::signs(entry);
    row.hint = report_words::hint(pain.assessment.hint);
    return row;
}

}  // namespace

std::optional<QString> checkReportPeriod(const ReportPeriod& period) {
    if (!period.from.isValid() || !period.to.isValid())
        return ReportWords::tr("the period needs a first and a last day (YYYY-MM-DD)");
    if (period.from > period.to)
        return ReportWords::tr("the period's first day %1 is after its last day %2")
            .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    return std::nullopt;
}

ClinicianReport buildClinicianReport(const JournalSnapshot& journal, const ReportPeriod& period,
                                     Instant now) {
    const ReportContent content = buildReportContent(journal, period, now);
    ClinicianReport report;
    report.period = content.period;
    report.evaluatedAt = content.evaluatedAt;
    report.generatedAt = content.generatedAt;
    report.weeklyIncreasePct = journal.settings.weeklyIncreasePct;
    report.comebackPct = journal.settings.comebackPct;
    report.runs = content.summary.runs;
    report.distance = content.summary.distance;
    for (const WeekSummary& week : content.weeks) {
        report.weeks.push_back({week.weekStart, week.volume, week.runs, week.changePct, week.limit,
                                week.limitRule, week.overLimit, week.painMax});
    }
    for (const auto& pain : content.pain) report.pains.push_back(describePain(pain));
    for (const Warning& warning : content.warnings) {
        report.warnings.push_back(
            {warning.severity, warning.code, warning.message, warning.source});
    }
    report.shoes = content.shoes;
    return report;
}

}  // namespace stridelog::gui

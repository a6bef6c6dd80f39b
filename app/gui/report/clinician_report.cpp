// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the clinician report from the rules' results (see clinician_report.h). Nothing here
// decides a rule: it selects what falls in the period and names it in plain words.
#include "clinician_report.h"
#include "report_text.h"

#include "report_words.h"

#include "core/rules/rules_engine.h"

#include <algorithm>
#include <map>

namespace stridelog::gui {
namespace {

bool inPeriod(const ReportPeriod& period, QDate day) {
    return day >= period.from && day <= period.to;
}

bool weekOverlaps(const ReportPeriod& period, QDate weekStart) {
    return weekStart <= period.to && weekStart.addDays(6) >= period.from;
}

// Started in the period, or started before it and still going on when it began: a pain that
// carries into the period belongs to it.
bool painBelongs(const ReportPeriod& period, const PainEntry& pain, const AsOf& asOf) {
    if (!asOf.counts(pain.start)) return false;
    const QDate started = pain.start.localDate();
    if (inPeriod(period, started)) return true;
    if (started > period.to) return false;
    return !pain.end || pain.end->localDate() >= period.from;
}

bool runBelongs(const ReportPeriod& period, const Run& run, const AsOf& asOf) {
    return asOf.counts(run.start) && inPeriod(period, run.start.localDate());
}

std::vector<ReportWeek> periodWeeks(const JournalSnapshot& journal, const ReportPeriod& period,
                                    const AsOf& asOf) {
    std::vector<ReportWeek> weeks;
    for (const WeekSummary& week : computeWeeks(journal, asOf)) {
        if (!weekOverlaps(period, week.weekStart)) continue;
        weeks.push_back({week.weekStart, week.volume, week.runs, week.changePct, week.limit,
                         week.limitRule, week.overLimit, week.painMax});
    }
    return weeks;
}

ReportPain describePain(const PainEntry& pain, Instant now) {
    const PainAssessment assessment = assessPain(pain, now);
    const bool ongoing = !pain.end || *pain.end > now;
    ReportPain row;
    row.id = pain.id;
    row.start = pain.start;
    row.knee = report_words::knee(pain.knee);
    row.site = report_words::site(pain.site);
    row.intensity = pain.intensity;
    row.onset = report_words::onset(pain.onset);
    row.duration = report_words::duration(assessment.duration, ongoing);
    row.ongoing = ongoing;
    row.stage = assessment.stage;
    row.adaptation = assessment.adaptation;
    row.signs = report_words::signs(pain);
    row.hint = report_words::hint(assessment.hint);
    return row;
}

std::vector<ReportPain> periodPains(const JournalSnapshot& journal, const ReportPeriod& period,
                                    const AsOf& asOf, Instant now) {
    std::vector<ReportPain> pains;
    for (const PainEntry& pain : journal.pains) {
        if (painBelongs(period, pain, asOf)) pains.push_back(describePain(pain, now));
    }
    return pains;
}

// Journal-wide warnings stay; the others only when their subject is in the period.
bool warningBelongs(const Warning& warning, const JournalSnapshot& journal,
                    const ReportPeriod& period, const AsOf& asOf,
                    const std::map<std::int64_t, ReportShoe>& shoes) {
    const WarningSubject& subject = warning.subject;
    switch (subject.kind) {
        case WarningSubject::Kind::Journal:
            return true;
        case WarningSubject::Kind::Week:
            return weekOverlaps(period, subject.week);
        case WarningSubject::Kind::Shoe:
            return shoes.count(subject.id) > 0;
        case WarningSubject::Kind::Run:
            return std::any_of(journal.runs.begin(), journal.runs.end(), [&](const Run& run) {
                return run.id.value() == subject.id && runBelongs(period, run, asOf);
            });
        case WarningSubject::Kind::Pain:
            return std::any_of(journal.pains.begin(), journal.pains.end(), [&](const PainEntry& p) {
                return p.id.value() == subject.id && painBelongs(period, p, asOf);
            });
    }
    return false;
}

std::map<std::int64_t, ReportShoe> usedShoes(const JournalSnapshot& journal,
                                             const ReportPeriod& period, const AsOf& asOf) {
    std::map<std::int64_t, ReportShoe> used;
    for (const Run& run : journal.runs) {
        if (!run.shoe || !runBelongs(period, run, asOf)) continue;
        ReportShoe& shoe = used[run.shoe->value()];
        shoe.id = *run.shoe;
        ++shoe.periodRuns;
        shoe.periodDistance += run.distance;
    }
    for (const Shoe& shoe : journal.shoes) {
        const auto found = used.find(shoe.id.value());
        if (found == used.end()) continue;
        const ShoeWear wear = assessShoe(journal, shoe, asOf);
        found->second.name = shoe.name;
        found->second.total = wear.distance;
        found->second.limit = shoe.limit;
        found->second.percent = wear.percent;
        found->second.status = wear.status;
    }
    return used;
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

AsOf reportAsOf(const ReportPeriod& period, Instant now) {
    const AsOf endOfPeriod = AsOf::endOfLocalDay(period.to);
    if (now < endOfPeriod.instant()) return AsOf(now);
    return endOfPeriod;
}

ClinicianReport buildClinicianReport(const JournalSnapshot& journal, const ReportPeriod& period,
                                     Instant now) {
    const AsOf asOf = reportAsOf(period, now);
    ClinicianReport report;
    report.period = period;
    report.evaluatedAt = asOf.instant();
    report.generatedAt = now;
    report.weeklyIncreasePct = journal.settings.weeklyIncreasePct;
    report.comebackPct = journal.settings.comebackPct;
    for (const Run& run : journal.runs) {
        if (!runBelongs(period, run, asOf)) continue;
        ++report.runs;
        report.distance += run.distance;
    }
    report.weeks = periodWeeks(journal, period, asOf);
    report.pains = periodPains(journal, period, asOf, now);

    const std::map<std::int64_t, ReportShoe> shoes = usedShoes(journal, period, asOf);
    for (const Warning& warning : computeWarnings(journal, asOf)) {
        if (!warningBelongs(warning, journal, period, asOf, shoes)) continue;
        report.warnings.push_back(
            {warning.severity, warning.code, warning.message, warning.source});
    }
    for (const auto& entry : shoes) report.shoes.push_back(entry.second);
    std::stable_sort(report.shoes.begin(), report.shoes.end(),
                     [](const ReportShoe& a, const ReportShoe& b) {
                         return a.periodDistance > b.periodDistance;
                     });
    return report;
}

}  // namespace stridelog::gui

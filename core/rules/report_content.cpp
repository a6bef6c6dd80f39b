// SPDX-License-Identifier: GPL-3.0-or-later
// What belongs to a report's period (see report_content.h). The rules give the weeks, the
// warnings, the wear and the pain assessments; this only selects by period and adds up.
#include "report_content.h"

#include "as_of_journal.h"
#include "comeback.h"
#include "rule_passes.h"

#include "rules_engine.h"

#include <algorithm>
#include <map>

namespace stridelog {
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

std::map<std::int64_t, ReportShoe> usedShoes(const JournalSnapshot& journal,
                                             const ReportPeriod& period, const AsOf& asOf,
                                             const std::vector<ShoeWear>& wears) {
    std::map<std::int64_t, ReportShoe> used;
    for (const Run& run : journal.runs) {
        if (!run.shoe || !runBelongs(period, run, asOf)) continue;
        ReportShoe& shoe = used[run.shoe->value()];
        shoe.id = *run.shoe;
        ++shoe.periodRuns;
        shoe.periodDistance += run.distance;
    }
    for (std::size_t i = 0; i < journal.shoes.size() && i < wears.size(); ++i) {
        const Shoe& shoe = journal.shoes[i];
        const ShoeWear& wear = wears[i];
        const auto found = used.find(shoe.id.value());
        if (found == used.end()) continue;
        found->second.name = shoe.name;
        found->second.total = wear.distance;
        found->second.limit = shoe.limit;
        found->second.percent = wear.percent;
        found->second.status = wear.status;
    }
    return used;
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

ReportSummary summarise(const JournalSnapshot& journal, const ReportContent& content,
                        const AsOf& asOf) {
    ReportSummary summary;
    for (const Run& run : journal.runs) {
        if (!runBelongs(content.period, run, asOf)) continue;
        ++summary.runs;
        summary.distance += run.distance;
        summary.time = summary.time + run.duration;
    }
    summary.painEntries = static_cast<int>(content.pain.size());
    summary.weeksOverLimit = static_cast<int>(std::count_if(
        content.weeks.begin(), content.weeks.end(), [](const auto& w) { return w.overLimit; }));
    return summary;
}

}  // namespace

AsOf reportAsOf(const ReportPeriod& period, Instant now) {
    const AsOf endOfPeriod = AsOf::endOfLocalDay(period.to);
    if (now < endOfPeriod.instant()) return AsOf(now);
    return endOfPeriod;
}

ReportContent buildReportContent(const JournalSnapshot& journal, const ReportPeriod& period,
                                 Instant now) {
    const AsOf asOf = reportAsOf(period, now);
    ReportContent content;
    content.period = period;
    content.evaluatedAt = asOf.instant();
    content.generatedAt = now;
    // One view and one set of passes for the weeks, the warnings and the pairs alike.
    const AsOfJournal view(journal, asOf);
    const RulePasses passes(view);
    for (const WeekSummary& week : passes.volumes.weeks) {
        if (weekOverlaps(period, week.weekStart)) content.weeks.push_back(week);
    }
    for (const PainEntry& pain : journal.pains) {
        if (!painBelongs(period, pain, asOf)) continue;
        content.pain.push_back({pain, assessPain(pain, now), !pain.end || *pain.end > now});
    }
    const std::map<std::int64_t, ReportShoe> shoes = usedShoes(journal, period, asOf, passes.wears);
    for (Warning& warning : warningsOf(passes)) {
        if (warningBelongs(warning, journal, period, asOf, shoes))
            content.warnings.push_back(std::move(warning));
    }
    for (const auto& entry : shoes) content.shoes.push_back(entry.second);
    std::stable_sort(content.shoes.begin(), content.shoes.end(),
                     [](const ReportShoe& a, const ReportShoe& b) {
                         return a.periodDistance > b.periodDistance;
                     });
    for (const ComebackProgramme& programme : journal.programmes) {
        // Overlaps: started by the period's end and not stopped before its first day.
        if (!view.asOf().counts(programme.start)) continue;
        if (programme.stoppedAt && programme.stoppedAt->localDate() < period.from) continue;
        content.comebacks.push_back(assessProgramme(view, programme));
    }
    for (const MorningCheck& morning : journal.mornings) {
        if (morning.date >= period.from && morning.date <= period.to)
            content.mornings.push_back(morning);
    }
    content.summary = summarise(journal, content, asOf);
    return content;
}

}  // namespace stridelog

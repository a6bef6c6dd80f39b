// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_summaries.h"

#include "core/i18n/contexts.h"
#include "core/i18n/locale_text.h"
#include "core/model/unit_text.h"

#include <QStringList>

#include <algorithm>

namespace stridelog {
namespace {

constexpr std::int64_t kPainWindowSeconds = 180LL * 86'400;

UnitText words(const Evaluation& evaluation) {
    return UnitText::reading(evaluation.journal.settings.units);
}

QString weekDay(QDate weekStart) {
    return i18n::longDate(weekStart, i18n::DateStyle::DayMonth);
}

QString thisWeek(const WeekSummary& week, const UnitText& units) {
    if (week.limit) {
        return SummaryWords::tr("this week %1 of %2 allowed")
            .arg(units.distance(week.volume, 1), units.distance(*week.limit, 1));
    }
    return SummaryWords::tr("this week %1, without a limit yet")
        .arg(units.distance(week.volume, 1));
}

}  // namespace

QString weeklyVolumeSummary(const Evaluation& evaluation, int weeks) {
    if (evaluation.weeks.empty()) return SummaryWords::tr("No runs yet.");
    const UnitText units = words(evaluation);
    const std::size_t count =
        std::min(evaluation.weeks.size(), static_cast<std::size_t>(std::max(1, weeks)));
    const auto first = evaluation.weeks.end() - static_cast<std::ptrdiff_t>(count);
    int over = 0;
    const WeekSummary* latestOver = nullptr;
    for (auto it = first; it != evaluation.weeks.end(); ++it) {
        if (!it->overLimit) continue;
        ++over;
        latestOver = &*it;
    }
    // Singular and plural spelled out: the program's English has no translation to pick a form.
    QString text = (count == 1 ? SummaryWords::tr("Last week: %1; ")
                               : SummaryWords::tr("Last %1 weeks: %2; ").arg(count))
                       .arg(thisWeek(evaluation.weeks.back(), units));
    if (!latestOver) return text + SummaryWords::tr("no week over its limit.");
    const double pct = latestOver->changePct.value_or(0);
    const QString latest = SummaryWords::tr("the latest the week of %1, %2% over the week before.")
                               .arg(weekDay(latestOver->weekStart), units.number(pct, 0));
    return text + (over == 1
                       ? SummaryWords::tr("1 week over its limit, %1").arg(latest)
                       : SummaryWords::tr("%1 weeks over their limit, %2").arg(over).arg(latest));
}

QString loadSummary(const Evaluation& evaluation) {
    if (evaluation.load.empty()) return SummaryWords::tr("No training load yet.");
    const DailyLoad& today = evaluation.load.back();
    const UnitText units = words(evaluation);
    QString text = SummaryWords::tr("Training load on %1: acute %2 a day, chronic %3 a day")
                       .arg(i18n::longDate(today.day, i18n::DateStyle::DayMonth),
                            units.amount(units.fromKm(today.acute)),
                            units.amount(units.fromKm(today.chronic)));
    if (!today.acwr) return text + SummaryWords::tr("; the ratio shows from the 28th day.");
    return text + SummaryWords::tr(", ratio %1.").arg(units.number(*today.acwr, 2));
}

QString shoesSummary(const Evaluation& evaluation) {
    std::vector<std::size_t> inUse;
    for (std::size_t i = 0; i < evaluation.shoeWear.size() && i < evaluation.journal.shoes.size();
         ++i) {
        if (evaluation.shoeWear[i].status != ShoeStatusKind::Retired) inUse.push_back(i);
    }
    if (inUse.empty()) return SummaryWords::tr("No pair in use.");
    std::stable_sort(inUse.begin(), inUse.end(), [&](std::size_t a, std::size_t b) {
        return evaluation.shoeWear[a].percent > evaluation.shoeWear[b].percent;
    });
    const UnitText units = words(evaluation);
    QStringList pairs;
    for (const std::size_t i : inUse) {
        const ShoeWear& wear = evaluation.shoeWear[i];
        const Shoe& shoe = evaluation.journal.shoes[i];
        QString state;
        if (wear.status == ShoeStatusKind::Replace)
            state = SummaryWords::tr(", past its limit");
        else if (wear.status == ShoeStatusKind::Soon)
            state = SummaryWords::tr(", plan a replacement");
        pairs << SummaryWords::tr("%1 %2 of %3 (%4%)%5")
                     .arg(shoe.name, units.distance(wear.distance, 0),
                          units.distance(shoe.limit, 0), units.number(wear.percent, 0), state);
    }
    const QString list = pairs.join(QStringLiteral("; "));
    return inUse.size() == 1 ? SummaryWords::tr("1 pair in use: %1.").arg(list)
                             : SummaryWords::tr("%1 pairs in use: %2.").arg(inUse.size()).arg(list);
}

QString painTimelineSummary(const Evaluation& evaluation) {
    const Instant asOf = evaluation.asOf.instant();
    const PainEntry* latest = nullptr;
    int entries = 0;
    int worstStage = 0;
    for (std::size_t i = 0; i < evaluation.journal.pains.size() && i < evaluation.pain.size();
         ++i) {
        const PainEntry& pain = evaluation.journal.pains[i];
        if (!evaluation.asOf.counts(pain.start) ||
            pain.start.secondsUntil(asOf) > kPainWindowSeconds)
            continue;
        ++entries;
        worstStage = std::max(worstStage, evaluation.pain[i].stage);
        if (!latest || latest->start < pain.start) latest = &pain;
    }
    if (!latest) return SummaryWords::tr("No knee pain in the last 180 days.");
    const QString rest =
        SummaryWords::tr("the highest at stage %1; the latest on %2 at %3/10.")
            .arg(worstStage)
            .arg(i18n::longDate(latest->start.localDate(), i18n::DateStyle::DayMonth))
            .arg(latest->intensity);
    return entries == 1 ? SummaryWords::tr("1 pain entry in the last 180 days, %1").arg(rest)
                        : SummaryWords::tr("%1 pain entries in the last 180 days, %2")
                              .arg(entries)
                              .arg(rest);
}

QString comebackSummary(const Evaluation& evaluation) {
    if (!evaluation.comeback) return SummaryWords::tr("No way back started.");
    const ComebackStatus& status = *evaluation.comeback;
    if (status.sessions.empty()) {
        return SummaryWords::tr("No sessions yet; the way back stands at level %1 of 6.")
            .arg(status.level);
    }
    const ComebackSession& last = status.sessions.back();
    const auto rating = [](std::optional<int> value) {
        return value ? SummaryWords::tr("%1/10").arg(*value) : SummaryWords::tr("not rated");
    };
    return SummaryWords::tr(
               "%1 sessions, now at level %2 of 6; the latest on %3: %4 during, %5 an hour "
               "after, %6 the next morning; the limit during is %7/10.")
        .arg(status.sessions.size())
        .arg(status.level)
        .arg(i18n::longDate(last.day, i18n::DateStyle::DayMonth))
        .arg(rating(last.during), rating(last.after),
             rating(last.nextMorning ? std::optional<int>(last.nextMorning->pain) : std::nullopt))
        .arg(status.ceilingDuring);
}

}  // namespace stridelog

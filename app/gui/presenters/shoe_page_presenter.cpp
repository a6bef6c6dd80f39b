// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_page_presenter.h"

#include "weekly_volume_presenter.h"

#include "core/i18n/locale_text.h"
#include "core/model/entry_words.h"
#include "core/model/unit_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace stridelog::gui {
namespace {

// The context is the namespace, as lupdate names it for a free function's tr().
QString tr(const char* text) {
    return QCoreApplication::translate("stridelog::gui", text);
}

QString factsText(const Shoe& shoe, const ShoeWear& wear, const UnitText& units) {
    QString facts = tr("%1 of its %2 limit (%3%), %4 runs.")
                        .arg(units.distance(wear.distance, 1), units.distance(shoe.limit, 0))
                        .arg(wear.percent, 0, 'f', 0)
                        .arg(wear.runs);
    if (wear.status == ShoeStatusKind::Retired && shoe.retiredOn)
        facts += QLatin1Char(' ') + tr("Retired on %1.").arg(i18n::day(*shoe.retiredOn));
    else if (wear.status == ShoeStatusKind::Replace)
        facts += QLatin1Char(' ') + tr("It has reached its limit: time to replace it.");
    else if (wear.status == ShoeStatusKind::Soon)
        facts += QLatin1Char(' ') + tr("Past 80% of its limit: plan a replacement.");
    return facts;
}

QString forecastText(const ShoeForecast& forecast, const UnitText& units) {
    const QString rate = tr("Over the last %1 weeks: %2 a week.")
                             .arg(kForecastWeeks)
                             .arg(units.amount(units.fromKm(forecast.kmPerWeek)));
    if (!forecast.limitOn) return rate;
    return rate + QLatin1Char(' ') +
           tr("At that rate it reaches its limit around %1.")
               .arg(i18n::longDate(*forecast.limitOn, i18n::DateStyle::DayMonthYear));
}

void addWearCurve(const Evaluation& evaluation, const Shoe& shoe, const UnitText& units,
                  ShoePageView& view) {
    Distance total = shoe.startDistance;
    QDate first = shoe.since.value_or(QDate());
    for (const Run& run : evaluation.journal.runs) {
        if (run.shoe != shoe.id || !evaluation.asOf.counts(run.start)) continue;
        const QDate day = run.start.localDate();
        if (!first.isValid()) first = day;
        if (view.wearKeys.isEmpty()) {
            view.wearKeys << dayKey(std::min(first, day));
            view.wearValues << units.value(total);
        }
        total += run.distance;
        view.wearKeys << dayKey(day);
        view.wearValues << units.value(total);
    }
    if (view.wearKeys.isEmpty()) {
        view.wearKeys << view.asOfKey - kSecondsPerDay * 28;
        view.wearValues << units.value(total);
    }
    view.wearKeys << view.asOfKey;
    view.wearValues << units.value(total);
}

}  // namespace

ShoePageView presentShoePage(const Evaluation& evaluation, ShoeId id) {
    ShoePageView view;
    const Shoe* shoe = evaluation.shoe(id);
    const ShoeWear* wear = evaluation.wearOf(id);
    const ShoeForecast* forecast = evaluation.forecastOf(id);
    if (!shoe || !wear || !forecast) return view;
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    view.found = true;
    view.title = shoe->name;
    view.facts = factsText(*shoe, *wear, units);
    view.forecast = forecastText(*forecast, units);
    view.unitSymbol = units.symbol();
    view.asOfKey = dayKey(evaluation.asOf.day());
    addWearCurve(evaluation, *shoe, units, view);
    view.limit = units.value(shoe->limit);
    view.soonMark = units.value(shoeSoonMark(shoe->limit));
    view.limitLabel = tr("limit %1").arg(units.distance(shoe->limit, 0));
    for (std::size_t k = 0; k < forecast->weeks.size(); ++k) {
        const ForecastWeek& week = forecast->weeks[k];
        view.weeks.push_back({static_cast<double>(k + 1), units.value(week.distance),
                              i18n::longDate(week.firstDay, i18n::DateStyle::ShortDayMonth)});
    }
    for (auto it = evaluation.journal.runs.rbegin(); it != evaluation.journal.runs.rend(); ++it) {
        const Run& run = *it;
        if (run.shoe != shoe->id) continue;
        view.runs.push_back(
            {i18n::day(run.start.localDate()), units.distance(run.distance, 2),
             units.pace(run.distance, run.duration) + QLatin1Char(' ') + units.paceSymbol(),
             run.surface ? words::label(*run.surface) : QString()});
    }
    return view;
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekly_volume_presenter.h"

#include "core/i18n/locale_text.h"
#include "core/model/unit_text.h"
#include "core/rules/chart_summaries.h"
#include "core/rules/rules_engine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace stridelog::gui {

namespace {

// The context is the namespace, as lupdate names it for a free function's tr().
QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("stridelog::gui", text, nullptr, n);
}

QString limitRuleText(LimitRule rule, const Settings& settings) {
    switch (rule) {
        case LimitRule::WeeklyIncrease:
            return tr("weekly increase, +%1%").arg(settings.weeklyIncreasePct);
        case LimitRule::ComebackVolume:
            return tr("comeback week, %1% of your usual volume").arg(settings.comebackPct);
        case LimitRule::None:
            break;
    }
    return {};
}

QString weekTooltip(const WeekSummary& week, const WeekBar& bar, const Settings& settings,
                    const UnitText& units) {
    QStringList lines;
    lines << tr("Week of %1").arg(i18n::day(week.weekStart));
    lines << tr("%1 in %n run(s)", week.runs).arg(units.distance(week.volume, 1));
    if (week.changePct) {
        lines << tr("%1%2% on the week before (%3)")
                     .arg(*week.changePct >= 0 ? QStringLiteral("+") : QString())
                     .arg(units.number(*week.changePct, 0))
                     .arg(units.distance(week.previousVolume, 1));
    }
    if (week.limit) {
        lines << tr("Limit %1 (%2)")
                     .arg(units.distance(*week.limit, 1), limitRuleText(week.limitRule, settings));
        if (week.overLimit) {
            lines << tr("Over the limit by %1").arg(units.distance(week.volume - *week.limit, 1));
        }
    } else {
        lines << tr("No limit this week");
    }
    if (week.remaining) lines << tr("Left this week: %1").arg(units.distance(*week.remaining, 1));
    if (bar.painMax) {
        lines << tr("Worst knee pain: %1/10 (stage %2)")
                     .arg(*bar.painMax)
                     .arg(bar.painStage.value_or(0));
    }
    if (week.acute && week.chronic) {
        lines << tr("Load: acute %1, chronic %2 per day")
                     .arg(units.amount(units.fromKm(*week.acute)),
                          units.amount(units.fromKm(*week.chronic)));
    }
    return lines.join(QLatin1Char('\n'));
}

WeekBar makeBar(const WeekSummary& week, const Evaluation& evaluation, const UnitText& units) {
    WeekBar bar;
    bar.weekStart = week.weekStart;
    bar.key = weekKey(week.weekStart);
    bar.volume = units.value(week.volume);
    if (week.limit) bar.limit = units.value(*week.limit);
    bar.state = week.overLimit ? BarState::Over : BarState::Ok;
    if (week.remaining) bar.remaining = units.value(*week.remaining);
    // The rules give the stage of the week's worst pain (week_summary.h): drawn, not decided.
    bar.painMax = week.painMax;
    bar.painStage = week.painStage;
    bar.tooltip = weekTooltip(week, bar, evaluation.journal.settings, units);
    return bar;
}

}  // namespace

// Keys are seconds on a UTC calendar (the date axis shows them in UTC), so a date's key is
// plain arithmetic on its day number: no time-zone lookup per day, and no daylight-saving
// hour in between. 1970-01-01 is Julian day 2,440,588.
double weekKey(QDate weekStart) {
    return dayKey(weekStart) + 3 * kSecondsPerDay;
}

double dayKey(QDate day) {
    constexpr qint64 kUnixEpochJulianDay = 2'440'588;
    return static_cast<double>(day.toJulianDay() - kUnixEpochJulianDay) * kSecondsPerDay +
           0.5 * kSecondsPerDay;
}

const WeekBar* WeeklyVolumeData::barNear(double key) const {
    if (bars.empty()) return nullptr;
    const auto it = std::min_element(bars.begin(), bars.end(), [key](const auto& a, const auto& b) {
        return std::abs(a.key - key) < std::abs(b.key - key);
    });
    return std::abs(it->key - key) <= kSecondsPerWeek / 2 ? &*it : nullptr;
}

WeeklyVolumeData presentWeeklyVolume(const Evaluation& evaluation) {
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    WeeklyVolumeData data;
    data.unitSymbol = units.symbol();
    data.barWidth = kSecondsPerWeek * 0.72;
    data.summary = weeklyVolumeSummary(evaluation, kDefaultWeeks);
    data.bars.reserve(evaluation.weeks.size());
    for (const WeekSummary& week : evaluation.weeks) {
        data.bars.push_back(makeBar(week, evaluation, units));
        const WeekBar& bar = data.bars.back();
        data.maxValue = std::max({data.maxValue, bar.volume, bar.limit.value_or(0)});
    }
    // The rules list weeks up to the as-of instant's week, so the last one is "this week".
    const QDate asOfWeek =
        weekStartOf(evaluation.asOf.day(), evaluation.journal.settings.weekStart);
    if (!data.bars.empty() && data.bars.back().weekStart == asOfWeek)
        data.bars.back().current = true;

    const double half = kSecondsPerWeek / 2;
    const double last = data.bars.empty() ? weekKey(asOfWeek) : data.bars.back().key;
    const double first = data.bars.empty() ? last : data.bars.front().key;
    data.fullLower = first - half;
    data.fullUpper = last + half;
    data.defaultUpper = data.fullUpper;
    data.defaultLower =
        std::max(data.fullLower, last - (kDefaultWeeks - 1) * kSecondsPerWeek - half);
    return data;
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "week_ticker.h"

#include "app/gui/presenters/weekly_volume_presenter.h"

#include "core/i18n/locale_text.h"

#include <algorithm>
#include <cmath>

namespace stridelog::gui {
namespace {

// Past this many weeks in view, a tick per week (or per few) is a blur: months instead.
constexpr double kWeeksBeforeMonths = 56;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

int firstStepThatFits(const std::initializer_list<int>& steps, double count, int maxTicks) {
    for (int step : steps) {
        if (count / step <= maxTicks) return step;
    }
    return *(steps.end() - 1);
}

}  // namespace

void WeekTicker::setRoom(int axisPixels, int shortLabelPixels, int longLabelPixels) {
    axisPixels_ = std::max(1, axisPixels);
    shortLabelPixels_ = std::max(1, shortLabelPixels);
    longLabelPixels_ = std::max(1, longLabelPixels);
}

bool WeekTicker::showsMonths(const QCPRange& range) const {
    return range.size() / kSecondsPerWeek > kWeeksBeforeMonths;
}

double WeekTicker::startKey(QDate day) {
    return static_cast<double>(day.toJulianDay() - kUnixEpochJulianDay) * kSecondsPerDay;
}

QDate WeekTicker::dateOf(double key) {
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(key / kSecondsPerDay)) +
                                kUnixEpochJulianDay);
}

int WeekTicker::maxTicks(bool withYear) const {
    return std::max(2, axisPixels_ / (withYear ? longLabelPixels_ : shortLabelPixels_));
}

QVector<double> WeekTicker::createTickVector(double /*tickStep*/, const QCPRange& range) {
    const QDate first = dateOf(range.lower);
    const QDate last = dateOf(range.upper);
    months_ = showsMonths(range);
    withYear_ = months_ || first.year() != thisYear_ || last.year() != thisYear_;
    return months_ ? monthTicks(range, maxTicks(true)) : weekTicks(range, maxTicks(withYear_));
}

QVector<double> WeekTicker::weekTicks(const QCPRange& range, int most) const {
    const int step = firstStepThatFits({1, 2, 4, 8, 13}, range.size() / kSecondsPerWeek, most);
    // The first week start at or before the range, on the grid of `step` weeks from the anchor
    // (so the ticks do not jump between weeks while the view is dragged).
    const qint64 daysFromAnchor = weekStart_.daysTo(dateOf(range.lower));
    const qint64 stepDays = 7LL * step;
    const qint64 offset = static_cast<qint64>(
        std::floor(static_cast<double>(daysFromAnchor) / static_cast<double>(stepDays)));
    QVector<double> ticks;
    for (QDate day = weekStart_.addDays(offset * stepDays); startKey(day) <= range.upper;
         day = day.addDays(stepDays)) {
        if (startKey(day) >= range.lower) ticks << startKey(day);
    }
    return ticks;
}

QVector<double> WeekTicker::monthTicks(const QCPRange& range, int most) const {
    const double months = range.size() / (kSecondsPerDay * 30.44);
    const int step = firstStepThatFits({1, 2, 3, 6, 12, 24, 60}, months, most);
    const QDate first = dateOf(range.lower);
    // Steps start in January, so "every 3 months" is always Jan, Apr, Jul, Oct, and every two
    // years always the even years.
    const int years = step / 12;
    const int startYear = years > 1 ? first.year() - first.year() % years : first.year();
    const int startMonth = step >= 12 ? 1 : ((first.month() - 1) / step) * step + 1;
    QVector<double> ticks;
    for (QDate day(startYear, startMonth, 1); startKey(day) <= range.upper;
         day = day.addMonths(step)) {
        if (startKey(day) >= range.lower) ticks << startKey(day);
    }
    return ticks;
}

QString WeekTicker::getTickLabel(double tick, const QLocale& locale, QChar /*formatChar*/,
                                 int /*precision*/) {
    const QDate day = dateOf(tick + 1);  // a tick is at midnight; guard against rounding
    if (months_) return locale.toString(day, QStringLiteral("MMM yyyy"));
    // The day-and-month pattern of the language ("9 Nov", German "9. Nov.").
    return locale.toString(day, i18n::dateFormat(withYear_ ? i18n::DateStyle::ShortDayMonthYear
                                                           : i18n::DateStyle::ShortDayMonth));
}

int WeekTicker::getSubTickCount(double /*tickStep*/) {
    return 0;
}

}  // namespace stridelog::gui

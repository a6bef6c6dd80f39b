// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_forecast.h"

#include <cmath>

namespace stridelog {
namespace {

constexpr std::int64_t kWeekSeconds = 7 * kSecondsPerDay;

// The eight 7-day windows ending with T, oldest first: window k holds the runs started in
// [T − (8 − k) weeks, T − (7 − k) weeks), the last one T itself too, so together they hold
// exactly the runs the rate counts.
std::vector<ForecastWeek> forecastWeeks(const AsOfJournal& journal, const Shoe& shoe) {
    const Instant asOf = journal.asOf().instant();
    std::vector<ForecastWeek> weeks(kForecastWeeks);
    for (int k = 0; k < kForecastWeeks; ++k) {
        // Named by the seven days it mostly covers: the day it ends on and the six before.
        const Instant to = asOf.plusSeconds(-(kForecastWeeks - 1 - k) * kWeekSeconds);
        ForecastWeek& week = weeks[static_cast<std::size_t>(k)];
        week.lastDay =
            k + 1 == kForecastWeeks ? journal.asOf().day() : to.plusSeconds(-1).localDate();
        week.firstDay = week.lastDay.addDays(-6);
    }
    const Instant first = asOf.plusSeconds(-kForecastWeeks * kWeekSeconds);
    for (const Run* run : journal.runsSince(first)) {
        if (run->shoe != shoe.id) continue;
        const auto k = std::min<std::int64_t>(kForecastWeeks - 1,
                                              first.secondsUntil(run->start) / kWeekSeconds);
        weeks[static_cast<std::size_t>(k)].distance += run->distance;
    }
    return weeks;
}

}  // namespace

ShoeForecast forecastShoe(const AsOfJournal& journal, const Shoe& shoe, const ShoeWear& wear) {
    ShoeForecast forecast;
    forecast.weeks = forecastWeeks(journal, shoe);
    std::int64_t metres = 0;
    for (const ForecastWeek& week : forecast.weeks) metres += week.distance.metres();
    forecast.kmPerWeek = static_cast<double>(metres) / 1000.0 / kForecastWeeks;
    const std::int64_t left = shoe.limit.metres() - wear.distance.metres();
    if (wear.status == ShoeStatusKind::Retired || left <= 0 || metres == 0) return forecast;
    // metres per day = metres / 56; days = left / that, rounded up to a whole day.
    const auto days = static_cast<qint64>(
        std::ceil(static_cast<double>(left) * kForecastWeeks * 7 / static_cast<double>(metres)));
    forecast.limitOn = journal.asOf().day().addDays(days);
    return forecast;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_forecast.h"

#include <cmath>

namespace stridelog {

ShoeForecast forecastShoe(const AsOfJournal& journal, const Shoe& shoe, const ShoeWear& wear) {
    ShoeForecast forecast;
    std::int64_t metres = 0;
    for (const Run* run : journal.runsSince(journal.asOf().daysBefore(kForecastWeeks * 7))) {
        if (run->shoe == shoe.id) metres += run->distance.metres();
    }
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

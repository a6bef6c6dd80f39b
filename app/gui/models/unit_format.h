// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Distances and paces as the app shows them: in km or miles per the `units` setting (CLI.md,
// display only). The journal and the rules keep metres and seconds; this is the one place the
// app turns them into kilometres or miles, and the one place it reads what the user typed in
// the unit they chose.

#include "core/model/enums.h"
#include "core/model/expected.h"
#include "core/model/units.h"

#include <QString>

namespace stridelog::gui {

QString unitSuffix(UnitSystem units);      // "km" or "mi"
QString paceUnitSuffix(UnitSystem units);  // "min/km" or "min/mi"
// Kilometres or miles as a number, for sorting and charts.
double distanceInUnits(Distance distance, UnitSystem units);
// "10.20 km" or "6.34 mi"; `withUnit` false gives only the number.
QString formatDistance(Distance distance, UnitSystem units, bool withUnit = true, int decimals = 2);
// Seconds per km or per mile, rounded to the second.
std::int64_t paceInUnits(Distance distance, Duration duration, UnitSystem units);
QString formatPaceIn(Distance distance, Duration duration, UnitSystem units);
// What the user typed in a distance field: a bare number is in `units`; "10km", "6.3mi" and
// "800m" name their own unit (CLI.md's forms).
Expected<Distance> parseDistanceIn(const QString& text, UnitSystem units);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Kilometres or miles, and how distances, paces and durations are written: the one place
// where metres become the runner's unit (the `units` setting, display only) and where those
// numbers meet a locale. The CLI, the app's tables, charts and pages, the warnings and the
// clinician report all write through here, so "5 km in 25:06" reads 8:05/mi everywhere: a
// pace per mile is computed from the metres and seconds with one rounding, never from a
// rounded pace per km.
//
// Three locales, each chosen by i18n (core/i18n): `UnitText::app` writes as the desktop's
// locale does (QLocale(), which installTranslations sets to the translation's language), so
// the app's tables, charts and pages read "1,000 km" on an American desktop and "44,6 km" in
// German; `UnitText::reading` is i18n::textLocale, the locale of the sentences the core and
// the CLI write (warnings, the report: C in English, so they read the same everywhere);
// `UnitText::plain` is the C locale for values a script may read (the CLI's tables). JSON
// never comes here: its numbers are never localized.

#include "enums.h"
#include "units.h"

#include <QLocale>
#include <QString>

#include <cstdint>

namespace stridelog {

// One statute mile in metres, from the exact millimetres of units.h.
inline constexpr double kMetresPerMile = static_cast<double>(kMillimetresPerMile) / 1000.0;

// A distance as a number of km or mi, for an axis, a sort key or a text.
double distanceIn(Distance distance, UnitSystem units);
// A value a rule gives in km (R11's load is km per day) in the runner's unit.
double kmIn(double km, UnitSystem units);
// Whole seconds per km or per mi, rounded once to the nearest second; 0 without a distance.
std::int64_t paceSecondsIn(Distance distance, Duration duration, UnitSystem units);

QString unitSymbol(UnitSystem units);  // "km" or "mi"
QString paceSymbol(UnitSystem units);  // "min/km" or "min/mi"

// `1:02:03` or `55:10`.
QString formatDuration(Duration duration);
// Seconds as minutes and seconds: a pace `5:10`.
QString formatPace(std::int64_t seconds);

class UnitText {
public:
    UnitText(UnitSystem units, const QLocale& locale);
    // The app's locale, QLocale() as i18n set it: every number the app draws or tabulates.
    static UnitText app(UnitSystem units);
    // The sentences' locale, i18n::textLocale(): warnings, the report, the CLI's sentences.
    static UnitText reading(UnitSystem units);
    // The C locale: the CLI's table values stay "10.20 km" in every language.
    static UnitText plain(UnitSystem units);

    UnitSystem units() const { return units_; }
    const QLocale& locale() const { return locale_; }
    QString symbol() const { return unitSymbol(units_); }
    QString paceSymbol() const { return stridelog::paceSymbol(units_); }
    // distanceIn and kmIn in this unit: numbers for an axis.
    double value(Distance distance) const { return distanceIn(distance, units_); }
    double fromKm(double km) const { return kmIn(km, units_); }

    // A plain number with `decimals` decimals: "24.2", "24,2".
    QString number(double value, int decimals) const;
    // "10.20": the distance in the unit, without the unit (table cells under a unit heading).
    QString distanceNumber(Distance distance, int decimals = 2) const;
    // "10.20 km", "6.34 mi".
    QString distance(Distance distance, int decimals = 2) const;
    // A value already in the unit (an axis value, a rule's km converted by kmIn): "3.4 km".
    QString amount(double valueInUnits, int decimals = 1) const;
    // "8:05"; empty when the run has no distance or no time.
    QString pace(Distance distance, Duration duration) const;
    // "8:05/mi"; empty as `pace`.
    QString paceWithUnit(Distance distance, Duration duration) const;
    // "1:02:03" (no unit, no locale: clocks read the same in every language here).
    QString duration(Duration duration) const { return formatDuration(duration); }

private:
    UnitSystem units_;
    QLocale locale_;
};

}  // namespace stridelog

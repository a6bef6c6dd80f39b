// SPDX-License-Identifier: GPL-3.0-or-later
#include "unit_text.h"

#include "core/i18n/locale_text.h"

namespace stridelog {

double distanceIn(Distance distance, UnitSystem units) {
    const auto metres = static_cast<double>(distance.metres());
    return units == UnitSystem::Miles ? metres / kMetresPerMile : metres / 1000.0;
}

double kmIn(double km, UnitSystem units) {
    return units == UnitSystem::Miles ? km * 1000.0 / kMetresPerMile : km;
}

std::int64_t paceSecondsIn(Distance distance, Duration duration, UnitSystem units) {
    if (distance.metres() <= 0) return 0;
    // seconds per unit = seconds × (mm per unit) / (distance in mm), in integers so the one
    // rounding (half up) is exact: 1506 s over 5000 m is 484.73 s/mi, so 8:05.
    const std::int64_t perUnit = units == UnitSystem::Miles ? kMillimetresPerMile : 1'000'000;
    const std::int64_t millimetres = distance.metres() * 1000;
    return (duration.seconds() * perUnit + millimetres / 2) / millimetres;
}

QString unitSymbol(UnitSystem units) {
    return units == UnitSystem::Miles ? QStringLiteral("mi") : QStringLiteral("km");
}

QString paceSymbol(UnitSystem units) {
    return units == UnitSystem::Miles ? QStringLiteral("min/mi") : QStringLiteral("min/km");
}

QString formatDuration(Duration duration) {
    const std::int64_t total = duration.seconds();
    const std::int64_t hours = total / 3600;
    const std::int64_t minutes = (total % 3600) / 60;
    const std::int64_t seconds = total % 60;
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(seconds, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

QString formatPace(std::int64_t seconds) {
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

UnitText::UnitText(UnitSystem units, const QLocale& locale) : units_(units), locale_(locale) {}

UnitText UnitText::app(UnitSystem units) {
    return UnitText(units, QLocale());
}

UnitText UnitText::reading(UnitSystem units) {
    return UnitText(units, i18n::textLocale());
}

UnitText UnitText::plain(UnitSystem units) {
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return UnitText(units, locale);
}

QString UnitText::number(double value, int decimals) const {
    return locale_.toString(value, 'f', decimals);
}

QString UnitText::distanceNumber(Distance distance, int decimals) const {
    return number(distanceIn(distance, units_), decimals);
}

QString UnitText::distance(Distance distance, int decimals) const {
    return amount(distanceIn(distance, units_), decimals);
}

QString UnitText::amount(double valueInUnits, int decimals) const {
    return QStringLiteral("%1 %2").arg(number(valueInUnits, decimals), symbol());
}

QString UnitText::pace(Distance distance, Duration duration) const {
    if (distance.metres() <= 0 || duration.seconds() <= 0) return {};
    return formatPace(paceSecondsIn(distance, duration, units_));
}

QString UnitText::paceWithUnit(Distance distance, Duration duration) const {
    const QString text = pace(distance, duration);
    return text.isEmpty() ? text : text + QLatin1Char('/') + symbol();
}

}  // namespace stridelog

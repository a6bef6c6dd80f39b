// SPDX-License-Identifier: GPL-3.0-or-later
#include "unit_format.h"

#include "core/model/value_parsing.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stridelog::gui {

QString unitSuffix(UnitSystem units) {
    return units == UnitSystem::Miles ? QStringLiteral("mi") : QStringLiteral("km");
}

QString paceUnitSuffix(UnitSystem units) {
    return units == UnitSystem::Miles ? QStringLiteral("min/mi") : QStringLiteral("min/km");
}

double distanceInUnits(Distance distance, UnitSystem units) {
    if (units == UnitSystem::Miles) {
        return static_cast<double>(distance.metres()) * 1000.0 /
               static_cast<double>(kMillimetresPerMile);
    }
    return distance.km();
}

QString formatDistance(Distance distance, UnitSystem units, bool withUnit, int decimals) {
    const QString number = QString::number(distanceInUnits(distance, units), 'f', decimals);
    return withUnit ? QStringLiteral("%1 %2").arg(number, unitSuffix(units)) : number;
}

std::int64_t paceInUnits(Distance distance, Duration duration, UnitSystem units) {
    if (units == UnitSystem::Kilometres) return paceSecondsPerKm(distance, duration);
    if (distance.metres() <= 0) return 0;
    // seconds per mile = seconds × (mm per mile) / (distance in mm), rounded.
    const std::int64_t millimetres = distance.metres() * 1000;
    return (duration.seconds() * kMillimetresPerMile + millimetres / 2) / millimetres;
}

QString formatPaceIn(Distance distance, Duration duration, UnitSystem units) {
    if (distance.metres() <= 0 || duration.seconds() <= 0) return QString();
    return formatPace(paceInUnits(distance, duration, units));
}

Expected<Distance> parseDistanceIn(const QString& text, UnitSystem units) {
    static const QRegularExpression bareNumber(QStringLiteral("^\\s*[0-9.]+\\s*$"));
    if (units == UnitSystem::Miles && bareNumber.match(text).hasMatch()) {
        return parseDistance(text.trimmed() + QStringLiteral("mi"));
    }
    return parseDistance(text);
}

}  // namespace stridelog::gui

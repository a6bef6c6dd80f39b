// SPDX-License-Identifier: GPL-3.0-or-later
#include "display_units.h"

#include <QCoreApplication>
#include <QLocale>

namespace stridelog::gui {

namespace {

constexpr double kMetresPerMile = static_cast<double>(kMillimetresPerMile) / 1000.0;

}  // namespace

double DisplayUnits::value(Distance distance) const {
    const auto metres = static_cast<double>(distance.metres());
    return system_ == UnitSystem::Miles ? metres / kMetresPerMile : metres / 1000.0;
}

double DisplayUnits::fromKm(double km) const {
    return system_ == UnitSystem::Miles ? km * 1000.0 / kMetresPerMile : km;
}

QString DisplayUnits::symbol() const {
    return system_ == UnitSystem::Miles ? QStringLiteral("mi") : QStringLiteral("km");
}

QString DisplayUnits::format(Distance distance, int decimals) const {
    return formatValue(value(distance), decimals);
}

QString DisplayUnits::formatValue(double number, int decimals) const {
    return QStringLiteral("%1 %2").arg(QLocale().toString(number, 'f', decimals), symbol());
}

QString formatDay(QDate day) {
    return QLocale().toString(day, QStringLiteral("ddd d MMM yyyy"));
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "distance_box.h"

#include "core/model/unit_text.h"

#include <cmath>

namespace stridelog::gui {

Distance distanceFromUnits(double value, UnitSystem units) {
    const double metres = units == UnitSystem::Miles ? value * kMetresPerMile : value * 1000.0;
    return Distance::fromMetres(static_cast<std::int64_t>(std::llround(metres)));
}

DistanceBox::DistanceBox(UnitSystem units, double lowest, QWidget* parent)
    : QDoubleSpinBox(parent), units_(units) {
    setRange(lowest, 100000);
    setDecimals(1);
    setSuffix(QLatin1Char(' ') + unitSymbol());
}

QString DistanceBox::unitSymbol() const {
    return stridelog::unitSymbol(units_);
}

void DistanceBox::setDistance(Distance distance) {
    set_ = distance;
    setValue(distanceIn(distance, units_));
    shown_ = value();
}

Distance DistanceBox::distance() const {
    if (shown_ >= 0 && value() == shown_) return set_;
    return distanceFromUnits(value(), units_);
}

}  // namespace stridelog::gui

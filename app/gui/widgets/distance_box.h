// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A distance typed in the runner's unit (the `units` setting): "621.4 mi" in a miles journal,
// "1000.0 km" in a kilometres one, held as whole metres. A distance set and not edited reads
// back exactly as it was set, so opening a pair and saving it unchanged never moves its limit
// by the rounding of its miles.

// The Qt header first: moc reads units.h's standard headers only after one of Qt's.
#include <QDoubleSpinBox>

#include "core/model/enums.h"
#include "core/model/units.h"

namespace stridelog::gui {

class DistanceBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    DistanceBox(UnitSystem units, double lowest, QWidget* parent = nullptr);

    void setDistance(Distance distance);
    Distance distance() const;
    // "km" or "mi", as the box writes it.
    QString unitSymbol() const;

private:
    UnitSystem units_;
    Distance set_;
    double shown_ = -1;  // the value set_ was shown as, while nobody has changed it
};

// A value in `units` as whole metres, rounded to the nearest metre.
Distance distanceFromUnits(double value, UnitSystem units);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Kilometres or miles at the edge of the screen (the `units` setting, display only). The
// journal and the rules stay in metres; the presenters turn a Distance into a number on an
// axis and a label here, in one place, so every chart and tooltip of the dashboard agrees.

#include "core/model/enums.h"
#include "core/model/units.h"

#include <QDate>
#include <QString>

namespace stridelog::gui {

class DisplayUnits {
public:
    explicit DisplayUnits(UnitSystem system) : system_(system) {}

    UnitSystem system() const { return system_; }
    // A distance as a plain number in the user's unit, for an axis.
    double value(Distance distance) const;
    // The same conversion for a rule value already in km (R11 load is km per day).
    double fromKm(double km) const;
    QString symbol() const;  // "km" or "mi"
    // "24.2 km": one decimal, the way a runner reads a week.
    QString format(Distance distance, int decimals = 1) const;
    QString formatValue(double value, int decimals = 1) const;

private:
    UnitSystem system_;
};

// "Mon 9 Nov 2026": how the dashboard names a day or a week's first day.
QString formatDay(QDate day);

}  // namespace stridelog::gui

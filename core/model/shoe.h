// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "units.h"

#include <QDate>
#include <QString>

#include <optional>

namespace stridelog {

struct Shoe {
    ShoeId id;
    QString name;
    Distance limit = Distance::fromMetres(1'000'000);
    // Distance already on the pair before it entered the journal.
    Distance startDistance;
    std::optional<QDate> since;
    std::optional<QDate> retiredOn;
    QString notes;

    bool isRetired() const { return retiredOn.has_value(); }
};

}  // namespace stridelog

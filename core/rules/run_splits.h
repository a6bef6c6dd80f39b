// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A run's splits from its track: one per whole kilometre or mile (the runner's units), the
// time at each boundary found by interpolating between the two points around it. The part
// after the last whole unit is not a split. Heart rate is the mean of the readings inside the
// split; ascent the sum of the climbs between consecutive altitudes inside it.

#include "core/model/settings.h"
#include "core/model/track.h"
#include "core/model/unit_text.h"  // kMetresPerMile

#include <optional>
#include <vector>

namespace stridelog {

struct Split {
    double metres = 0;
    double seconds = 0;
    std::optional<double> heartRate;
    std::optional<double> ascentMetres;  // null when the track has no altitude
};

double splitLengthMetres(UnitSystem units);
std::vector<Split> splitsOf(const Track& track, double splitMetres);

}  // namespace stridelog

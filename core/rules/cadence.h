// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R10: a low step rate (seed 003), from the runs of the last 28 days that have a cadence.
// Called by the facade.

#include "as_of_journal.h"
#include "warning.h"

#include <optional>

namespace stridelog {

// The target range of R10, median × 1.05 to median × 1.10, each rounded to the nearest whole
// step per minute, halves up: a median of 155 gives 163–171 (162.75 and 170.5).
struct CadenceTarget {
    int low = 0;
    int high = 0;
};
// `twiceMedian` is the median doubled, a whole number even for an even count of runs.
CadenceTarget cadenceTarget(std::int64_t twiceMedian);

std::optional<Warning> cadenceWarning(const AsOfJournal& journal);

}  // namespace stridelog

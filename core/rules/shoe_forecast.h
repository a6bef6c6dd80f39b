// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// When a pair will reach its limit (R3) at the rate it is being run in: the mean distance a
// week over the 8 weeks (56 days) up to T, and the day the rest of its limit runs out at that
// rate ("around 14 December"). No date for a retired pair, one already at its limit, or one
// not run in those weeks. The evaluation (evaluation.h) holds one per pair, with the eight
// 7-day windows it counted, for the pair page, `shoe show` and the reminders.

#include "as_of_journal.h"
#include "assessments.h"

namespace stridelog {

ShoeForecast forecastShoe(const AsOfJournal& journal, const Shoe& shoe, const ShoeWear& wear);

}  // namespace stridelog

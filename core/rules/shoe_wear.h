// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R3 (shoe wear against each pair's own limit) and R12 (one pair for every run). The facade
// calls these for assessShoe, the shoe warnings and a just-logged run's reminder.

#include "as_of_journal.h"
#include "assessments.h"
#include "warning.h"

#include <optional>
#include <vector>

namespace stridelog {

// R3's 80% mark of a pair's limit: the least distance (whole metres) at which the pair is
// `soon`, so a pair at the mark is `soon` and one a metre short of it is not. Charts draw it.
Distance shoeSoonMark(Distance limit);

ShoeWear assessShoeWear(const AsOfJournal& journal, const Shoe& shoe);
std::vector<ShoeWear> assessAllShoes(const AsOfJournal& journal);

// shoe-soon or shoe-replace for one pair, if its status calls for it.
std::optional<Warning> shoeWearWarning(const AsOfJournal& journal, const Shoe& shoe,
                                       const ShoeWear& wear);
std::vector<Warning> shoeWearWarnings(const AsOfJournal& journal);

std::optional<Warning> shoeRotationWarning(const AsOfJournal& journal);

}  // namespace stridelog

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

ShoeWear assessShoeWear(const AsOfJournal& journal, const Shoe& shoe);
std::vector<ShoeWear> assessAllShoes(const AsOfJournal& journal);

// shoe-soon or shoe-replace for one pair, if its status calls for it.
std::optional<Warning> shoeWearWarning(const AsOfJournal& journal, const Shoe& shoe,
                                       const ShoeWear& wear);
// `wears` as assessAllShoes gives them, in the order of the journal's shoes.
std::vector<Warning> shoeWearWarnings(const AsOfJournal& journal,
                                      const std::vector<ShoeWear>& wears);

std::optional<Warning> shoeRotationWarning(const AsOfJournal& journal);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R14: the risk zone of seed 001 that the journal knows about, a body weight above 90 kg.
// Called by the facade.

#include "as_of_journal.h"
#include "warning.h"

#include <optional>

namespace stridelog {

std::optional<Warning> riskProfileWarning(const AsOfJournal& journal);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R7: when a pain entry is a reason to see a doctor (seeds 003 and 001), and R9: pain above
// 5/10 in the last week. Called by the facade; both are about one pain entry at a time.

#include "as_of_journal.h"
#include "warning.h"

#include <vector>

namespace stridelog {

std::vector<Warning> seeDoctorWarnings(const AsOfJournal& journal);
std::vector<Warning> painHighWarnings(const AsOfJournal& journal);
// Whether any of R7's reasons holds for `pain` as of `asOf` (the way back's readiness, R16).
bool hasDoctorReason(const PainEntry& pain, Instant asOf);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the pain follows, for the run page, `run show` and the Knee page, with R8's "follows"
// (pain_trends.h): the pain entries that follow one run, and R13's rates for every value of
// surface, hilly, pair and run type — also those below the warning's threshold — with counts.

#include "as_of_journal.h"
#include "assessments.h"
#include "pain_trends.h"

#include <QString>

#include <vector>

namespace stridelog {

// Pain entries linked to the run, or unlinked and starting within 24 h after its start; by start.
std::vector<PainId> painFollowing(const JournalSnapshot& journal, const Run& run);

// Over R13's 180 days up to T; surfaces first, then hilly and flat, pairs, run types.
std::vector<FollowRate> painFollowRates(const AsOfJournal& journal);
// The same with R8's index the evaluation has already built.
std::vector<FollowRate> painFollowRates(const AsOfJournal& journal, const PainFollowIndex& follows);

}  // namespace stridelog

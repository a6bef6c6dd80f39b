// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the pain follows, for the run page, `run show` and the Knee page, with R8's "follows"
// (pain_trends.h): the pain entries that follow one run, and R13's rates for every value of
// surface, hilly, pair and run type — also those below the warning's threshold — with counts.

#include "as_of_journal.h"

#include <QString>

#include <vector>

namespace stridelog {

// Pain entries linked to the run, or unlinked and starting within 24 h after its start; by start.
std::vector<PainId> painFollowing(const JournalSnapshot& journal, const Run& run);

enum class FollowAttribute { Surface, Hilly, Shoe, RunType };

struct FollowRate {
    FollowAttribute attribute = FollowAttribute::Surface;
    QString label;  // "runs on trail", "hilly runs", "runs in Pegasus 40", "long runs"
    int runs = 0;
    int followed = 0;
    int otherRuns = 0;
    int otherFollowed = 0;
    bool pattern = false;  // R13 warns of it
    double rate() const { return runs > 0 ? static_cast<double>(followed) / runs : 0; }
    double otherRate() const {
        return otherRuns > 0 ? static_cast<double>(otherFollowed) / otherRuns : 0;
    }
};

// Over R13's 180 days up to T; surfaces first, then hilly and flat, pairs, run types.
std::vector<FollowRate> painFollowRates(const AsOfJournal& journal);

}  // namespace stridelog

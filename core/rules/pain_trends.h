// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the pain entries say together about the runs: R8 (pain after almost every run, and
// growing) and R13 (what the pain follows: surface, terrain, pair, run type). Both rest on
// R8's "follows": a pain entry follows a run when it is linked to it, or, unlinked, starts
// within 24 h after the run starts. Called by the facade.

#include "as_of_journal.h"
#include "warning.h"

#include <optional>
#include <unordered_map>
#include <vector>

namespace stridelog {

// Answers "which pain followed this run" in O(log n) per run, after one pass over the pain.
class PainFollowIndex {
public:
    explicit PainFollowIndex(const AsOfJournal& journal);
    // The worst (highest intensity) counted entry following the run, or null.
    const PainEntry* worstFollowing(const Run& run) const;

private:
    std::unordered_map<std::int64_t, const PainEntry*> worstLinked_;
    std::vector<const PainEntry*> unlinked_;  // by start
};

std::optional<Warning> painWorseningWarning(const AsOfJournal& journal,
                                            const PainFollowIndex& follows);
std::vector<Warning> painPatternWarnings(const AsOfJournal& journal,
                                         const PainFollowIndex& follows);

}  // namespace stridelog

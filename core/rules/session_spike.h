// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R4: a run much longer than the longest run of the 30 days before it (Frandsen et al. 2025).
// The facade raises run-spike for the runs of the last 7 days, answers runSpikePercent for
// one run (logged or only planned), and shows a just-logged run's spike at once.

#include "as_of_journal.h"
#include "warning.h"

#include <optional>
#include <span>
#include <vector>

namespace stridelog {

// "small", "moderate", "large", or nothing for a spike of 10% or less. Exact on metres:
// small iff 100·d > 110·L30, moderate iff 100·d > 130·L30, large iff d > 2·L30.
std::optional<QString> spikeBand(Distance distance, Distance longest);
double spikePercent(Distance distance, Distance longest);

// For each run (oldest first), the longest run started in [start − 30 d, start), if any.
// A sliding window with a monotonic deque: linear in the number of runs.
std::vector<std::optional<Distance>> longestOfPrevious30Days(std::span<const Run* const> runs);

// The same for one run against every run of the journal (it may not be in it yet).
std::optional<Distance> longestBefore(const JournalSnapshot& journal, const Run& run);

std::optional<Warning> runSpikeWarning(const Run& run, Distance longest, UnitSystem units);
std::vector<Warning> runSpikeWarnings(const AsOfJournal& journal);

}  // namespace stridelog

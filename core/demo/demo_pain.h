// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The knee pain of a demo history. Pain follows a few percent of runs, more often after a
// big jump in weekly volume, a run much longer than usual, hills, sand or a race, and it
// tends to come back for a while once it has started (RULES.md R4, R8, R13 then have
// something to find). Entries vary in knee, site, onset, intensity (1–8) and duration (hours
// to over six days), rarely with swelling, locking or sharp pain. At the end one entry that
// began in the last few days, and sometimes an older one, are still ongoing.

#include "demo_random.h"
#include "demo_runner.h"
#include "demo_weeks.h"

#include "core/model/pain_entry.h"
#include "core/model/run.h"

#include <QDate>

#include <vector>

namespace stridelog::demo {

// Pain entries with ids 1..k, by start. `runs` must have their ids and be ordered by start.
std::vector<PainEntry> generatePains(DemoRandom& random, const DemoRunner& runner,
                                     const std::vector<Run>& runs,
                                     const std::vector<DemoWeek>& weeks, QDate endDate);

}  // namespace stridelog::demo

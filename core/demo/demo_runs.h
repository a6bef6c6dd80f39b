// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns the weekly plan into runs: which days, how far each (one long run a week), what kind
// of run on what surface, at what time of day, how fast, and what a watch would have
// recorded (cadence, heart rate) and the runner noted (effort, a few words).

#include "demo_random.h"
#include "demo_runner.h"
#include "demo_weeks.h"

#include "core/model/run.h"

#include <QDate>

#include <vector>

namespace stridelog::demo {

// Runs oldest first, without ids or shoes yet. Nothing starts after `endDate`.
std::vector<Run> scheduleRuns(DemoRandom& random, const DemoRunner& runner,
                              const std::vector<DemoWeek>& weeks, QDate endDate);

}  // namespace stridelog::demo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The week-by-week shape of a demo history: how far the runner goes each week and in how many
// runs. Training comes in blocks of two or three build weeks (5–12% more each, now and then a
// bigger jump that the weekly-increase rule flags) followed by a cut-back week. Every couple
// of years there is a one-week pause and a break of several weeks, after which the runner
// comes back at about a third of their normal volume and builds up again (RULES.md R1, R2).

#include "demo_random.h"
#include "demo_runner.h"

#include <QDate>

#include <cstdint>
#include <vector>

namespace stridelog::demo {

enum class WeekKind { Build, Cutback, Pause, Break, Comeback };

struct DemoWeek {
    QDate monday;
    WeekKind kind = WeekKind::Build;
    std::int64_t volumeMetres = 0;  // 0 in a pause or break
    int runCount = 0;               // 0 in a pause or break, else 3–5
};

std::vector<DemoWeek> planWeeks(DemoRandom& random, const DemoRunner& runner, QDate firstMonday,
                                int weekCount);

}  // namespace stridelog::demo

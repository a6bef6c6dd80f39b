// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R11: acute and chronic load as exponentially weighted daily averages (Williams et al.
// 2017), in one pass over the days from the first run to T's day. The facade charts it
// (computeDailyLoad), copies it into the weekly rows and raises acwr-high from it.

#include "as_of_journal.h"
#include "warning.h"
#include "week_summary.h"

#include <optional>
#include <vector>

namespace stridelog {

inline constexpr int kAcwrFirstDay = 28;

std::vector<DailyLoad> dailyLoad(const AsOfJournal& journal);

// Each week's acute, chronic and acwr at its last day, or at T's day for T's week.
void addLoadToWeeks(const std::vector<DailyLoad>& days, std::vector<WeekSummary>& weeks);

std::optional<Warning> acwrWarning(const AsOfJournal& journal, const std::vector<DailyLoad>& days);

}  // namespace stridelog

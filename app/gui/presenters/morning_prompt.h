// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether the window offers the morning check (reminders/morning_check_strip.h) as of `now`:
// only while the knee is being watched, i.e. a pain entry began less than 28 days ago or a
// programme of the way back (R16) is active, and only while today has no check yet.

#include "core/rules/evaluation.h"

namespace stridelog::gui {

// Less than this since a pain entry began, and the morning check is offered.
inline constexpr std::int64_t kMorningWatchSeconds = 28 * 24 * 3600;

bool morningCheckDue(const Evaluation& evaluation, Instant now);

}  // namespace stridelog::gui

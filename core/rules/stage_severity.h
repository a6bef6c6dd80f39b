// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R5's stages as every presenter needs them: how severe each is, where "stop running" begins,
// and the duration bounds the stages are cut at, so words such as the report's legend are
// built from the rule's own numbers rather than written out again.

#include "warning.h"

namespace stridelog {

// From this stage on, R5 says to stop running (and R15 says no running today).
inline constexpr int kStopRunningStage = 3;

// The duration stage's bounds (RULES.md R5), in hours: stage 2 from 24 h, stage 3 from 72 h,
// stage 4 after 120 h.
inline constexpr int kStageTwoFromHours = 24;
inline constexpr int kStageThreeFromHours = 72;
inline constexpr int kStageFourAfterHours = 120;

// Stage 1 info, 2 caution, 3 and 4 stop.
Severity severityOfStage(int stage);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// FIT activity files: each `session` message is one activity, summarised from the session's own
// totals, which are what the watch showed the runner:
//
// - distance `total_distance`, moving time `total_timer_time` (pauses left out), elapsed time
//   `total_elapsed_time`, `avg_heart_rate`, sport and sub-sport (treadmill, trail, track, street);
// - cadence `avg_cadence` + `avg_fractional_cadence`: FIT gives running cadence per foot
//   (strides per minute), so it is doubled into steps per minute;
// - start `start_time`, with the UTC offset `activity.local_timestamp − activity.timestamp`
//   (the watch's own time zone); without it, the system zone's offset at that moment.
// - times below 0x10000000 count seconds since the watch was switched on, not a date (FIT
//   protocol): the real date is found elsewhere in the file (fit_clock.h), or the file is
//   refused as having no calendar date.
//
// Records (`record`) between sessions are summed too, and fill in whatever a session leaves
// out; a file with records but no session becomes one activity from its records alone, paused
// where its timer `event`s stop. Lap messages are counted. Values FIT marks invalid never count.

#include "parsed_activity.h"

#include "core/model/expected.h"

#include <QIODevice>

namespace stridelog {

Expected<ParsedActivities> readFit(QIODevice& input, const ReadOptions& options = {});

}  // namespace stridelog

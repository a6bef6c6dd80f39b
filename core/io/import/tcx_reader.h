// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Garmin Training Center (TCX v2) activities, streamed with QXmlStreamReader: each
// `<Activity>` is one activity, its points summed as they are read and never kept.
//
// - Sport: the `Sport` attribute (Running, Biking, Other); only Running is a run.
// - Distance: the laps' `DistanceMeters` summed, as the watch measured it (also right for
//   foot-pod runs without any `<Position>`); without them the last trackpoint distance, then
//   the great-circle track. Duration: the laps' `TotalTimeSeconds` summed (timer time).
// - Heart rate: trackpoint `HeartRateBpm` values, 255 ("no reading", leaked from FIT by some
//   converters) dropped. Cadence: ActivityExtension v2 `TPX/RunCadence`, else `<Cadence>`;
//   both are one foot's, so doubled into steps per minute. Extensions are matched by namespace
//   URI, so `ns3:`, `ext:` and default-namespace `<TPX xmlns="…">` all work.
// - Start: the first lap's `StartTime`, else the activity `Id`, else the first point's time.

#include "parsed_activity.h"

#include "core/model/expected.h"

#include <QIODevice>

namespace stridelog {

Expected<ParsedActivities> readTcx(QIODevice& input, const ReadOptions& options = {});

}  // namespace stridelog

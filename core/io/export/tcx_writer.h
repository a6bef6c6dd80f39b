// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A run as Garmin Training Center v2 (TCX, UTF-8), streamed point by point to the device: one
// `Activity Sport="Running"` whose `Id` is the run's start and whose `Notes` hold the run's
// notes, pair and surface (run_description.h).
//
// - Laps: the track's laps, each with its `StartTime` (the start plus the moving time of the
//   laps before it), `TotalTimeSeconds`, `DistanceMeters` and `AverageHeartRateBpm` where the
//   watch gave one, and the rest of the run as a last lap when the laps end before it. A point
//   belongs to the lap whose time span holds its moving time.
// - A track without laps, or a run without a track, is one lap of the run's distance, time and
//   average heart rate; without a track that lap has no points (ExportedTrack::track false).
// - Trackpoints: `Time`, `Position`, `AltitudeMeters`, `DistanceMeters`, `HeartRateBpm` and
//   `Cadence` (one foot's, as TCX counts it: half the journal's steps per minute), each where
//   the point has it; a point without a position is kept, since TCX allows it.
// - Every pause (track_export.h) starts a new `Track` within its lap; the points' own
//   `DistanceMeters` carry the distance across.

#include "track_export.h"

#include <QIODevice>

namespace stridelog {

inline constexpr char kTcxNamespace[] =
    "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";

// An error message when the device refused a write.
Expected<ExportedTrack> writeTcx(QIODevice& output, const RunToExport& run);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A run as GPX 1.1 (UTF-8), streamed point by point to the device:
//
// - `metadata`: the run's start as `time`, its notes, pair and surface as `desc`; the one
//   `trk` has the same `desc` and `type` running.
// - Each point with a position is a `trkpt` with `ele`, `time` (start plus moving time,
//   export_time.h) and heart rate and cadence in Garmin's TrackPointExtension v1 (`gpxtpx:hr`,
//   `gpxtpx:cad`; GPX cadence is one foot's, so half the steps per minute the journal keeps).
//   GPX has no point without a position, so those are left out (ExportedTrack::points says
//   how many were written).
// - A pause the importer did not draw a line across (track_accumulator.h: the runner moved
//   with the watch stopped, or a new segment in the file), and a jump of more than 50 m across
//   which the watch's own distance stood still, start a new `trkseg`, so no reader counts the
//   distance across. A short stop it bridged stays in its segment: a new one there
//   would make every GPX reader drop the metres the run did cover.
// - A run without a track (or without a position in it) is a file of metadata only.

#include "track_export.h"

#include <QIODevice>

namespace stridelog {

inline constexpr char kGpxNamespace[] = "http://www.topografix.com/GPX/1/1";
inline constexpr char kTrackPointExtensionV1[] =
    "http://www.garmin.com/xmlschemas/TrackPointExtension/v1";

// An error message when the device refused a write.
Expected<ExportedTrack> writeGpx(QIODevice& output, const RunToExport& run);

}  // namespace stridelog

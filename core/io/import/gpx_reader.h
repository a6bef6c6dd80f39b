// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GPX 1.0 and 1.1 tracks, streamed with QXmlStreamReader: each `<trk>` with at least one point
// is one activity. Points are summed as they are read (TrackAccumulator) and never kept.
//
// - Sport: the track's `<type>`; a track without one is taken as a run (GPX 1.0 has no type,
//   and most running apps leave it out).
// - Distance: great-circle within each `<trkseg>`, never across segments (a pause or signal
//   loss). Duration: the moving time, the segments' times less the pauses inside a segment
//   that the times show (track_accumulator.h says which gaps are pauses).
// - Heart rate and cadence from Garmin TrackPointExtension v1/v2 (`hr`, `cad`) and ClueTrust
//   gpxdata (`hr`, `cadence`), matched by namespace URI. Both give one foot's cadence, so the
//   value is doubled into steps per minute.
// - Start: the first point's time, its offset kept when the text gives one (iso_time.h).

#include "parsed_activity.h"

#include "core/model/expected.h"

#include <QIODevice>

namespace stridelog {

Expected<ParsedActivities> readGpx(QIODevice& input, const ReadOptions& options = {});

}  // namespace stridelog

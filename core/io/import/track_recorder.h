// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps the points of a track as the readers go, beside TrackAccumulator's summaries: each
// point becomes a TrackSample at the accumulator's moving time and distance (or the file's own
// distance, when the file gives one), so the kept track agrees with the run's totals.
// Readings a device writes for "none" are dropped as in the summaries.

#include "track_accumulator.h"

#include "core/model/track.h"

namespace stridelog {

class TrackRecorder {
public:
    // Call after track.addPoint(point).
    void add(const TrackAccumulator& track, const TrackPoint& point);
    void addLap(const Lap& lap) { track_.laps.push_back(lap); }
    Track take() { return std::move(track_); }

private:
    Track track_;
    double fileMetres_ = 0;
};

}  // namespace stridelog

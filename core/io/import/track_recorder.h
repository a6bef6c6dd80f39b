// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps the points of a track as the readers go, beside TrackAccumulator's summaries: each
// point becomes a TrackSample at the accumulator's moving time and distance (or the file's own
// distance, when the file gives one), so the kept track agrees with the run's totals.
// Readings a device writes for "none" are dropped as in the summaries.
//
// It keeps at most what a 72-hour run recorded once a second holds (kMaxKeptSamples): a file
// of more points (a hostile one of millions, or a watch recording several times a second) is
// kept at a coarser step, every second kept point dropped each time the limit is reached, so
// memory stays bounded and the track still spans the whole run, its last point included.

#include "track_accumulator.h"

#include "core/model/track.h"
#include "core/model/validation.h"

#include <cstdint>
#include <optional>

namespace stridelog {

inline constexpr std::size_t kMaxKeptSamples =
    static_cast<std::size_t>(limits::kMaxDurationSeconds);

class TrackRecorder {
public:
    // Call after track.addPoint(point).
    void add(const TrackAccumulator& track, const TrackPoint& point);
    void addLap(const Lap& lap) { track_.laps.push_back(lap); }
    Track take();

private:
    void keep(const TrackSample& sample);

    Track track_;
    double fileMetres_ = 0;
    std::int64_t step_ = 1;               // one point kept of every step_
    std::int64_t seen_ = 0;               // points given since the step last changed
    std::optional<TrackSample> skipped_;  // the latest point not kept, until one is
};

}  // namespace stridelog

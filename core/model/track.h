// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A run's recorded track and laps, as imported from a watch file. Kept beside the run (one row
// per run, compact: track_codec.h) and read only when a run is opened: the rules and the
// dashboard never see tracks, so a journal full of them opens as fast as one without.
//
// Time along the track is moving time: the pauses the importer found (track_accumulator.h)
// are left out, so splits and pace agree with the run's duration.

#include "ids.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace stridelog {

struct TrackSample {
    double seconds = 0;               // moving time since the start
    double metres = 0;                // distance since the start
    std::optional<double> latitude;   // degrees; set together with longitude
    std::optional<double> longitude;  // degrees
    std::optional<double> altitude;   // metres above sea level
    std::optional<double> heartRate;  // beats per minute
    std::optional<double> cadence;    // steps per minute, both feet
};

struct Lap {
    double metres = 0;
    double seconds = 0;               // the lap's timer time
    std::optional<double> heartRate;  // average
};

struct Track {
    std::vector<TrackSample> samples;  // in time order
    std::vector<Lap> laps;
    bool empty() const { return samples.empty() && laps.empty(); }
};

// A track as the journal keeps it (encoded) with the run it belongs to: what export, restore
// and bulk inserts carry, without decoding every point.
struct StoredTrack {
    RunId run;
    QByteArray data;  // encodeTrack()
};

// What `run show` says of a track without its points.
struct TrackSummary {
    int points = 0;
    bool hasPosition = false;
    bool hasHeartRate = false;
    bool hasCadence = false;
    bool hasAltitude = false;
};

TrackSummary summarizeTrack(const Track& track);

}  // namespace stridelog

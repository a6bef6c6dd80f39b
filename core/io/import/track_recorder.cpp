// SPDX-License-Identifier: GPL-3.0-or-later
#include "track_recorder.h"

#include <cmath>

namespace stridelog {

void TrackRecorder::add(const TrackAccumulator& track, const TrackPoint& point) {
    TrackSample sample;
    sample.seconds = track.movingSeconds();
    // The file's distance never goes back; points without one carry the last.
    if (point.metres && std::isfinite(*point.metres) && *point.metres > fileMetres_)
        fileMetres_ = *point.metres;
    sample.metres = fileMetres_ > 0 ? fileMetres_ : track.distanceMetres();
    if (point.latitude && point.longitude && std::abs(*point.latitude) <= 90.0 &&
        std::abs(*point.longitude) <= 180.0) {
        sample.latitude = point.latitude;
        sample.longitude = point.longitude;
    }
    if (point.altitude && std::isfinite(*point.altitude) && std::abs(*point.altitude) < 10'000)
        sample.altitude = point.altitude;
    if (point.heartRate) sample.heartRate = validHeartRate(*point.heartRate);
    if (point.cadence && std::isfinite(*point.cadence) && *point.cadence > 0 &&
        *point.cadence < 400)
        sample.cadence = point.cadence;
    keep(sample);
}

void TrackRecorder::keep(const TrackSample& sample) {
    if (seen_++ % step_ != 0) {
        skipped_ = sample;
        return;
    }
    skipped_.reset();
    std::vector<TrackSample>& samples = track_.samples;
    if (samples.size() >= kMaxKeptSamples) {
        // Every second kept point goes; from here on, one of twice as many is kept.
        std::size_t kept = 0;
        for (std::size_t i = 0; i < samples.size(); i += 2) samples[kept++] = samples[i];
        samples.resize(kept);
        step_ *= 2;
        seen_ = 1;
    }
    samples.push_back(sample);
}

Track TrackRecorder::take() {
    // The last point ends the track, kept or not.
    if (skipped_) track_.samples.push_back(*skipped_);
    skipped_.reset();
    return std::move(track_);
}

}  // namespace stridelog

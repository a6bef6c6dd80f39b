// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Summaries of a track, computed point by point so memory does not grow with the file.
//
// The XML readers (and the FIT reader when a file has no session summary) feed every point
// here. Distance is the great-circle length (haversine on a sphere of the mean Earth radius)
// between consecutive positioned points of one segment; a point without a position is counted
// but does not break the line. Nothing is added across a segment boundary, because a new
// segment means the watch was paused or lost the signal. Moving time is the sum of each
// segment's first-to-last time; elapsed time spans the whole track. Averages are plain means
// of the valid readings; sentinels (a heart rate of 0 or 255, a cadence of 0) are dropped.

#include <cstdint>
#include <optional>

namespace stridelog {

inline constexpr double kMeanEarthRadiusMetres = 6'371'008.8;

// Great-circle distance in metres between two positions in degrees.
double haversineMetres(double lat1, double lon1, double lat2, double lon2);

// A valid heart rate in beats per minute, or nullopt for a sentinel or nonsense.
std::optional<double> validHeartRate(double bpm);

struct TrackPoint {
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<std::int64_t> timeMilliseconds;  // UTC
    std::optional<double> heartRate;
    std::optional<double> cadence;  // steps per minute, both feet
};

class TrackAccumulator {
public:
    void beginSegment();
    void addPoint(const TrackPoint& point);

    double distanceMetres() const { return distance_; }
    double movingSeconds() const;
    double elapsedSeconds() const;
    std::optional<std::int64_t> firstTimeMilliseconds() const { return firstTime_; }
    std::optional<double> averageHeartRate() const;
    std::optional<double> averageCadence() const;
    std::int64_t pointCount() const { return points_; }
    std::int64_t positionCount() const { return positions_; }

private:
    void addTime(std::int64_t milliseconds);

    double distance_ = 0;
    std::int64_t movingMilliseconds_ = 0;
    std::optional<double> lastLatitude_;
    std::optional<double> lastLongitude_;
    std::optional<std::int64_t> segmentFirst_;
    std::optional<std::int64_t> segmentLast_;
    std::optional<std::int64_t> firstTime_;
    std::optional<std::int64_t> lastTime_;
    double heartRateSum_ = 0;
    std::int64_t heartRateCount_ = 0;
    double cadenceSum_ = 0;
    std::int64_t cadenceCount_ = 0;
    std::int64_t points_ = 0;
    std::int64_t positions_ = 0;
};

}  // namespace stridelog

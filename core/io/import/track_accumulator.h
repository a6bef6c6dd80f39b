// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Summaries of a track, computed point by point so memory does not grow with the file.
//
// The XML readers (and the FIT reader when a file has no session summary) feed every point
// here. Distance is the great-circle length (haversine on a sphere of the mean Earth radius)
// between consecutive positioned points of one segment; a point without a position is counted
// but does not break the line. Nothing is added across a segment boundary, because a new
// segment means the watch was paused or lost the signal. Moving time is the sum of the
// intervals between consecutive points of a segment, less the pauses inside it (below);
// elapsed time spans the whole track. Averages are plain means of the valid readings;
// sentinels (a heart rate of 0 or 255, a cadence of 0) are dropped.
//
// Pauses inside a segment. Many watches write an auto-pause, or a stop at a traffic light, as
// a hole in the times of one segment rather than as a new segment, and GPX has no timer to say
// so. A gap between two consecutive points is a pause, left out of the moving time, when
//   - it is longer than 30 s and the straight line across it is slower than 0.5 m/s (standing,
//     or drifting GPS): 30 s is about three times the longest step "smart" recording leaves
//     between points (Suunto 2-6 s, Garmin up to about 10 s), so a short signal loss while
//     running never counts, and 0.5 m/s is well below the slowest walk;
//   - or it is longer than 5 minutes at any speed: no watch that is recording goes that long
//     without a point, so the watch was stopped (and the runner may have walked or ridden on).
// The distance across a pause counts when the two ends are within 50 m of each other: the
// runner set off again about where they stopped (crossed the road at the lights), and the line
// they see drawn on their map joins the two. Farther apart, they moved with the watch stopped
// (walked back to the car, took the bus), and that is not part of the run they recorded.

#include <cstdint>
#include <optional>

namespace stridelog {

inline constexpr double kMeanEarthRadiusMetres = 6'371'008.8;

// The pause rule above, in the units the accumulator works in.
inline constexpr std::int64_t kPauseMinimumGapMilliseconds = 30'000;
inline constexpr double kPauseMaximumSpeedMetresPerSecond = 0.5;
inline constexpr std::int64_t kPauseAnySpeedGapMilliseconds = 5 * 60'000;
inline constexpr double kPauseBridgeMetres = 50.0;

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
    // Kept with the track only (TrackRecorder); the summaries do not use them.
    std::optional<double> altitude;  // metres
    std::optional<double> metres;    // the file's own distance since the start, when it has one
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
    bool isPause(std::int64_t gapMilliseconds, std::optional<double> metres) const;
    void addTime(std::int64_t milliseconds, bool pause);

    double distance_ = 0;
    std::int64_t movingMilliseconds_ = 0;
    std::optional<double> lastLatitude_;
    std::optional<double> lastLongitude_;
    // The latest time in the segment so far: clocks can step back a little (GPS corrections),
    // and such a point adds no time.
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

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a reader makes of one activity in a watch or phone file, before it becomes a Run.
//
// Every reader (GPX, TCX, FIT, the two CSV exports) produces zero or more of these. Values stay
// in the file's own precision (metres and seconds as doubles) until the importer rounds them
// into a Run, so the rounding happens in one place. Absent values are nullopt; sentinel values
// a device writes for "no reading" (a heart rate of 255, FIT's invalid values) never get here.

#include "core/model/enums.h"
#include "core/model/instant.h"
#include "core/model/track.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace stridelog {

// Counts the ParsedActivity values alive at once and the most there have been, so a test can
// show that a long CSV is never held whole (the importer reads it a chunk at a time).
class LiveActivityCount {
public:
    LiveActivityCount() noexcept { enter(); }
    LiveActivityCount(const LiveActivityCount&) noexcept { enter(); }
    LiveActivityCount& operator=(const LiveActivityCount&) noexcept = default;
    ~LiveActivityCount() { live_.fetch_sub(1, std::memory_order_relaxed); }

    static std::int64_t now() { return live_.load(std::memory_order_relaxed); }
    static std::int64_t peak() { return peak_.load(std::memory_order_relaxed); }
    // Starts a new measurement: the peak from here on.
    static void resetPeak() { peak_.store(now(), std::memory_order_relaxed); }

private:
    static void enter() noexcept {
        const std::int64_t count = live_.fetch_add(1, std::memory_order_relaxed) + 1;
        std::int64_t seen = peak_.load(std::memory_order_relaxed);
        while (count > seen && !peak_.compare_exchange_weak(seen, count)) {
        }
    }

    static inline std::atomic<std::int64_t> live_{0};
    static inline std::atomic<std::int64_t> peak_{0};
};

struct ParsedActivity {
    RunSource source = RunSource::Manual;
    QString sport;  // the file's own word ("running", "Biking", "trail_running", "Run")
    bool isRun = true;
    std::optional<Surface> surface;  // where the sport says it (trail, treadmill, track)
    std::optional<Instant> start;
    double distanceMetres = 0;
    double timerSeconds = 0;    // moving time: pauses left out
    double elapsedSeconds = 0;  // first to last moment, pauses included
    std::optional<double> averageHeartRate;
    std::optional<double> averageCadence;  // steps per minute, both feet
    std::int64_t pointCount = 0;
    std::int64_t positionCount = 0;  // points with a latitude and longitude
    int lapCount = 0;
    QString name;        // the activity's title, when the file has one
    QString activityId;  // the file's own id for it (Strava id, TCX Id), when it has one
    QString gear;        // the pair named in a CSV export
    Track track;         // the points and laps, when the file has them (TrackRecorder)
    [[no_unique_address]] LiveActivityCount live;
};

using ParsedActivities = std::vector<ParsedActivity>;

// Lets a caller stop a long read: readers check it between chunks of points.
struct ReadOptions {
    const std::atomic<bool>* cancel = nullptr;
    bool cancelled() const { return cancel != nullptr && cancel->load(); }
};

// How often, in points or rows, readers look at the cancel flag.
inline constexpr std::int64_t kCancelCheckInterval = 4096;

// The message readers return when they were cancelled, so the importer can tell it apart.
inline QString readCancelledMessage() {
    return QStringLiteral("import cancelled");
}

}  // namespace stridelog

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

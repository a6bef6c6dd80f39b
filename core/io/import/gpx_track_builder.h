// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a GPX `<trk>` turns into, whichever reader found its elements (gpx_reader.h and its
// fast path, gpx_fast_reader.h): one builder a track, fed its name and type, its segments and
// points, and each point's time, elevation and extension values as text. Both readers share
// it, so they agree on every rule of gpx_reader.h.

#include "iso_time.h"
#include "parsed_activity.h"
#include "track_accumulator.h"
#include "track_recorder.h"

#include <QStringView>

#include <optional>

namespace stridelog {

class GpxTrackBuilder {
public:
    void setName(QStringView text) { activity_.name = text.toString(); }
    void setSport(QStringView text) { activity_.sport = text.toString(); }
    void beginSegment() { track_.beginSegment(); }

    void beginPoint(std::optional<double> latitude, std::optional<double> longitude);
    void pointTime(QStringView text);
    void pointElevation(QStringView text);
    // `name` is a Garmin TrackPointExtension or ClueTrust element's local name; true when it
    // is one a point has (`hr`, `cad`, `cadence`): its text then counts.
    static bool isPointExtension(QStringView name);
    void pointExtension(QStringView name, QStringView text);
    void endPoint();
    std::int64_t pointCount() const { return track_.pointCount(); }

    // At the end tag: the track's activity, or nothing when it has no points. Sets
    // `oneInstant` (when unset) to the time of a track whose timed points all share one time.
    std::optional<ParsedActivity> finish(std::optional<IsoTime>& oneInstant);

    static QString oneInstantMessage(const IsoTime& time);

private:
    TrackAccumulator track_;
    TrackRecorder recorder_;
    TrackPoint point_;
    ParsedActivity activity_;
    std::optional<IsoTime> firstTime_;
    std::optional<IsoTime> lastTime_;
    std::int64_t timedPoints_ = 0;
};

}  // namespace stridelog

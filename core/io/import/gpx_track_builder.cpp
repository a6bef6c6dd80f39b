// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpx_track_builder.h"

#include "activity_sport.h"
#include "xml_support.h"

namespace stridelog {

void GpxTrackBuilder::beginPoint(std::optional<double> latitude, std::optional<double> longitude) {
    point_ = TrackPoint{};
    point_.latitude = latitude;
    point_.longitude = longitude;
}

void GpxTrackBuilder::pointTime(QStringView text) {
    const auto time = parseIsoTime(text);
    if (!time) return;
    point_.timeMilliseconds = time->utcMilliseconds;
    if (!firstTime_ || time->utcMilliseconds < firstTime_->utcMilliseconds) firstTime_ = time;
    if (!lastTime_ || time->utcMilliseconds > lastTime_->utcMilliseconds) lastTime_ = time;
    ++timedPoints_;
}

void GpxTrackBuilder::pointElevation(QStringView text) {
    point_.altitude = xml::toNumber(text);
}

bool GpxTrackBuilder::isPointExtension(QStringView name) {
    return name == QLatin1String("hr") || name == QLatin1String("cad") ||
           name == QLatin1String("cadence");
}

void GpxTrackBuilder::pointExtension(QStringView name, QStringView text) {
    if (name == QLatin1String("hr")) {
        point_.heartRate = xml::toNumber(text);
    } else if (auto perFoot = xml::toNumber(text); perFoot && *perFoot < 255) {
        // One foot's cadence: doubled into steps per minute.
        point_.cadence = *perFoot * 2;
    }
}

void GpxTrackBuilder::endPoint() {
    track_.addPoint(point_);
    recorder_.add(track_, point_);
}

// Two or more points, every one at the same instant (a device that stamps the file's time on
// each point), give no duration to import: the file is refused for that, not for a run of 0
// seconds.
QString GpxTrackBuilder::oneInstantMessage(const IsoTime& time) {
    return QStringLiteral("no usable times: every point of a track has the same time (%1)")
        .arg(instantFromIsoTime(time).toLocalIsoString());
}

std::optional<ParsedActivity> GpxTrackBuilder::finish(std::optional<IsoTime>& oneInstant) {
    if (timedPoints_ > 1 && lastTime_->utcMilliseconds == firstTime_->utcMilliseconds &&
        !oneInstant)
        oneInstant = firstTime_;
    if (track_.pointCount() == 0) return std::nullopt;
    ParsedActivity activity = std::move(activity_);
    activity.source = RunSource::Gpx;
    activity.track = recorder_.take();
    if (!activity.sport.trimmed().isEmpty()) {
        const SportClass sport = classifySport(activity.sport);
        activity.isRun = sport.isRun;
        activity.surface = sport.surface;
    }
    if (firstTime_) activity.start = instantFromIsoTime(*firstTime_);
    activity.distanceMetres = track_.distanceMetres();
    activity.timerSeconds = track_.movingSeconds();
    activity.elapsedSeconds = track_.elapsedSeconds();
    activity.averageHeartRate = track_.averageHeartRate();
    activity.averageCadence = track_.averageCadence();
    activity.pointCount = track_.pointCount();
    activity.positionCount = track_.positionCount();
    return activity;
}

}  // namespace stridelog

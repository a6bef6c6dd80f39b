// SPDX-License-Identifier: GPL-3.0-or-later
#include "track_accumulator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stridelog {
namespace {

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

bool validPosition(double latitude, double longitude) {
    return std::isfinite(latitude) && std::isfinite(longitude) && std::abs(latitude) <= 90.0 &&
           std::abs(longitude) <= 180.0;
}

}  // namespace

double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
    const double dLat = radians(lat2 - lat1);
    const double dLon = radians(lon2 - lon1);
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(radians(lat1)) * std::cos(radians(lat2)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kMeanEarthRadiusMetres * std::asin(std::sqrt(std::min(1.0, a)));
}

std::optional<double> validHeartRate(double bpm) {
    // 255 is FIT's "invalid" byte, which some converters copy into TCX and GPX unchanged.
    if (!std::isfinite(bpm) || bpm <= 0 || bpm >= 255) return std::nullopt;
    return bpm;
}

void TrackAccumulator::beginSegment() {
    segmentLast_.reset();
    lastLatitude_.reset();
    lastLongitude_.reset();
}

bool TrackAccumulator::isPause(std::int64_t gapMilliseconds, std::optional<double> metres) const {
    if (gapMilliseconds > kPauseAnySpeedGapMilliseconds) return true;
    // Without positions at both ends (a foot-pod run) only the long gap above can tell.
    if (gapMilliseconds <= kPauseMinimumGapMilliseconds || !metres) return false;
    const double seconds = static_cast<double>(gapMilliseconds) / 1000.0;
    return *metres / seconds < kPauseMaximumSpeedMetresPerSecond;
}

void TrackAccumulator::addTime(std::int64_t milliseconds, bool pause) {
    if (segmentLast_ && milliseconds > *segmentLast_ && !pause)
        movingMilliseconds_ += milliseconds - *segmentLast_;
    if (!segmentLast_ || milliseconds > *segmentLast_) segmentLast_ = milliseconds;
    if (!firstTime_ || milliseconds < *firstTime_) firstTime_ = milliseconds;
    if (!lastTime_ || milliseconds > *lastTime_) lastTime_ = milliseconds;
}

void TrackAccumulator::addPoint(const TrackPoint& point) {
    ++points_;
    const bool positioned =
        point.latitude && point.longitude && validPosition(*point.latitude, *point.longitude);
    std::optional<double> metres;  // from the segment's previous position
    if (positioned && lastLatitude_ && lastLongitude_)
        metres =
            haversineMetres(*lastLatitude_, *lastLongitude_, *point.latitude, *point.longitude);
    bool pause = false;
    if (point.timeMilliseconds) {
        if (segmentLast_) pause = isPause(*point.timeMilliseconds - *segmentLast_, metres);
        addTime(*point.timeMilliseconds, pause);
    }
    if (positioned) {
        ++positions_;
        if (metres && (!pause || *metres <= kPauseBridgeMetres)) distance_ += *metres;
        lastLatitude_ = point.latitude;
        lastLongitude_ = point.longitude;
    }
    if (point.heartRate) {
        if (auto bpm = validHeartRate(*point.heartRate)) {
            heartRateSum_ += *bpm;
            ++heartRateCount_;
        }
    }
    if (point.cadence && std::isfinite(*point.cadence) && *point.cadence > 0) {
        cadenceSum_ += *point.cadence;
        ++cadenceCount_;
    }
}

double TrackAccumulator::movingSeconds() const {
    return static_cast<double>(movingMilliseconds_) / 1000.0;
}

double TrackAccumulator::elapsedSeconds() const {
    if (!firstTime_ || !lastTime_) return 0;
    return static_cast<double>(*lastTime_ - *firstTime_) / 1000.0;
}

std::optional<double> TrackAccumulator::averageHeartRate() const {
    if (heartRateCount_ == 0) return std::nullopt;
    return heartRateSum_ / static_cast<double>(heartRateCount_);
}

std::optional<double> TrackAccumulator::averageCadence() const {
    if (cadenceCount_ == 0) return std::nullopt;
    return cadenceSum_ / static_cast<double>(cadenceCount_);
}

}  // namespace stridelog

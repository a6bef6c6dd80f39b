// SPDX-License-Identifier: GPL-3.0-or-later
// The pause rule inside one segment (track_accumulator.h): a gap over 30 s slower than
// 0.5 m/s, or any gap over 5 minutes, is left out of the moving time; its distance counts only
// within 50 m.

#include "core/io/import/track_accumulator.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

// Metres per degree of latitude on the mean-radius sphere.
constexpr double kMetresPerDegree = kMeanEarthRadiusMetres * 3.14159265358979323846 / 180.0;

class Segment {
public:
    // A point `metres` north of the start at `seconds` after it.
    Segment& at(double seconds, double metres) {
        TrackPoint point;
        point.latitude = 50.0 + metres / kMetresPerDegree;
        point.longitude = 8.0;
        point.timeMilliseconds = static_cast<std::int64_t>(seconds * 1000);
        track.addPoint(point);
        return *this;
    }
    TrackAccumulator track;
};

TEST(PauseRule, ThirtySecondsStandingStillIsNotYetAPause) {
    Segment s;
    s.at(0, 0).at(30, 0).at(33, 10);
    EXPECT_DOUBLE_EQ(s.track.movingSeconds(), 33.0);
}

TEST(PauseRule, ThirtyOneSecondsStandingStillIsAPause) {
    Segment s;
    s.at(0, 0).at(10, 30).at(41, 31).at(44, 41);
    EXPECT_DOUBLE_EQ(s.track.movingSeconds(), 10.0 + 3.0);
    EXPECT_DOUBLE_EQ(s.track.elapsedSeconds(), 44.0);
    EXPECT_NEAR(s.track.distanceMetres(), 41.0, 1e-6);  // 1 m across the pause still counts
}

TEST(PauseRule, HalfAMetrePerSecondIsMovingAndJustUnderIsAPause) {
    Segment walking;
    walking.at(0, 0).at(60, 30.001);
    EXPECT_DOUBLE_EQ(walking.track.movingSeconds(), 60.0);
    Segment drifting;
    drifting.at(0, 0).at(60, 29.9);
    EXPECT_DOUBLE_EQ(drifting.track.movingSeconds(), 0.0);
}

TEST(PauseRule, FiveMinutesIsMovingAtRunningSpeedButLongerIsAPause) {
    Segment tunnel;
    tunnel.at(0, 0).at(300, 900);  // 3 m/s through a 5-minute signal loss
    EXPECT_DOUBLE_EQ(tunnel.track.movingSeconds(), 300.0);
    EXPECT_NEAR(tunnel.track.distanceMetres(), 900.0, 1e-6);
    Segment bus;
    bus.at(0, 0).at(10, 30).at(311, 3030).at(321, 3060);  // watch stopped, 3 km on the bus
    EXPECT_DOUBLE_EQ(bus.track.movingSeconds(), 20.0);
    EXPECT_NEAR(bus.track.distanceMetres(), 60.0, 1e-6);
}

TEST(PauseRule, DistanceAcrossAPauseCountsUpToFiftyMetres) {
    Segment lights;
    lights.at(0, 0).at(400, 49.9).at(410, 79.9);  // crossed the road with the watch stopped
    EXPECT_DOUBLE_EQ(lights.track.movingSeconds(), 10.0);
    EXPECT_NEAR(lights.track.distanceMetres(), 79.9, 1e-6);
    Segment car;
    car.at(0, 0).at(400, 50.1).at(410, 80.1);
    EXPECT_NEAR(car.track.distanceMetres(), 30.0, 1e-6);
}

TEST(PauseRule, WithoutPositionsOnlyTheLongGapCounts) {
    TrackAccumulator track;
    for (const int seconds : {0, 60, 120, 421, 431}) {
        TrackPoint point;
        point.timeMilliseconds = seconds * 1000;
        track.addPoint(point);
    }
    EXPECT_DOUBLE_EQ(track.movingSeconds(), 120.0 + 10.0);
}

TEST(PauseRule, AClockSteppingBackAddsNoTime) {
    Segment s;
    s.at(0, 0).at(10, 30).at(8, 33).at(12, 36);
    EXPECT_DOUBLE_EQ(s.track.movingSeconds(), 12.0);
}

TEST(PauseRule, NoTimeIsCountedBetweenSegments) {
    Segment s;
    s.at(0, 0).at(20, 60);
    s.track.beginSegment();
    s.at(25, 60).at(45, 120);
    EXPECT_DOUBLE_EQ(s.track.movingSeconds(), 40.0);
    EXPECT_NEAR(s.track.distanceMetres(), 120.0, 1e-6);
}

}  // namespace
}  // namespace stridelog

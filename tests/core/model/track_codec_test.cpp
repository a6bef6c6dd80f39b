// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/track_codec.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace stridelog {
namespace {

// An hour at one point a second, with the jitter real GPS, barometer and straps have.
Track hourOfRunning() {
    std::mt19937 random(7);
    std::normal_distribution<double> jitter(0.0, 1.0);
    Track track;
    double metres = 0, latitude = 59.9, longitude = 10.7, altitude = 40, heading = 0;
    for (int i = 0; i < 3600; ++i) {
        const double step = 2.9 + 0.2 * jitter(random);
        metres += step;
        heading += 0.02 * jitter(random);
        latitude += step * std::cos(heading) / 111'195.0;
        longitude += step * std::sin(heading) / 55'800.0;
        altitude += 0.3 * jitter(random);
        TrackSample sample;
        sample.seconds = i;
        sample.metres = metres;
        sample.latitude = latitude + 0.000002 * jitter(random);
        sample.longitude = longitude + 0.000002 * jitter(random);
        sample.altitude = altitude;
        sample.heartRate = std::round(150 + 8 * std::sin(i / 300.0) + jitter(random));
        sample.cadence = std::round(172 + 2 * jitter(random));
        track.samples.push_back(sample);
    }
    for (int lap = 0; lap < 10; ++lap) track.laps.push_back({1000.0, 345.5, 151.0});
    return track;
}

TEST(TrackCodec, AnHourAtOnePointASecondStaysUnderThirtyKilobytes) {
    const QByteArray data = encodeTrack(hourOfRunning());
    EXPECT_LT(data.size(), 30 * 1024);
    EXPECT_GT(data.size(), 1024);  // really holds the points
}

TEST(TrackCodec, RoundTripKeepsEveryColumnToItsPrecision) {
    const Track track = hourOfRunning();
    const auto decoded = decodeTrack(encodeTrack(track));
    ASSERT_TRUE(decoded) << decoded.error().toStdString();
    ASSERT_EQ(decoded->samples.size(), track.samples.size());
    for (std::size_t i = 0; i < track.samples.size(); i += 97) {
        const TrackSample& a = track.samples[i];
        const TrackSample& b = decoded->samples[i];
        EXPECT_NEAR(b.seconds, a.seconds, 0.05);
        EXPECT_NEAR(b.metres, a.metres, 0.05);
        EXPECT_NEAR(*b.latitude, *a.latitude, 0.6e-6);
        EXPECT_NEAR(*b.longitude, *a.longitude, 0.6e-6);
        EXPECT_NEAR(*b.altitude, *a.altitude, 0.05);
        EXPECT_EQ(*b.heartRate, *a.heartRate);
        EXPECT_EQ(*b.cadence, *a.cadence);
    }
    ASSERT_EQ(decoded->laps.size(), 10u);
    EXPECT_DOUBLE_EQ(decoded->laps[9].seconds, 345.5);
    EXPECT_EQ(decoded->laps[9].heartRate, 151.0);
}

TEST(TrackCodec, AbsentReadingsStayAbsentAndColumnsNobodyHasAreLeftOut) {
    Track track;
    for (int i = 0; i < 5; ++i) {
        TrackSample sample;
        sample.seconds = i * 10;
        sample.metres = i * 30;
        if (i != 2) sample.heartRate = 120 + i;
        if (i == 4) {
            sample.latitude = -33.9;
            sample.longitude = 151.2;
        }
        track.samples.push_back(sample);
    }
    const auto decoded = decodeTrack(encodeTrack(track));
    ASSERT_TRUE(decoded);
    EXPECT_FALSE(decoded->samples[2].heartRate);
    EXPECT_EQ(decoded->samples[3].heartRate, 123.0);
    EXPECT_FALSE(decoded->samples[3].latitude);
    EXPECT_NEAR(*decoded->samples[4].longitude, 151.2, 1e-6);
    EXPECT_FALSE(decoded->samples[4].altitude);
    const TrackSummary summary = summarizeTrack(*decoded);
    EXPECT_EQ(summary.points, 5);
    EXPECT_TRUE(summary.hasPosition);
    EXPECT_TRUE(summary.hasHeartRate);
    EXPECT_FALSE(summary.hasCadence);
    EXPECT_FALSE(summary.hasAltitude);
}

TEST(TrackCodec, DamagedOrForeignBytesAreRefused) {
    QByteArray data = encodeTrack(hourOfRunning());
    EXPECT_FALSE(decodeTrack(QByteArray("STK")));
    EXPECT_FALSE(decodeTrack(QByteArray("PNG\x01xxxxxxxx")));
    QByteArray newer = data;
    newer[3] = static_cast<char>(kTrackCodecVersion + 1);
    EXPECT_FALSE(decodeTrack(newer));
    EXPECT_FALSE(decodeTrack(data.left(data.size() / 2)));
    // A valid zlib stream of the wrong content: truncated varints.
    QByteArray foreign("STK\x01", 4);
    foreign.append(qCompress(QByteArray("\xff\xff", 2)));
    EXPECT_FALSE(decodeTrack(foreign));
}

}  // namespace
}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_test_support.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using test::fixturePath;
using test::readOne;

TEST(TcxReader, FootPodRunTakesDistanceAndTimeFromTheLaps) {
    const ParsedActivity run = readOne(fixturePath(QStringLiteral("nogps.tcx")));
    EXPECT_TRUE(run.isRun);
    EXPECT_EQ(run.source, RunSource::Tcx);
    EXPECT_DOUBLE_EQ(run.distanceMetres, 2000.0);
    EXPECT_DOUBLE_EQ(run.timerSeconds, 600.0);  // 300.5 + 299.5
    EXPECT_EQ(run.positionCount, 0);
    EXPECT_EQ(run.pointCount, 3);
    EXPECT_EQ(run.lapCount, 2);
    EXPECT_EQ(run.activityId, QStringLiteral("2024-02-01T17:00:00Z"));
    ASSERT_TRUE(run.averageHeartRate);
    EXPECT_NEAR(*run.averageHeartRate, (130 + 150 + 160) / 3.0, 1e-9);
}

TEST(TcxReader, RunCadenceIsOneFootsAndIsDoubled) {
    // ns3:RunCadence and an unprefixed <TPX xmlns="…ActivityExtension/v2"> both count.
    const ParsedActivity run = readOne(fixturePath(QStringLiteral("nogps.tcx")));
    ASSERT_TRUE(run.averageCadence);
    EXPECT_NEAR(*run.averageCadence, (85 + 87 + 88) * 2 / 3.0, 1e-9);
}

TEST(TcxReader, StartIsTheFirstLapsStartTime) {
    const ParsedActivity run = readOne(fixturePath(QStringLiteral("nogps.tcx")));
    ASSERT_TRUE(run.start);
    EXPECT_EQ(run.start->toLocalIsoString(), QStringLiteral("2024-02-01T18:00:00"));  // UTC+1
}

TEST(TcxReader, BikingIsNotARun) {
    const ParsedActivity ride = readOne(fixturePath(QStringLiteral("biking.tcx")));
    EXPECT_FALSE(ride.isRun);
    EXPECT_EQ(ride.sport, QStringLiteral("Biking"));
}

TEST(TcxReader, WithoutLapTotalsTheTrackIsMeasured) {
    const auto read = test::readBytes(
        "<TrainingCenterDatabase "
        "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">"
        "<Activities><Activity Sport=\"Running\"><Lap><Track>"
        "<Trackpoint><Time>2024-01-01T10:00:00+01:00</Time><Position><LatitudeDegrees>50"
        "</LatitudeDegrees><LongitudeDegrees>8</LongitudeDegrees></Position></Trackpoint>"
        "<Trackpoint><Time>2024-01-01T10:01:00+01:00</Time><Position><LatitudeDegrees>50.001"
        "</LatitudeDegrees><LongitudeDegrees>8</LongitudeDegrees></Position></Trackpoint>"
        "</Track></Lap></Activity></Activities></TrainingCenterDatabase>",
        ActivityFormat::Tcx);
    ASSERT_TRUE(read.hasValue());
    ASSERT_EQ(read->size(), 1u);
    EXPECT_NEAR(read->front().distanceMetres, 111.195, 0.001);
    EXPECT_DOUBLE_EQ(read->front().timerSeconds, 60.0);
    EXPECT_EQ(read->front().start->utcOffsetSeconds(), 3600);
}

TEST(TcxReader, AnotherXmlDocumentIsAnError) {
    EXPECT_FALSE(test::readBytes("<gpx/>", ActivityFormat::Tcx).hasValue());
    EXPECT_FALSE(
        test::readBytes("<TrainingCenterDatabase><Activities>", ActivityFormat::Tcx).hasValue());
}

}  // namespace
}  // namespace stridelog

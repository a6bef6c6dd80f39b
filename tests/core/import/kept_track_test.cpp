// SPDX-License-Identifier: GPL-3.0-or-later
// The points and laps a reader keeps (TrackRecorder) and the importer stores with the run.

#include "fit_writer.h"
#include "import_test_support.h"

#include "core/workflows/importer.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using test::fixturePath;
using test::TempJournal;

ImportOptions pinned() {
    ImportOptions options;
    return options;
}

TEST(KeptTrack, GpxPointsAreKeptAtMovingTimeWithTheirReadings) {
    const ParsedActivity run = test::readOne(fixturePath(QStringLiteral("pauses_gpx11.gpx")));
    const auto& samples = run.track.samples;
    ASSERT_EQ(samples.size(), 5u);
    EXPECT_EQ(samples[0].altitude, 100.0);
    EXPECT_FALSE(samples[1].altitude);
    EXPECT_EQ(samples[2].heartRate, 160.0);
    EXPECT_EQ(samples[2].cadence, 168.0);
    // The 8-minute gap between the segments is not moving time.
    EXPECT_NEAR(samples.back().seconds, run.timerSeconds, 1e-9);
    EXPECT_NEAR(samples.back().metres, run.distanceMetres, 1e-9);
    EXPECT_TRUE(run.track.laps.empty());
}

TEST(KeptTrack, TcxLapsAndTheFilesOwnDistancesAreKept) {
    const ParsedActivity run = test::readOne(fixturePath(QStringLiteral("nogps.tcx")));
    ASSERT_EQ(run.track.laps.size(), 2u);
    EXPECT_DOUBLE_EQ(run.track.laps[0].metres, 1000.0);
    EXPECT_DOUBLE_EQ(run.track.laps[0].seconds, 300.5);
    EXPECT_DOUBLE_EQ(run.track.laps[1].seconds, 299.5);
    ASSERT_FALSE(run.track.samples.empty());
    EXPECT_DOUBLE_EQ(run.track.samples.back().metres, 2000.0);
    EXPECT_FALSE(run.track.samples.back().latitude);
}

TEST(KeptTrack, FitRecordsAreKeptAndInvalidReadingsLeftOut) {
    auto activities = test::readBytes(test::runningActivityFit(), ActivityFormat::Fit);
    ASSERT_TRUE(activities);
    ASSERT_EQ(activities->size(), 1u);
    const auto& samples = activities->front().track.samples;
    ASSERT_EQ(samples.size(), 5u);
    EXPECT_FALSE(samples[2].heartRate);  // 0xFF: no reading
    EXPECT_EQ(samples[3].heartRate, 143.0);
    EXPECT_EQ(samples[0].cadence, 170.0);
    EXPECT_NEAR(*samples[4].latitude, 50.004, 1e-6);
    EXPECT_NEAR(samples[4].seconds, 80.0, 1e-9);
}

TEST(KeptTrack, TheImporterStoresTheTrackWithTheRunUnlessToldNotTo) {
    TempJournal journal;
    const ImportReport report =
        importFiles(*journal, {fixturePath(QStringLiteral("nogps.tcx"))}, pinned());
    ASSERT_EQ(report.results.size(), 1u);
    ASSERT_TRUE(report.results[0].runId);
    auto track = journal->track(*report.results[0].runId);
    ASSERT_TRUE(track && *track);
    EXPECT_EQ((*track)->laps.size(), 2u);

    TempJournal bare;
    ImportOptions options = pinned();
    options.keepTracks = false;
    const ImportReport without =
        importFiles(*bare, {fixturePath(QStringLiteral("nogps.tcx"))}, options);
    ASSERT_TRUE(without.results[0].runId);
    auto none = bare->track(*without.results[0].runId);
    ASSERT_TRUE(none);
    EXPECT_FALSE(*none);
}

TEST(KeptTrack, RealWatchFilesKeepTracksSmallEnough) {
    const QString dir = test::samplesDir();
    if (dir.isEmpty()) GTEST_SKIP() << "../shared/samples is not there";
    TempJournal journal;
    const ImportReport report =
        importFiles(*journal,
                    {dir + QStringLiteral("/Garmin_Forerunner_910XT-Running.fit"),
                     dir + QStringLiteral("/Forerunner405-Running_CadenceSensor.tcx"),
                     dir + QStringLiteral("/Move_2014_01_17_09_33_11.gpx")},
                    pinned());
    ASSERT_EQ(report.results.size(), 3u);
    for (const ImportResult& result : report.results) {
        ASSERT_TRUE(result.runId) << result.message.toStdString();
        auto track = journal->track(*result.runId);
        ASSERT_TRUE(track && *track) << result.file.toStdString();
        EXPECT_GT((*track)->samples.size(), 10u);
    }
    // The 910XT: 743 records and its 10 laps, the last point near the session's 9843 m.
    auto fit = journal->track(*report.results[0].runId);
    EXPECT_EQ((*fit)->samples.size(), 743u);
    EXPECT_EQ((*fit)->laps.size(), 10u);
    EXPECT_NEAR((*fit)->samples.back().metres, 9843, 50);
    auto all = journal->snapshotWithTracks();
    ASSERT_TRUE(all);
    for (const StoredTrack& stored : all->tracks) {
        auto track = journal->track(stored.run);
        const double hours = (*track)->samples.back().seconds / 3600.0;
        if (hours > 0.1) {
            EXPECT_LT(static_cast<double>(stored.data.size()) / hours, 30.0 * 1024)
                << stored.run.value();
        }
    }
}

}  // namespace
}  // namespace stridelog

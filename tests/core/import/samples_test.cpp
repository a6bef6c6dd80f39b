// SPDX-License-Identifier: GPL-3.0-or-later
// Acceptance against real watch files in ../shared/samples (never copied into the project).
// The expected values are the ones SOURCES.md quotes from the upstream projects' own tests:
// SportsTracker (ssaring/sportstracker) GarminFitParserTest / GarminTcxParserTest, python-fitparse
// (dtcooper/python-fitparse), GPSBabel's reference/track files (GPSBabel/gpsbabel),
// python-tcxparser (vkurup/python-tcxparser) and GoldenCheetah's test/rides.

#include "import_test_support.h"

#include "core/workflows/importer.h"

#include <gtest/gtest.h>

#include <QTimeZone>

namespace stridelog {
namespace {

using test::readOne;

QString sample(const QString& name) {
    return test::samplesDir() + QLatin1Char('/') + name;
}

class Samples : public ::testing::Test {
protected:
    void SetUp() override {
        if (test::samplesDir().isEmpty()) GTEST_SKIP() << "../shared/samples is not there";
    }
};

TEST_F(Samples, Forerunner910XtUsesTheSessionTotals) {
    // SportsTracker testParseExerciseForerunner910XT: 9843 m, timer 3006.7 s, elapsed 3010.6 s,
    // HR average 155, 743 samples of which 15 have no position, 10 laps.
    const ParsedActivity run =
        readOne(sample(QStringLiteral("Garmin_Forerunner_910XT-Running.fit")));
    EXPECT_TRUE(run.isRun);
    EXPECT_NEAR(run.distanceMetres, 9843, 0.5);
    EXPECT_NEAR(run.timerSeconds, 3006.7, 0.05);
    EXPECT_NEAR(run.elapsedSeconds, 3010.6, 0.05);
    ASSERT_TRUE(run.averageHeartRate);
    EXPECT_EQ(*run.averageHeartRate, 155);
    EXPECT_EQ(run.pointCount, 743);
    EXPECT_EQ(run.positionCount, 728);
    EXPECT_EQ(run.lapCount, 10);
}

TEST_F(Samples, Fenix6SProLeavesPausesOutAndKeepsUtcPlusOne) {
    // GarminFitParserTest: start 2021-02-06 12:03:55 local, timer 313.968 s of 353.965 s,
    // 93 records, 588.21 m; activity.local_timestamp gives UTC+1.
    const ParsedActivity run = readOne(sample(QStringLiteral("Garmin_Fenix_6S_Pro-Running.fit")));
    EXPECT_NEAR(run.timerSeconds, 313.968, 0.001);
    EXPECT_NEAR(run.elapsedSeconds, 353.965, 0.001);
    EXPECT_NEAR(run.distanceMetres, 588.21, 0.01);
    EXPECT_EQ(run.pointCount, 93);
    ASSERT_TRUE(run.start);
    EXPECT_EQ(run.start->utcOffsetSeconds(), 3600);
    EXPECT_EQ(run.start->toLocalIsoString(), QStringLiteral("2021-02-06T12:03:55"));
    EXPECT_TRUE(run.averageHeartRate);
    EXPECT_TRUE(run.averageCadence);
}

TEST_F(Samples, Fenix5IsInPacificDaylightTime) {
    // python-fitparse test_parsing_fenix_5_run_fit_file: 21 records with HR and cadence; UTC-7.
    const ParsedActivity run = readOne(sample(QStringLiteral("garmin-fenix-5-run.fit")));
    EXPECT_EQ(run.pointCount, 21);
    ASSERT_TRUE(run.start);
    EXPECT_EQ(run.start->utcOffsetSeconds(), -7 * 3600);
    ASSERT_TRUE(run.averageCadence);
    EXPECT_GT(*run.averageCadence, 120);  // doubled from one foot's strides
}

TEST_F(Samples, Fenix2IsANineKilometreRunAtUtcPlusTwo) {
    const ParsedActivity run = readOne(sample(QStringLiteral("activity-small-fenix2-run.fit")));
    EXPECT_EQ(run.pointCount, 2809);
    EXPECT_EQ(run.lapCount, 4);
    EXPECT_NEAR(run.distanceMetres, 9000, 300);
    ASSERT_TRUE(run.start);
    EXPECT_EQ(run.start->utcOffsetSeconds(), 2 * 3600);
}

TEST_F(Samples, Forerunner10TimerLeavesSevenPausesOut) {
    // SOURCES.md: elapsed 1695.2 s, timer 1499.4 s, 10.21 km, 11 laps.
    const ParsedActivity run = readOne(sample(QStringLiteral("garmin-forerunner-10.fit")));
    EXPECT_NEAR(run.timerSeconds, 1499.4, 0.05);
    EXPECT_NEAR(run.elapsedSeconds, 1695.2, 0.05);
    EXPECT_NEAR(run.distanceMetres, 10210, 10);
    EXPECT_EQ(run.lapCount, 11);
    EXPECT_FALSE(run.averageHeartRate);
}

TEST_F(Samples, Forerunner10GpxFromGpsBabelHasSevenSegments) {
    // GPSBabel's expected conversion of the same run: GPX 1.0, 7 segments, 514 points.
    const ParsedActivity run = readOne(sample(QStringLiteral("garmin-forerunner-10-output.gpx")));
    EXPECT_TRUE(run.isRun);
    EXPECT_EQ(run.pointCount, 514);
    EXPECT_NEAR(run.distanceMetres, 10210, 250);
    EXPECT_NEAR(run.timerSeconds, 1499.4, 30);
    EXPECT_GT(run.elapsedSeconds, run.timerSeconds + 150);
}

TEST_F(Samples, LezyneBadEndianFileIsAnErrorNamingTheFile) {
    test::TempJournal journal;
    const QString path =
        sample(QStringLiteral("lezyne_super_gps-garmin_fit-sample-bad-endian.fit"));
    const ImportReport report = importFiles(*journal, {path});
    ASSERT_EQ(report.results.size(), 1u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Error);
    EXPECT_TRUE(report.results[0].message.startsWith(path))
        << report.results[0].message.toStdString();
}

TEST_F(Samples, Forerunner405FootPodRunHasNoPositions) {
    // SportsTracker testForerunner405_Running_Heartrate_RunCadence: 2017-01-16 19:02:00,
    // 1542 s, 5599 m, HR average 173, run cadence average 80 (one foot). Our duration is the
    // sum of the six laps' TotalTimeSeconds, 1552.9 s (the laps end at 19:27:52.9), which
    // SportsTracker's own duration rule puts 11 s lower.
    const ParsedActivity run =
        readOne(sample(QStringLiteral("Forerunner405-Running_CadenceSensor.tcx")));
    EXPECT_NEAR(run.distanceMetres, 5599, 1);
    EXPECT_NEAR(run.timerSeconds, 1552.9, 0.01);
    EXPECT_NEAR(run.timerSeconds, 1542, 11);
    EXPECT_EQ(run.positionCount, 0);
    EXPECT_EQ(run.pointCount, 270);
    EXPECT_EQ(run.lapCount, 6);
    ASSERT_TRUE(run.averageHeartRate);
    EXPECT_NEAR(*run.averageHeartRate, 173, 1);
    ASSERT_TRUE(run.averageCadence);
    EXPECT_NEAR(*run.averageCadence, 160, 2);
    ASSERT_TRUE(run.start);
    EXPECT_EQ(run.start->utcSeconds(),
              QDateTime(QDate(2017, 1, 16), QTime(19, 2), QTimeZone::utc()).toSecsSinceEpoch());
}

TEST_F(Samples, TcxParserTestFileHasThreeLaps) {
    // python-tcxparser test.tcx: 3 laps, 384 trackpoints, 4.69 km, laps 1992.8 s.
    const ParsedActivity run = readOne(sample(QStringLiteral("test.tcx")));
    EXPECT_EQ(run.lapCount, 3);
    EXPECT_EQ(run.pointCount, 384);
    EXPECT_NEAR(run.distanceMetres, 4690, 10);
    EXPECT_NEAR(run.timerSeconds, 1992.8, 0.05);
}

TEST_F(Samples, Fit2TcxHeartRateOf255IsDropped) {
    // GPSBabel's gtrnctr-lap_s.tcx: every HeartRateBpm is 255; TPX in a default namespace.
    const ParsedActivity run = readOne(sample(QStringLiteral("gtrnctr-lap_s.tcx")));
    EXPECT_FALSE(run.averageHeartRate);
    EXPECT_EQ(run.lapCount, 14);
    EXPECT_EQ(run.pointCount, 943);
    EXPECT_NEAR(run.distanceMetres, 10750, 10);
    EXPECT_FALSE(run.averageCadence);  // only a lap MaxRunCadence of 254, another sentinel
}

TEST_F(Samples, GarminConnectCyclingGpxIsSkipped) {
    test::TempJournal journal;
    const ImportReport report =
        importFiles(*journal, {sample(QStringLiteral("garminconnect.gpx"))});
    ASSERT_EQ(report.results.size(), 1u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Skipped);
    EXPECT_TRUE(report.results[0].message.contains(QLatin1String("cycling")));
}

TEST_F(Samples, SuuntoGpxWithMillisecondsAndClueTrustHeartRate) {
    // GoldenCheetah test/rides: Suunto Ambit, 1,405 points, 75 min, fractional heart rates.
    const ParsedActivity run = readOne(sample(QStringLiteral("Move_2014_01_17_09_33_11.gpx")));
    EXPECT_TRUE(run.isRun);
    EXPECT_EQ(run.pointCount, 1405);
    EXPECT_NEAR(run.elapsedSeconds, 75 * 60, 5 * 60);
    ASSERT_TRUE(run.averageHeartRate);
    EXPECT_GT(*run.averageHeartRate, 60);
}

TEST_F(Samples, SuuntoIrregularSamplingIsNoPause) {
    // Points 2 to 6 s apart (one of 1 s) and no gap inside the one segment longer than that:
    // the whole 4509.93 s, 08:33:11.150 to 09:48:21.080 UTC, is moving time.
    const ParsedActivity run = readOne(sample(QStringLiteral("Move_2014_01_17_09_33_11.gpx")));
    EXPECT_NEAR(run.timerSeconds, 4509.93, 0.0005);
    EXPECT_DOUBLE_EQ(run.timerSeconds, run.elapsedSeconds);
}

TEST_F(Samples, SameRunFromFitAndGpsBabelGpxIsADuplicate) {
    test::TempJournal journal;
    const ImportReport report =
        importFiles(*journal, {sample(QStringLiteral("garmin-forerunner-10.fit")),
                               sample(QStringLiteral("garmin-forerunner-10-output.gpx"))});
    ASSERT_EQ(report.results.size(), 2u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Imported)
        << report.results[0].message.toStdString();
    EXPECT_EQ(report.results[1].status, ImportStatus::Duplicate)
        << report.results[1].message.toStdString();
    EXPECT_EQ(report.results[1].runId, report.results[0].runId);
}

TEST_F(Samples, TheWholeFolderImportsWithoutStopping) {
    test::TempJournal journal;
    const ImportReport report = importFiles(*journal, {test::samplesDir()});
    // Every file gets a result: the Lezyne file is the one error, fitparse's records CSV and
    // the cycling GPX are skipped, the Forerunner 10 FIT repeats GPSBabel's GPX of it.
    ASSERT_EQ(report.results.size(), 13u);
    EXPECT_EQ(report.count(ImportStatus::Error), 1);
    EXPECT_EQ(report.count(ImportStatus::Skipped), 2);
    EXPECT_EQ(report.count(ImportStatus::Duplicate), 1);
    EXPECT_EQ(report.count(ImportStatus::Imported), 9);
    auto runs = journal->runs();
    ASSERT_TRUE(runs.hasValue());
    EXPECT_EQ(runs->size(), 9u);
}

}  // namespace
}  // namespace stridelog

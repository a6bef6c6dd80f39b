// SPDX-License-Identifier: GPL-3.0-or-later
// Files whose times are not dates: FIT times below 0x10000000 count seconds since the watch was
// switched on (FIT protocol), and a GPX whose points all carry one instant has no duration.
// Either a real date is found in the file, or the file is refused saying why, never imported
// as a run in 1990 or as "duration must be more than 0".

#include "fit_writer.h"
#include "import_test_support.h"

#include "core/io/import/fit_clock.h"
#include "core/io/import/fit_decoder.h"
#include "core/workflows/importer.h"

#include <QFile>

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using test::powerOnActivityFit;
using test::PowerOnDate;

const QString kNoCalendarDate = QString::fromLatin1(fitNoCalendarDateMessage());

Expected<ParsedActivities> readFit(const QByteArray& bytes) {
    return test::readBytes(bytes, ActivityFormat::Fit);
}

QString localStart(const QByteArray& bytes) {
    const auto read = readFit(bytes);
    EXPECT_TRUE(read.hasValue()) << (read ? std::string() : read.error().toStdString());
    if (!read || read->size() != 1 || !read->front().start) return {};
    return read->front().start->toLocalIsoString();
}

ImportOptions pinned() {
    ImportOptions options;
    return options;
}

TEST(FitClock, BelowTheFirstCalendarTimeIsPowerOnTime) {
    EXPECT_TRUE(isFitPowerOnTime(0x0FFFFFFF));
    EXPECT_FALSE(isFitPowerOnTime(0x10000000));
    EXPECT_TRUE(isFitPowerOnTime(0));
}

TEST(FitClock, ACorrelationTiesPowerOnSecondsToUtc) {
    FitClock clock;
    clock.onTimestamp(1000);
    clock.onCorrelation(0x30000000, 1001);
    const auto real = clock.toCalendar(1000);
    ASSERT_TRUE(real);
    EXPECT_EQ(real->fitSeconds, 0x30000000 - 1);
    EXPECT_FALSE(real->isLocal);
}

TEST(FitClock, NothingRealMeansNoCalendarTime) {
    FitClock clock;
    clock.onTimestamp(1000);
    clock.onFileCreated(900);             // power-on too
    clock.onActivity(1301, 1301 + 7200);  // both power-on
    EXPECT_FALSE(clock.toCalendar(1000));
}

TEST(FitReader, APowerOnFileWithoutARealDateIsRefusedSayingWhy) {
    const auto read = readFit(powerOnActivityFit(PowerOnDate::None));
    ASSERT_FALSE(read.hasValue());
    EXPECT_EQ(read.error(), kNoCalendarDate);
}

TEST(FitReader, ATimestampCorrelationGivesTheRealStart) {
    EXPECT_EQ(localStart(powerOnActivityFit(PowerOnDate::Correlation)),
              QStringLiteral("2024-06-01T07:00:00"));
}

TEST(FitReader, TheActivitysLocalTimeGivesTheRealStart) {
    // Local wall-clock time, placed in the system zone (Berlin: +02:00 in June).
    const auto read = readFit(powerOnActivityFit(PowerOnDate::ActivityLocalTime));
    ASSERT_TRUE(read.hasValue()) << read.error().toStdString();
    ASSERT_TRUE(read->front().start);
    EXPECT_EQ(read->front().start->toLocalIsoString(), QStringLiteral("2024-06-01T07:00:00"));
    EXPECT_EQ(read->front().start->utcSeconds(),
              kFitEpochUnixSeconds + test::powerOnActivityRealStart());
}

TEST(FitReader, FileCreatedGivesTheRealStart) {
    EXPECT_EQ(localStart(powerOnActivityFit(PowerOnDate::FileCreated)),
              QStringLiteral("2024-06-01T07:00:00"));
}

TEST(FitReader, ALaterRealTimeGivesTheStartToWithinOneMessage) {
    // The real time of the first message after the fix is taken to follow the last power-on
    // time directly; the records are a second apart, so the start is off by that second.
    const QByteArray bytes = powerOnActivityFit(PowerOnDate::LaterMessage);
    EXPECT_EQ(localStart(bytes), QStringLiteral("2024-06-01T07:00:01"));
    const auto read = readFit(bytes);
    ASSERT_TRUE(read.hasValue());
    EXPECT_DOUBLE_EQ(read->front().distanceMetres, 1000.0);
    EXPECT_DOUBLE_EQ(read->front().timerSeconds, 250.5);
}

TEST(FitReader, TimesFromTheFirstCalendarSecondOnAreDates) {
    // 0x10000000 s after 1989-12-31 00:00 UTC is 1998-07-03 21:24:16 UTC; the watch is at +2 h.
    EXPECT_EQ(localStart(powerOnActivityFit(PowerOnDate::None, 0x10000000)),
              QStringLiteral("1998-07-03T23:24:16"));
    // Every time below it, the local time of the activity (7,200 s ahead) too.
    const auto below = readFit(powerOnActivityFit(PowerOnDate::None, 0x10000000 - 8000));
    ASSERT_FALSE(below.hasValue());
    EXPECT_EQ(below.error(), kNoCalendarDate);
}

TEST(FitReader, TheCommittedFixturesAreThePowerOnFiles) {
    EXPECT_EQ(test::fixtureBytes(QStringLiteral("power_on_no_date.fit")),
              powerOnActivityFit(PowerOnDate::None));
    EXPECT_EQ(test::fixtureBytes(QStringLiteral("power_on_correlation.fit")),
              powerOnActivityFit(PowerOnDate::Correlation));
}

TEST(Importer, APowerOnFitIsAnErrorAndWritesNothing) {
    test::TempJournal journal;
    const QString path = test::fixturePath(QStringLiteral("power_on_no_date.fit"));
    const ImportReport report = importFiles(*journal, {path}, pinned());
    ASSERT_EQ(report.results.size(), 1u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Error);
    EXPECT_EQ(report.results[0].message, path + QStringLiteral(": ") + kNoCalendarDate);
    EXPECT_TRUE(journal->runs()->empty());
}

TEST(Importer, APowerOnFitWithACorrelationIsImportedOnItsRealDay) {
    test::TempJournal journal;
    const ImportReport report = importFiles(
        *journal, {test::fixturePath(QStringLiteral("power_on_correlation.fit"))}, pinned());
    ASSERT_EQ(report.results.size(), 1u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Imported)
        << report.results[0].message.toStdString();
    const auto runs = journal->runs();
    ASSERT_EQ(runs->size(), 1u);
    EXPECT_EQ(runs->front().start.localDate(), QDate(2024, 6, 1));
}

QByteArray gpxWithTimes(std::initializer_list<const char*> times) {
    QByteArray gpx =
        "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
        "<trk><trkseg>";
    double lat = 50.0;
    for (const char* time : times) {
        gpx += QStringLiteral("<trkpt lat=\"%1\" lon=\"8.0\"><time>%2</time></trkpt>")
                   .arg(lat, 0, 'f', 4)
                   .arg(QString::fromLatin1(time))
                   .toUtf8();
        lat += 0.001;
    }
    return gpx + "</trkseg></trk></gpx>";
}

TEST(GpxReader, PointsAllAtOneInstantAreNoUsableTimes) {
    const auto read = test::readBytes(
        gpxWithTimes({"2024-06-01T05:00:00Z", "2024-06-01T05:00:00Z", "2024-06-01T05:00:00Z"}),
        ActivityFormat::Gpx);
    ASSERT_FALSE(read.hasValue());
    EXPECT_TRUE(read.error().startsWith(QStringLiteral("no usable times")))
        << read.error().toStdString();
}

TEST(GpxReader, ASinglePointIsStillReadAsBefore) {
    const auto read = test::readBytes(gpxWithTimes({"2024-06-01T05:00:00Z"}), ActivityFormat::Gpx);
    ASSERT_TRUE(read.hasValue()) << read.error().toStdString();
    EXPECT_EQ(read->size(), 1u);
}

TEST(GpxReader, OneSecondApartIsAUsableTime) {
    const auto read = test::readBytes(
        gpxWithTimes({"2024-06-01T05:00:00Z", "2024-06-01T05:00:00Z", "2024-06-01T05:00:01Z"}),
        ActivityFormat::Gpx);
    ASSERT_TRUE(read.hasValue()) << read.error().toStdString();
    EXPECT_DOUBLE_EQ(read->front().elapsedSeconds, 1.0);
}

TEST(Importer, AGpxAtOneInstantIsRefusedAsNoUsableTimesNotAsAZeroDuration) {
    test::TempJournal journal;
    const QString path =
        journal.write(QStringLiteral("one_instant.gpx"),
                      gpxWithTimes({"2024-06-01T05:00:00Z", "2024-06-01T05:00:00Z"}));
    const ImportReport report = importFiles(*journal, {path}, pinned());
    ASSERT_EQ(report.results.size(), 1u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Error);
    EXPECT_TRUE(report.results[0].message.contains(QLatin1String("no usable times")));
    EXPECT_FALSE(report.results[0].message.contains(QLatin1String("duration must be")));
    EXPECT_TRUE(journal->runs()->empty());
}

}  // namespace
}  // namespace stridelog

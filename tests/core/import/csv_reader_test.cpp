// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_test_support.h"

#include "core/io/import/csv_rows.h"
#include "core/io/import/garmin_csv_reader.h"
#include "core/io/import/strava_csv_reader.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QTimeZone>

namespace stridelog {
namespace {

ParsedActivities readFixture(const QString& name) {
    auto file = readActivityFile(test::fixturePath(name));
    EXPECT_TRUE(file.hasValue());
    return file ? file->activities : ParsedActivities{};
}

TEST(CsvRows, QuotedFieldsKeepCommasQuotesAndLineBreaks) {
    QBuffer buffer;
    buffer.setData(
        "\xEF\xBB\xBF"
        "a,b\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\n\n1,2");
    buffer.open(QIODevice::ReadOnly);
    CsvRows rows(buffer);
    EXPECT_EQ(rows.next(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(rows.next(),
              (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\"\nthere")}));
    EXPECT_EQ(rows.next(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    EXPECT_FALSE(rows.next());
    EXPECT_TRUE(rows.error().isEmpty());
}

TEST(CsvRows, AnUnclosedQuoteIsAnError) {
    QBuffer buffer;
    buffer.setData("a,b\n\"never closed,1\n2,3\n");
    buffer.open(QIODevice::ReadOnly);
    CsvRows rows(buffer);
    EXPECT_TRUE(rows.next());
    EXPECT_FALSE(rows.next());
    EXPECT_FALSE(rows.error().isEmpty());
}

TEST(StravaCsv, ReadsEveryRowWithMetresMovingTimeAndDoubledCadence) {
    const ParsedActivities all = readFixture(QStringLiteral("strava/activities.csv"));
    ASSERT_EQ(all.size(), 3u);
    const ParsedActivity& easy = all[0];
    EXPECT_EQ(easy.activityId, QStringLiteral("1001"));
    EXPECT_TRUE(easy.isRun);
    EXPECT_DOUBLE_EQ(easy.distanceMetres, 5012.3);  // the metres column, not 5.01 km
    EXPECT_DOUBLE_EQ(easy.timerSeconds, 1800.0);
    EXPECT_DOUBLE_EQ(easy.elapsedSeconds, 1900.0);
    EXPECT_EQ(easy.averageHeartRate, 142.4);
    EXPECT_EQ(easy.averageCadence, 169.0);
    EXPECT_EQ(easy.gear, QStringLiteral("Pegasus Blue"));
    ASSERT_TRUE(easy.start);
    EXPECT_EQ(easy.start->utcSeconds(),
              QDateTime(QDate(2024, 1, 5), QTime(6, 30, 12), QTimeZone::utc()).toSecsSinceEpoch());
    EXPECT_FALSE(all[1].isRun);  // Ride
    EXPECT_EQ(all[2].surface, Surface::Trail);
    EXPECT_EQ(all[2].name, QStringLiteral("Trail, with \"hills\""));
    EXPECT_FALSE(all[2].averageCadence);
}

TEST(StravaCsv, DatesInEitherForm) {
    const auto expected =
        QDateTime(QDate(2021, 1, 5), QTime(18, 30, 12), QTimeZone::utc()).toSecsSinceEpoch();
    EXPECT_EQ(parseStravaDate(QStringLiteral("Jan 5, 2021, 6:30:12 PM")), expected);
    EXPECT_EQ(parseStravaDate(QString::fromUtf8("Jan 5, 2021, 6:30:12\u202FPM")), expected);
    EXPECT_EQ(parseStravaDate(QStringLiteral("2021-01-05 18:30:12")), expected);
    EXPECT_EQ(parseStravaDate(QStringLiteral("Jan 5, 2021 6:30:12 PM")), expected);
    EXPECT_FALSE(parseStravaDate(QStringLiteral("yesterday")));
    EXPECT_FALSE(parseStravaDate(QStringLiteral("Jan 5, 2021, 25:30:12 PM")));
}

// The export's times are UTC; one in the hour the local clock skips (tests run in
// Europe/Berlin, which went from 02:00 to 03:00 on 2020-03-29) is still a time.
TEST(StravaCsv, ATimeInTheLocalSummerTimeGapIsRead) {
    EXPECT_EQ(parseStravaDate(QStringLiteral("Mar 29, 2020, 2:30:00 AM")),
              QDateTime(QDate(2020, 3, 29), QTime(2, 30), QTimeZone::utc()).toSecsSinceEpoch());
}

TEST(StravaCsv, ShoesCsvNamesThePairs) {
    auto file = readActivityFile(test::fixturePath(QStringLiteral("strava/activities.csv")));
    ASSERT_TRUE(file.hasValue());
    ASSERT_EQ(file->shoes.size(), 2u);
    EXPECT_EQ(file->shoes[0].displayName(), QStringLiteral("Pegasus Blue"));
    EXPECT_EQ(file->shoes[1].displayName(), QStringLiteral("Hoka Speedgoat 5"));
    EXPECT_TRUE(file->shoes[1].matches(QStringLiteral("hoka speedgoat 5")));
}

TEST(GarminCsv, ReadsRunsWithLocalStartAndStepsPerMinute) {
    const ParsedActivities all = readFixture(QStringLiteral("garmin_activities.csv"));
    ASSERT_EQ(all.size(), 3u);
    const ParsedActivity& run = all[0];
    EXPECT_TRUE(run.isRun);
    EXPECT_DOUBLE_EQ(run.distanceMetres, 10020.0);
    EXPECT_DOUBLE_EQ(run.timerSeconds, 51 * 60 + 40);
    EXPECT_DOUBLE_EQ(run.elapsedSeconds, 53 * 60);
    EXPECT_EQ(run.averageHeartRate, 148.0);
    EXPECT_EQ(run.averageCadence, 166.0);  // Garmin Connect already counts both feet
    EXPECT_EQ(run.start->toLocalIsoString(), QStringLiteral("2024-04-02T07:15:30"));
    EXPECT_EQ(all[1].surface, Surface::Treadmill);
    EXPECT_DOUBLE_EQ(all[1].timerSeconds, 27 * 60 + 30.5);
    EXPECT_FALSE(all[1].averageHeartRate);  // "--"
    EXPECT_FALSE(all[2].isRun);
}

TEST(GarminCsv, ClockDurations) {
    EXPECT_EQ(parseClockDuration(QStringLiteral("1:02:03")), 3723.0);
    EXPECT_EQ(parseClockDuration(QStringLiteral("45:12.5")), 2712.5);
    EXPECT_FALSE(parseClockDuration(QStringLiteral("--")));
    EXPECT_FALSE(parseClockDuration(QStringLiteral("1:2:3:4")));
}

TEST(CsvFormat, HeaderDecidesWhichExportItIs) {
    EXPECT_EQ(detectFormat(QStringLiteral("x.csv"), "Activity ID,Activity Date,Activity Type\n"),
              ActivityFormat::StravaCsv);
    EXPECT_EQ(detectFormat(QStringLiteral("x.csv"), "Activity Type,Date,Title,Distance\n"),
              ActivityFormat::GarminCsv);
    EXPECT_EQ(detectFormat(QStringLiteral("x.csv"), "Shoe Name,Shoe Brand\n"),
              ActivityFormat::StravaShoesCsv);
    EXPECT_EQ(detectFormat(QStringLiteral("x.csv"), "timestamp,heart_rate\n"),
              ActivityFormat::Unknown);
    EXPECT_EQ(detectFormat(QStringLiteral("x.dat"),
                           QByteArray("\x0e\x10\x00\x00\x00\x00\x00\x00.FIT", 12)),
              ActivityFormat::Fit);
}

}  // namespace
}  // namespace stridelog

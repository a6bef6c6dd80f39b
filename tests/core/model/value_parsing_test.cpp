// SPDX-License-Identifier: GPL-3.0-or-later
// CLI.md "Values": every form the command line accepts, and what it refuses.

#include "core/model/value_parsing.h"
#include "core/model/unit_text.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

std::int64_t metres(const char* text) {
    const auto distance = parseDistance(QString::fromUtf8(text));
    EXPECT_TRUE(distance.hasValue()) << text;
    return distance ? distance->metres() : -1;
}

std::int64_t seconds(const char* text) {
    const auto duration = parseDuration(QString::fromUtf8(text));
    EXPECT_TRUE(duration.hasValue()) << text;
    return duration ? duration->seconds() : -1;
}

TEST(ParseDistance, NoUnitMeansKilometres) {
    EXPECT_EQ(metres("10.2"), 10'200);
}

TEST(ParseDistance, KilometresAreExactDecimals) {
    EXPECT_EQ(metres("10.2km"), 10'200);
    EXPECT_EQ(metres("0.001km"), 1);
}

TEST(ParseDistance, MilesRoundToTheNearestMetre) {
    EXPECT_EQ(metres("6.3mi"), 10'139);  // 6.3 x 1609.344 m = 10,138.87 m
    EXPECT_EQ(metres("1mi"), 1'609);
}

TEST(ParseDistance, MetresAreMetres) {
    EXPECT_EQ(metres("800m"), 800);
}

TEST(ParseDistance, RejectsNegativeWordsUnknownUnitsAndEmpty) {
    for (const char* text : {"-1", "abc", "10.2 furlongs", "", "10,2"}) {
        const auto distance = parseDistance(QString::fromUtf8(text));
        ASSERT_FALSE(distance.hasValue()) << text;
        EXPECT_TRUE(distance.error().contains(QLatin1String("10.2km")))
            << distance.error().toStdString();
    }
}

TEST(ParseDuration, MinutesAndSeconds) {
    EXPECT_EQ(seconds("55:10"), 55 * 60 + 10);
}

TEST(ParseDuration, HoursMinutesAndSeconds) {
    EXPECT_EQ(seconds("1:02:03"), 3723);
}

TEST(ParseDuration, UnitForms) {
    EXPECT_EQ(seconds("45m"), 2700);
    EXPECT_EQ(seconds("1h2m"), 3720);
    EXPECT_EQ(seconds("3600s"), 3600);
}

TEST(ParseDuration, RejectsSixtyMinutesAndSingleDigitSeconds) {
    for (const char* text : {"1:60:00", "5:7", "", "abc", "-5m"}) {
        const auto duration = parseDuration(QString::fromUtf8(text));
        ASSERT_FALSE(duration.hasValue()) << text;
        EXPECT_TRUE(duration.error().contains(QLatin1String("55:10")));
    }
}

TEST(ParsePainDuration, HoursAndDays) {
    EXPECT_EQ(parsePainDuration(QStringLiteral("3h"))->value().seconds(), 3 * 3600);
    EXPECT_EQ(parsePainDuration(QStringLiteral("36h"))->value().seconds(), 36 * 3600);
    EXPECT_EQ(parsePainDuration(QStringLiteral("2d"))->value().seconds(), 48 * 3600);
}

TEST(ParsePainDuration, OngoingHasNoDuration) {
    const auto lasted = parsePainDuration(QStringLiteral("ongoing"));
    ASSERT_TRUE(lasted.hasValue());
    EXPECT_FALSE(lasted->has_value());
}

TEST(ParsePainDuration, RejectsOtherWordsNamingTheForms) {
    const auto lasted = parsePainDuration(QStringLiteral("a while"));
    ASSERT_FALSE(lasted.hasValue());
    EXPECT_TRUE(lasted.error().contains(QLatin1String("ongoing")));
}

TEST(ParseDate, ReadsIsoDates) {
    EXPECT_EQ(*parseDate(QStringLiteral("2026-03-14")), QDate(2026, 3, 14));
}

TEST(ParseDate, RejectsDaysThatDoNotExistAndOtherShapes) {
    for (const char* text : {"2026-02-30", "2026-13-01", "2026-3-14", "14.03.2026", ""}) {
        const auto date = parseDate(QString::fromUtf8(text));
        ASSERT_FALSE(date.hasValue()) << text;
        EXPECT_TRUE(date.error().contains(QLatin1String("YYYY-MM-DD")));
    }
}

TEST(ParseTime, ReadsHoursAndMinutes) {
    EXPECT_EQ(*parseTime(QStringLiteral("07:30")), QTime(7, 30));
}

TEST(ParseTime, RejectsImpossibleTimesAndOtherShapes) {
    for (const char* text : {"24:00", "07:60", "7:30", "0730", ""}) {
        const auto time = parseTime(QString::fromUtf8(text));
        ASSERT_FALSE(time.hasValue()) << text;
        EXPECT_TRUE(time.error().contains(QLatin1String("HH:MM")));
    }
}

TEST(ParseInstant, BareDateMeansMidnightStartingTheNextLocalDay) {
    const auto parsed = parseInstant(QStringLiteral("2026-03-14"));
    ASSERT_TRUE(parsed.hasValue());
    EXPECT_TRUE(parsed->bareDate);
    EXPECT_EQ(parsed->instant, Instant::fromLocal(QDate(2026, 3, 15), QTime(0, 0)));
}

TEST(ParseInstant, TAndSpaceFormsAreTheSameLocalTime) {
    const auto withT = parseInstant(QStringLiteral("2026-03-14T07:30"));
    const auto withSpace = parseInstant(QStringLiteral("2026-03-14 07:30"));
    ASSERT_TRUE(withT.hasValue());
    ASSERT_TRUE(withSpace.hasValue());
    EXPECT_FALSE(withT->bareDate);
    EXPECT_EQ(withT->instant, withSpace->instant);
    EXPECT_EQ(withT->instant.toLocalIsoString(), QStringLiteral("2026-03-14T07:30:00"));
    EXPECT_EQ(withT->instant.utcOffsetSeconds(), 3600);  // CET in Europe/Berlin
}

TEST(ParseInstant, RejectsOtherShapesNamingTheForms) {
    for (const char* text : {"2026-03-14T7:30", "2026-02-30", "yesterday", "2026-03-14T07:30:00"}) {
        const auto parsed = parseInstant(QString::fromUtf8(text));
        ASSERT_FALSE(parsed.hasValue()) << text;
        EXPECT_TRUE(parsed.error().contains(QLatin1String("2026-03-14T07:30")));
    }
}

TEST(ParseWholeNumber, NamesTheAcceptedRange) {
    EXPECT_EQ(*parseWholeNumber(QStringLiteral("7"), QStringLiteral("rpe"), 1, 10), 7);
    const auto tooBig = parseWholeNumber(QStringLiteral("11"), QStringLiteral("rpe"), 1, 10);
    ASSERT_FALSE(tooBig.hasValue());
    EXPECT_TRUE(tooBig.error().contains(QLatin1String("from 1 to 10")));
}

TEST(ParseKilometres, ReadsWholeAndDecimalKilometres) {
    EXPECT_EQ(parseKilometres(QStringLiteral("250.5"), QStringLiteral("start km"))->metres(),
              250'500);
    EXPECT_FALSE(parseKilometres(QStringLiteral("-3"), QStringLiteral("start km")).hasValue());
}

// Where the language writes a decimal comma, the comma is a decimal point too.
TEST(ParseDistance, ReadsTheGermanDecimalCommaAndPoint) {
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(parseDistance(QStringLiteral("5,2"), german)->metres(), 5'200);
    EXPECT_EQ(parseDistance(QStringLiteral("5.2"), german)->metres(), 5'200);
    EXPECT_EQ(parseDistance(QStringLiteral("6,3mi"), german)->metres(), 10'139);
    EXPECT_EQ(
        parseKilometres(QStringLiteral("250,5"), QStringLiteral("start km"), german)->metres(),
        250'500);
}

TEST(ParseDistance, AGermanRefusalNamesTheCommaAndThePoint) {
    const QLocale german(QLocale::German, QLocale::Germany);
    const auto distance = parseDistance(QStringLiteral("5,2,1"), german);
    ASSERT_FALSE(distance.hasValue());
    EXPECT_TRUE(distance.error().contains(QLatin1String("10,2 or 10.2")))
        << distance.error().toStdString();
    const auto limit = parseKilometres(QStringLiteral("x"), QStringLiteral("limit"), german);
    ASSERT_FALSE(limit.hasValue());
    EXPECT_TRUE(limit.error().contains(QLatin1String("250,5 or 250.5")))
        << limit.error().toStdString();
}

TEST(ParseDistance, InEnglishACommaStaysAMistake) {
    const auto distance = parseDistance(QStringLiteral("5,2"), QLocale::c());
    ASSERT_FALSE(distance.hasValue());
    EXPECT_FALSE(distance.error().contains(QLatin1String("10,2")));
}

TEST(ParseDistance, ABareNumberIsInTheRunnersUnit) {
    EXPECT_EQ(parseDistance(QStringLiteral("6.3"), UnitSystem::Miles)->metres(), 10'139);
    EXPECT_EQ(parseDistance(QStringLiteral("10km"), UnitSystem::Miles)->metres(), 10'000);
    EXPECT_EQ(parseDistance(QStringLiteral("800m"), UnitSystem::Miles)->metres(), 800);
    EXPECT_EQ(parseDistance(QStringLiteral("6.3"), UnitSystem::Kilometres)->metres(), 6'300);
}

TEST(FormatDuration, ShowsHoursOnlyWhenThereAreAny) {
    EXPECT_EQ(formatDuration(Duration::fromSeconds(3723)), QStringLiteral("1:02:03"));
    EXPECT_EQ(formatDuration(Duration::fromSeconds(3310)), QStringLiteral("55:10"));
    EXPECT_EQ(formatDuration(Duration::fromSeconds(5)), QStringLiteral("0:05"));
}

TEST(FormatPace, MinutesAndTwoDigitSeconds) {
    EXPECT_EQ(formatPace(310), QStringLiteral("5:10"));
    EXPECT_EQ(formatPace(120), QStringLiteral("2:00"));
    EXPECT_EQ(formatPace(605), QStringLiteral("10:05"));
}

TEST(ParseInstant, ABareDateIsTheEndOfThatDayAndATimeIsExact) {
    const auto bare = parseInstant(QStringLiteral("2026-03-08"));
    ASSERT_TRUE(bare);
    EXPECT_TRUE(bare->asOf.isEndOfDay());
    EXPECT_EQ(bare->asOf.day(), QDate(2026, 3, 8));
    const Instant mondayMidnight = Instant::fromLocal(QDate(2026, 3, 9), QTime(0, 0));
    EXPECT_FALSE(bare->asOf.counts(mondayMidnight));

    const auto exact = parseInstant(QStringLiteral("2026-03-09T00:00"));
    ASSERT_TRUE(exact);
    EXPECT_FALSE(exact->asOf.isEndOfDay());
    EXPECT_EQ(exact->asOf.day(), QDate(2026, 3, 9));
    EXPECT_TRUE(exact->asOf.counts(mondayMidnight));
}

}  // namespace
}  // namespace stridelog

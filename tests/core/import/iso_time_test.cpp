// SPDX-License-Identifier: GPL-3.0-or-later
// The track-point time parser against QDateTime, which it replaces on the hot path: the same
// UTC milliseconds for every form GPX and TCX write, across leap years and century years.

#include "core/io/import/iso_time.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QTimeZone>

namespace stridelog {
namespace {

// What QDateTime makes of the text; a text without a zone is read as UTC, as GPX defines it.
std::optional<std::int64_t> qtMilliseconds(const QString& text, bool hasZone) {
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) return std::nullopt;
    if (!hasZone) parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    return parsed.toMSecsSinceEpoch();
}

void expectSameAsQt(const QString& text, bool hasZone) {
    const auto ours = parseIsoTime(text);
    const auto qt = qtMilliseconds(text, hasZone);
    ASSERT_TRUE(qt) << text.toStdString();
    ASSERT_TRUE(ours) << text.toStdString();
    EXPECT_EQ(ours->utcMilliseconds, *qt) << text.toStdString();
}

TEST(IsoTime, AgreesWithQDateTimeOverTwoCenturiesInEveryForm) {
    // A start 1900-01-01 and a step of 3 days 7 h 13 min 17.123 s visit every month, hour and
    // minute many times, and land on many 29 Februaries.
    const QDateTime first(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
    const std::int64_t step = ((3 * 24 + 7) * 3600 + 13 * 60 + 17) * 1000 + 123;
    const QStringList zones = {QStringLiteral("Z"),      QStringLiteral("+01:00"),
                               QStringLiteral("-05:30"), QStringLiteral("+14:00"),
                               QStringLiteral("-12:00"), QString()};
    int cases = 0;
    for (std::int64_t at = first.toMSecsSinceEpoch(); at < 4102444800000; at += step) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
        const QString zone = zones[cases % zones.size()];
        const QString date = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        const QString millis = utc.toString(QStringLiteral(".zzz"));
        expectSameAsQt(date + zone, !zone.isEmpty());
        expectSameAsQt(date + millis + zone, !zone.isEmpty());
        ++cases;
    }
    EXPECT_GT(cases, 20000);
}

TEST(IsoTime, LeapDaysExistOnlyInLeapYears) {
    for (const char* text :
         {"2024-02-29T12:00:00Z", "2000-02-29T12:00:00Z", "1996-02-29T23:59:59.999Z"})
        expectSameAsQt(QString::fromLatin1(text), true);
    for (const char* text : {"2023-02-29T12:00:00Z", "1900-02-29T12:00:00Z", "2100-02-29T12:00:00Z",
                             "2024-04-31T12:00:00Z", "2024-02-30T12:00:00Z"})
        EXPECT_FALSE(parseIsoTime(QString::fromLatin1(text))) << text;
}

TEST(IsoTime, FractionsOfOneToThreeDigitsAreMilliseconds) {
    EXPECT_EQ(parseIsoTime(u"1970-01-01T00:00:01.5Z")->utcMilliseconds, 1500);
    EXPECT_EQ(parseIsoTime(u"1970-01-01T00:00:01.25Z")->utcMilliseconds, 1250);
    EXPECT_EQ(parseIsoTime(u"1970-01-01T00:00:01.125Z")->utcMilliseconds, 1125);
    // Suunto writes more digits: kept to the millisecond, not rounded up into the next one.
    EXPECT_EQ(parseIsoTime(u"1970-01-01T00:00:01.1259Z")->utcMilliseconds, 1125);
    EXPECT_EQ(parseIsoTime(u"1970-01-01T00:00:01,5Z")->utcMilliseconds, 1500);
}

TEST(IsoTime, OffsetIsKeptOnlyWhenTheTextGivesOne) {
    const auto east = parseIsoTime(u"2024-05-04T08:00:00+02:00");
    ASSERT_TRUE(east);
    EXPECT_EQ(east->offsetSeconds, 7200);
    EXPECT_EQ(east->utcMilliseconds, parseIsoTime(u"2024-05-04T06:00:00Z")->utcMilliseconds);
    EXPECT_EQ(parseIsoTime(u"2024-05-04T08:00:00-0330")->offsetSeconds, -(3 * 3600 + 30 * 60));
    EXPECT_FALSE(parseIsoTime(u"2024-05-04T06:00:00Z")->offsetSeconds);
    EXPECT_FALSE(parseIsoTime(u"2024-05-04T06:00:00")->offsetSeconds);
    // Spaces around the text (pretty-printed XML) do not matter; a space for the T is accepted.
    EXPECT_TRUE(parseIsoTime(u"\n   2024-05-04 06:00:00Z  "));
}

TEST(IsoTime, MalformedTextIsRefused) {
    for (const char* text :
         {"", "2024", "2024-05-04", "2024-05-04T06:00Z", "2024-13-01T00:00:00Z",
          "2024-00-10T00:00:00Z", "2024-05-00T00:00:00Z", "2024-05-04T24:00:00Z",
          "2024-05-04T06:60:00Z", "2024-05-04T06:00:00Zjunk", "2024-05-04T06:00:00+19:00",
          "2024-05-04T06:00:00+01:60", "２024-05-04T06:00:00Z", "2024-05-04T06:00:00.Z"})
        EXPECT_FALSE(parseIsoTime(QString::fromUtf8(text))) << text;
}

}  // namespace
}  // namespace stridelog

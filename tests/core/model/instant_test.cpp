// SPDX-License-Identifier: GPL-3.0-or-later
// Instants keep the offset they were recorded in (DESIGN.md). These tests run with
// TZ=Europe/Berlin: CET (+01:00), CEST (+02:00) from 2026-03-29 02:00 to 2026-10-25 03:00.

#include "core/model/instant.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

constexpr int kCet = 3600;
constexpr int kCest = 7200;

TEST(Instant, FromLocalTakesTheOffsetInForceThen) {
    EXPECT_EQ(Instant::fromLocal(QDate(2026, 3, 29), QTime(1, 30)).utcOffsetSeconds(), kCet);
    EXPECT_EQ(Instant::fromLocal(QDate(2026, 3, 29), QTime(3, 30)).utcOffsetSeconds(), kCest);
    EXPECT_EQ(Instant::fromLocal(QDate(2026, 10, 25), QTime(1, 0)).utcOffsetSeconds(), kCest);
    EXPECT_EQ(Instant::fromLocal(QDate(2026, 10, 25), QTime(4, 0)).utcOffsetSeconds(), kCet);
}

TEST(Instant, TheDaySummerTimeStartsHas23Hours) {
    const Instant start = Instant::fromLocal(QDate(2026, 3, 29), QTime(0, 0));
    const Instant end = Instant::fromLocal(QDate(2026, 3, 30), QTime(0, 0));
    EXPECT_EQ(start.secondsUntil(end), 23 * 3600);
}

TEST(Instant, TheDaySummerTimeEndsHas25Hours) {
    const Instant start = Instant::fromLocal(QDate(2026, 10, 25), QTime(0, 0));
    const Instant end = Instant::fromLocal(QDate(2026, 10, 26), QTime(0, 0));
    EXPECT_EQ(start.secondsUntil(end), 25 * 3600);
}

TEST(Instant, LocalDateAcrossTheSpringChange) {
    // 23:30 on 2026-03-29 is CEST: still the 29th, though 21:30 UTC.
    const Instant lateEvening = Instant::fromLocal(QDate(2026, 3, 29), QTime(23, 30));
    EXPECT_EQ(lateEvening.localDate(), QDate(2026, 3, 29));
    EXPECT_EQ(lateEvening.toLocalIsoString(), QStringLiteral("2026-03-29T23:30:00"));
    // 00:30 on 2026-03-29 is CET, the 28th in UTC.
    const Instant afterMidnight = Instant::fromLocal(QDate(2026, 3, 29), QTime(0, 30));
    EXPECT_EQ(afterMidnight.localDate(), QDate(2026, 3, 29));
    EXPECT_EQ(afterMidnight.localDateTime().toUTC().date(), QDate(2026, 3, 28));
}

TEST(Instant, LocalDateAcrossTheAutumnChange) {
    const Instant lateEvening = Instant::fromLocal(QDate(2026, 10, 25), QTime(23, 30));
    EXPECT_EQ(lateEvening.utcOffsetSeconds(), kCet);
    EXPECT_EQ(lateEvening.localDate(), QDate(2026, 10, 25));
    const Instant early = Instant::fromLocal(QDate(2026, 10, 25), QTime(0, 30));
    EXPECT_EQ(early.utcOffsetSeconds(), kCest);
    EXPECT_EQ(early.localDate(), QDate(2026, 10, 25));
    EXPECT_EQ(early.localDateTime().toUTC().date(), QDate(2026, 10, 24));
}

TEST(Instant, ComparisonIgnoresTheOffset) {
    EXPECT_EQ(Instant(1'000'000, 0), Instant(1'000'000, 9 * 3600));
    EXPECT_LT(Instant(1'000'000, 9 * 3600), Instant(1'000'001, 0));
    EXPECT_GT(Instant(1'000'001, -5 * 3600), Instant(1'000'000, 0));
}

TEST(Instant, ARunRecordedAtPlusNineKeepsItsOwnLocalDay) {
    // 2026-03-14 20:00 UTC: 21:00 on the 14th in Berlin, 05:00 on the 15th in Tokyo.
    const std::int64_t utc =
        QDateTime(QDate(2026, 3, 14), QTime(20, 0), Qt::UTC).toSecsSinceEpoch();
    const Instant tokyo(utc, 9 * 3600);
    EXPECT_EQ(tokyo.localDate(), QDate(2026, 3, 15));
    EXPECT_EQ(tokyo.toLocalIsoString(), QStringLiteral("2026-03-15T05:00:00"));
    EXPECT_EQ(Instant::fromLocal(QDateTime::fromSecsSinceEpoch(utc)).localDate(),
              QDate(2026, 3, 14));
}

TEST(Instant, EndOfLocalDayIsMidnightStartingTheNextDay) {
    EXPECT_EQ(Instant::endOfLocalDay(QDate(2026, 3, 28)),
              Instant::fromLocal(QDate(2026, 3, 29), QTime(0, 0)));
    EXPECT_EQ(Instant::endOfLocalDay(QDate(2026, 3, 29)).utcOffsetSeconds(), kCest);
}

TEST(Instant, PlusSecondsKeepsTheOffset) {
    const Instant start(1'000'000, 9 * 3600);
    const Instant later = start.plusSeconds(3600);
    EXPECT_EQ(later.utcSeconds(), 1'003'600);
    EXPECT_EQ(later.utcOffsetSeconds(), 9 * 3600);
    EXPECT_EQ(start.secondsUntil(later), 3600);
}

TEST(Instant, FromDateTimeKeepsAnExplicitOffset) {
    const QDateTime newYork(QDate(2026, 3, 14), QTime(6, 0), Qt::OffsetFromUTC, -4 * 3600);
    const Instant instant = Instant::fromDateTime(newYork);
    EXPECT_EQ(instant.utcOffsetSeconds(), -4 * 3600);
    EXPECT_EQ(instant.toLocalIsoString(), QStringLiteral("2026-03-14T06:00:00"));
}

}  // namespace
}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
// Distances and durations are whole metres and seconds (RULES.md, Definitions).

#include "core/model/units.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using namespace literals;

TEST(Units, LiteralsAreWholeMetresAndSeconds) {
    EXPECT_EQ((10_km).metres(), 10'000);
    EXPECT_EQ((800_m).metres(), 800);
    EXPECT_EQ((90_s).seconds(), 90);
    EXPECT_EQ((45_min).seconds(), 2'700);
    EXPECT_EQ((2_h).seconds(), 7'200);
    EXPECT_EQ((1_d).seconds(), 86'400);
}

TEST(Units, ArithmeticStaysInWholeUnits) {
    Distance total = 10_km;
    total += 800_m;
    EXPECT_EQ(total.metres(), 10'800);
    EXPECT_EQ((total - 1_km).metres(), 9'800);
    EXPECT_EQ((1_h + 30_min).seconds(), 5'400);
    EXPECT_LT(999_m, 1_km);
}

TEST(Units, KilometresAreForDisplayOnly) {
    EXPECT_DOUBLE_EQ(Distance::fromMetres(10'139).km(), 10.139);
    EXPECT_DOUBLE_EQ((90_min).hours(), 1.5);
}

TEST(Pace, IsSecondsPerKilometre) {
    EXPECT_EQ(paceSecondsPerKm(10_km, 55_min), 330);
    EXPECT_EQ(paceSecondsPerKm(10_km, Duration::fromSeconds(1200)), 120);
}

TEST(Pace, RoundsToTheNearestSecondHalvesUp) {
    EXPECT_EQ(paceSecondsPerKm(3_km, Duration::fromSeconds(1000)), 333);  // 333.3
    EXPECT_EQ(paceSecondsPerKm(3_km, Duration::fromSeconds(1001)), 334);  // 333.7
    EXPECT_EQ(paceSecondsPerKm(2_km, Duration::fromSeconds(601)), 301);   // 300.5
}

TEST(Pace, IsZeroForNoDistance) {
    EXPECT_EQ(paceSecondsPerKm(0_m, 30_min), 0);
}

TEST(Units, AMileIsExactly1609344Millimetres) {
    EXPECT_EQ(kMillimetresPerMile, 1'609'344);
}

}  // namespace
}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
// Kilometres and miles, and how distances and paces are written (core/model/unit_text.h):
// one conversion, one rounding, each boundary tried on both sides.

#include "core/model/unit_text.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using namespace literals;

const QLocale kGerman(QLocale::German, QLocale::Germany);

Duration seconds(std::int64_t count) {
    return Duration::fromSeconds(count);
}

TEST(UnitConversion, AMileIsTheExactStatuteMile) {
    EXPECT_DOUBLE_EQ(kMetresPerMile, 1609.344);
    EXPECT_DOUBLE_EQ(distanceIn(Distance::fromMetres(1'609'344), UnitSystem::Miles), 1000.0);
    EXPECT_DOUBLE_EQ(distanceIn(10_km, UnitSystem::Kilometres), 10.0);
    EXPECT_DOUBLE_EQ(kmIn(1.609344, UnitSystem::Miles), 1.0);
    EXPECT_DOUBLE_EQ(kmIn(7.5, UnitSystem::Kilometres), 7.5);
}

// The defect this module ends: the per-mile pace came from the rounded per-km pace.
TEST(PaceIn, FiveKilometresIn25_06Is8_05PerMile) {
    EXPECT_EQ(paceSecondsIn(5_km, seconds(1506), UnitSystem::Kilometres), 301);  // 301.2
    EXPECT_EQ(paceSecondsIn(5_km, seconds(1506), UnitSystem::Miles), 485);       // 484.73
    EXPECT_EQ(UnitText::plain(UnitSystem::Miles).paceWithUnit(5_km, seconds(1506)),
              QStringLiteral("8:05/mi"));
    EXPECT_EQ(UnitText::plain(UnitSystem::Kilometres).paceWithUnit(5_km, seconds(1506)),
              QStringLiteral("5:01/km"));
}

TEST(PaceIn, RoundsToTheNearestSecondOnBothSidesOfTheHalf) {
    // 2 km in 597 s is exactly 298.5 s/km: halves go up; 596 s is 298.0.
    EXPECT_EQ(paceSecondsIn(2_km, seconds(597), UnitSystem::Kilometres), 299);
    EXPECT_EQ(paceSecondsIn(2_km, seconds(596), UnitSystem::Kilometres), 298);
    // 5 mi is stored as 8047 m: 2413 s over it is 482.58 s/mi (483), 2412 s is 482.38 (482).
    const Distance fiveMiles = Distance::fromMetres(8'047);
    EXPECT_EQ(paceSecondsIn(fiveMiles, seconds(2413), UnitSystem::Miles), 483);
    EXPECT_EQ(paceSecondsIn(fiveMiles, seconds(2412), UnitSystem::Miles), 482);
}

TEST(PaceIn, PerMileRoundsOnceAroundTheHalf) {
    // 125 mi is exactly 201168 m: 60063 s over it is 480.504 s/mi, 60062 s is 480.496 s/mi;
    // 60062.5 s would be exactly 480.5, and whole seconds can only sit either side of it.
    const Distance miles125 = Distance::fromMetres(201'168);
    EXPECT_EQ(paceSecondsIn(miles125, seconds(60'063), UnitSystem::Miles), 481);
    EXPECT_EQ(paceSecondsIn(miles125, seconds(60'062), UnitSystem::Miles), 480);
}

TEST(PaceIn, NoDistanceOrNoTimeHasNoPace) {
    EXPECT_EQ(paceSecondsIn(0_m, 30_min, UnitSystem::Miles), 0);
    EXPECT_EQ(UnitText::plain(UnitSystem::Miles).pace(0_m, 30_min), QString());
    EXPECT_EQ(UnitText::plain(UnitSystem::Miles).pace(5_km, seconds(0)), QString());
    EXPECT_EQ(UnitText::plain(UnitSystem::Miles).paceWithUnit(0_m, 30_min), QString());
}

TEST(UnitText, DistancesHaveTheAskedDecimalsAndTheUnit) {
    const UnitText km = UnitText::plain(UnitSystem::Kilometres);
    EXPECT_EQ(km.distance(Distance::fromMetres(10'200)), QStringLiteral("10.20 km"));
    EXPECT_EQ(km.distance(Distance::fromMetres(10'200), 1), QStringLiteral("10.2 km"));
    EXPECT_EQ(km.distanceNumber(Distance::fromMetres(10'200)), QStringLiteral("10.20"));
    const UnitText mi = UnitText::plain(UnitSystem::Miles);
    EXPECT_EQ(mi.distance(10_km), QStringLiteral("6.21 mi"));
    EXPECT_EQ(mi.amount(3.45, 1), QStringLiteral("3.5 mi"));
}

TEST(UnitText, RoundsADistanceToItsDecimalsOnBothSidesOfTheHalf) {
    const UnitText km = UnitText::plain(UnitSystem::Kilometres);
    EXPECT_EQ(km.distance(Distance::fromMetres(10'249), 1), QStringLiteral("10.2 km"));
    EXPECT_EQ(km.distance(Distance::fromMetres(10'251), 1), QStringLiteral("10.3 km"));
    EXPECT_EQ(km.distance(Distance::fromMetres(10'004), 2), QStringLiteral("10.00 km"));
    EXPECT_EQ(km.distance(Distance::fromMetres(10'006), 2), QStringLiteral("10.01 km"));
    const UnitText mi = UnitText::plain(UnitSystem::Miles);
    // 0.05 mi is 80.4672 m: 80 m reads 0.0 mi, 81 m reads 0.1 mi.
    EXPECT_EQ(mi.distance(80_m, 1), QStringLiteral("0.0 mi"));
    EXPECT_EQ(mi.distance(81_m, 1), QStringLiteral("0.1 mi"));
}

TEST(UnitText, GermanWritesADecimalCommaAndNoGroupSeparator) {
    const UnitText km(UnitSystem::Kilometres, [] {
        QLocale locale = kGerman;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale;
    }());
    EXPECT_EQ(km.distance(Distance::fromMetres(44'600), 1), QStringLiteral("44,6 km"));
    EXPECT_EQ(km.distance(Distance::fromMetres(1'000'000), 1), QStringLiteral("1000,0 km"));
    EXPECT_EQ(km.number(24.25, 1), QStringLiteral("24,3"));
    // Clocks read the same in German.
    EXPECT_EQ(km.pace(5_km, seconds(1506)), QStringLiteral("5:01"));
    EXPECT_EQ(km.duration(seconds(3723)), QStringLiteral("1:02:03"));
}

TEST(UnitText, PlainIsTheCLocaleWhateverTheLanguage) {
    EXPECT_EQ(UnitText::plain(UnitSystem::Kilometres).locale().decimalPoint(), QStringLiteral("."));
    EXPECT_EQ(UnitText::plain(UnitSystem::Kilometres).distance(Distance::fromMetres(1'234'500)),
              QStringLiteral("1234.50 km"));
}

TEST(UnitText, SymbolsNameTheUnit) {
    EXPECT_EQ(unitSymbol(UnitSystem::Kilometres), QStringLiteral("km"));
    EXPECT_EQ(unitSymbol(UnitSystem::Miles), QStringLiteral("mi"));
    EXPECT_EQ(paceSymbol(UnitSystem::Kilometres), QStringLiteral("min/km"));
    EXPECT_EQ(paceSymbol(UnitSystem::Miles), QStringLiteral("min/mi"));
}

}  // namespace
}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
// What the run, pair and knee views compute: splits, a pair's rate and the day it reaches its
// limit, the pain that follows a run and R13's rates with their counts.

#include "journal_builder.h"

#include "core/rules/as_of_journal.h"
#include "core/rules/pain_follows.h"
#include "core/rules/rules_engine.h"
#include "core/rules/run_splits.h"
#include "core/rules/shoe_forecast.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using namespace test;

// Even 5:00 min/km with one sample every 100 m, climbing 1 m per 100 m.
Track evenTrack(double metres) {
    Track track;
    for (double at = 0; at <= metres + 1e-9; at += 100) {
        TrackSample sample;
        sample.metres = at;
        sample.seconds = at * 0.3;
        sample.altitude = 100 + at / 100;
        sample.heartRate = 150;
        track.samples.push_back(sample);
    }
    return track;
}

TEST(RunSplits, OnePerWholeUnitTheRestLeftOut) {
    const std::vector<Split> km = splitsOf(evenTrack(2950), 1000);
    ASSERT_EQ(km.size(), 2u);
    EXPECT_NEAR(km[0].seconds, 300, 1e-9);
    EXPECT_NEAR(km[1].seconds, 300, 1e-9);
    EXPECT_NEAR(*km[1].ascentMetres, 10, 1e-9);
    EXPECT_EQ(km[1].heartRate, 150.0);
    EXPECT_EQ(splitsOf(evenTrack(3000), 1000).size(), 3u);  // exactly 3 km: three splits
    const std::vector<Split> miles =
        splitsOf(evenTrack(3300), splitLengthMetres(UnitSystem::Miles));
    ASSERT_EQ(miles.size(), 2u);
    EXPECT_NEAR(miles[0].seconds, 1609.344 * 0.3, 1e-6);  // interpolated between samples
    EXPECT_TRUE(splitsOf(evenTrack(900), 1000).empty());
}

TEST(RunSplits, NoAltitudeMeansNoAscent) {
    Track track = evenTrack(1500);
    for (TrackSample& sample : track.samples) sample.altitude.reset();
    const auto splits = splitsOf(track, 1000);
    ASSERT_EQ(splits.size(), 1u);
    EXPECT_FALSE(splits[0].ascentMetres);
}

TEST(ShoeForecast, RateOfTheLastEightWeeksAndTheDayTheLimitRunsOut) {
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(QStringLiteral("Pegasus"), 100_km);
    journal.run(at(2026, 9, 1), 10_km).shoe(pair);  // before the 56 days: not in the rate
    journal.run(at(2026, 10, 5), 20_km).shoe(pair);
    journal.run(at(2026, 11, 2), 20_km).shoe(pair);
    journal.run(at(2026, 11, 3), 5_km);  // another pair's run
    const AsOf asOf = endOfDay(2026, 11, 21);
    const Shoe& shoe = journal.snapshot().shoes.front();
    const ShoeWear wear = assessShoe(journal.snapshot(), shoe, asOf);
    const ShoeForecast forecast = forecastShoe(AsOfJournal(journal.snapshot(), asOf), shoe, wear);
    EXPECT_DOUBLE_EQ(forecast.kmPerWeek, 5.0);
    // 50 km left at 40 km / 56 days = 70 days.
    EXPECT_EQ(forecast.limitOn, QDate(2027, 1, 30));
}

TEST(ShoeForecast, NoDateAtTheLimitOrWithoutRecentRuns) {
    JournalBuilder journal;
    const ShoeId worn = journal.shoe(QStringLiteral("Worn"), 30_km);
    const ShoeId idle = journal.shoe(QStringLiteral("Idle"), 500_km);
    journal.run(at(2026, 11, 1), 30_km).shoe(worn);
    journal.run(at(2026, 6, 1), 10_km).shoe(idle);
    const AsOf asOf = endOfDay(2026, 11, 21);
    for (const Shoe& shoe : journal.snapshot().shoes) {
        const ShoeWear wear = assessShoe(journal.snapshot(), shoe, asOf);
        const ShoeForecast forecast =
            forecastShoe(AsOfJournal(journal.snapshot(), asOf), shoe, wear);
        EXPECT_FALSE(forecast.limitOn) << shoe.name.toStdString();
    }
    (void)idle;
}

TEST(PainFollowing, LinkedOrUnlinkedWithinADay) {
    JournalBuilder journal;
    const RunId run = journal.run(at(2026, 11, 10, 8), 10_km);
    journal.pain(at(2026, 11, 11, 7, 59));      // 23:59 h after: follows
    journal.pain(at(2026, 11, 11, 8, 1));       // 24:01 h after: does not
    journal.pain(at(2026, 11, 13)).after(run);  // linked: follows whenever it started
    journal.pain(at(2026, 11, 10, 7));          // before the run: does not
    const stridelog::Run& theRun = journal.snapshot().runs.front();
    const std::vector<PainId> ids = painFollowing(journal.snapshot(), theRun);
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids[0], PainId(1));  // the 23:59 h one (ids in the order they were added)
    EXPECT_EQ(ids[1], PainId(3));  // the linked one
}

TEST(PainFollowRates, EveryValueWithItsCountsAndWhetherR13WouldWarn) {
    JournalBuilder journal;
    // 6 hilly runs, 4 followed by pain; 20 flat runs, 2 followed.
    for (int i = 0; i < 26; ++i) {
        auto run = journal.run(at(2026, 6, 1).plusSeconds(i * 4 * 86'400), 8_km);
        if (i < 6) run.hilly();
        const bool followed = i < 4 || (i >= 6 && i < 8);
        if (followed) journal.pain(at(2026, 6, 1).plusSeconds(i * 4 * 86'400 + 3600)).after(run);
    }
    const auto rates = painFollowRates(AsOfJournal(journal.snapshot(), endOfDay(2026, 9, 30)));
    const FollowRate* hilly = nullptr;
    const FollowRate* flat = nullptr;
    for (const FollowRate& rate : rates) {
        if (rate.attribute != FollowAttribute::Hilly) continue;
        (rate.followed == 4 ? hilly : flat) = &rate;
    }
    ASSERT_TRUE(hilly && flat);
    EXPECT_EQ(hilly->runs, 6);
    EXPECT_EQ(hilly->otherRuns, 20);
    EXPECT_EQ(hilly->otherFollowed, 2);
    EXPECT_TRUE(hilly->pattern);
    EXPECT_EQ(flat->runs, 20);
    EXPECT_EQ(flat->followed, 2);
    EXPECT_FALSE(flat->pattern);  // below the threshold, still shown
}

}  // namespace
}  // namespace stridelog

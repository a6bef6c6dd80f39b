// SPDX-License-Identifier: GPL-3.0-or-later
// R15, what can I run today, with the numbers of R1, R2, R4, R5/R6 and R3/R12 it is built
// from. 2026-03-02 is a Monday.
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/allowance.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

TEST(Allowance, WeekLeftIsTheLimitMinusWhatTheWeekHolds) {
    const JournalBuilder journal = weeklyRuns({22'000, 10'000});
    const Allowance allowance = computeAllowance(journal, midweek(1));
    EXPECT_EQ(allowance.weekStart, kWeek1.addDays(7));
    EXPECT_EQ(allowance.weekLeft, 14'200_m);  // 22 km × 110 / 100 − 10 km
    EXPECT_TRUE(allowance.runToday);
    EXPECT_TRUE(allowance.advice.contains(text("Up to 14.2 km left this week.")));
}

TEST(Allowance, WeekLeftIsNeverBelowZero) {
    const JournalBuilder atTheLimit = weeklyRuns({22'000, 24'200});
    EXPECT_EQ(computeAllowance(atTheLimit, midweek(1)).weekLeft, 0_m);
    const JournalBuilder over = weeklyRuns({22'000, 30'000});
    const Allowance allowance = computeAllowance(over, midweek(1));
    EXPECT_EQ(allowance.weekLeft, 0_m);
    EXPECT_TRUE(allowance.advice.contains(text("This week's limit is reached")));
    const JournalBuilder oneMetreUnder = weeklyRuns({22'000, 24'199});
    EXPECT_EQ(computeAllowance(oneMetreUnder, midweek(1)).weekLeft, 1_m);
}

TEST(Allowance, AnEmptyJournalHasNoLimitNoRunMaxAndNoPair) {
    const JournalBuilder journal;
    const Allowance allowance = computeAllowance(journal, midweek(0));
    EXPECT_EQ(allowance.weekStart, kWeek1);
    EXPECT_FALSE(allowance.weekLeft);
    EXPECT_FALSE(allowance.runMax);
    EXPECT_FALSE(allowance.painStage);
    EXPECT_FALSE(allowance.shoe);
    EXPECT_TRUE(allowance.runToday);
    EXPECT_EQ(allowance.advice, text("This week has no limit yet: build up gradually."));
    EXPECT_TRUE(allowance.painAdvice.isEmpty());
}

TEST(Allowance, TheFirstWeekHasNoLimit) {
    const JournalBuilder journal = weeklyRuns({10'000});
    EXPECT_FALSE(computeAllowance(journal, midweek(0)).weekLeft);
}

TEST(Allowance, AnEmptyWeekAfterABreakShowsItsComebackLimitBeforeTheFirstRun) {
    // 4 × 40 km, two empty weeks, and nothing yet in T's week: normal 40 km, 30% = 12 km.
    const JournalBuilder journal = weeklyRuns({40'000, 40'000, 40'000, 40'000, 0, 0});
    EXPECT_EQ(computeAllowance(journal, midweek(6)).weekLeft, 12'000_m);
}

TEST(Allowance, AfterTwentySixEmptyWeeksTheComebackLimitStillHolds) {
    JournalBuilder journal = weeklyRuns({40'000, 40'000, 40'000, 40'000});
    const QDate back = kWeek1.addDays(7 * (4 + 26));
    journal.run(at(back.year(), back.month(), back.day()), 5_km);
    EXPECT_EQ(computeAllowance(journal, midweek(4 + 26)).weekLeft, 7'000_m);
}

TEST(Allowance, AfterTwentySevenEmptyWeeksAFreshStartHasNoLimit) {
    JournalBuilder journal = weeklyRuns({40'000, 40'000, 40'000, 40'000});
    const QDate back = kWeek1.addDays(7 * (4 + 27));
    journal.run(at(back.year(), back.month(), back.day()), 5_km);
    const Allowance allowance = computeAllowance(journal, midweek(4 + 27));
    EXPECT_FALSE(allowance.weekLeft);
    EXPECT_TRUE(allowance.advice.contains(text("This week has no limit yet")));
    // And still empty after 27 weeks: no limit either.
    const JournalBuilder stillEmpty = weeklyRuns({40'000, 40'000, 40'000, 40'000});
    EXPECT_FALSE(computeAllowance(stillEmpty, midweek(4 + 27)).weekLeft);
    EXPECT_EQ(computeAllowance(stillEmpty, midweek(4 + 26)).weekLeft, 12'000_m);
}

TEST(Allowance, RunMaxIsTheLongestOfThirtyDaysPlusTenPercent) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 2), 10_km);
    journal.run(at(2026, 3, 10), 8_km);
    const Allowance allowance = computeAllowance(journal, at(2026, 3, 11, 12));
    EXPECT_EQ(allowance.runMax, 11'000_m);
    EXPECT_TRUE(allowance.advice.contains(text("A run of up to 11.0 km is not a spike.")));
}

TEST(Allowance, RunMaxRoundsDownSoThatItIsNeverASpike) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 2), 10'009_m);  // × 1.1 = 11,009.9 m
    EXPECT_EQ(computeAllowance(journal, at(2026, 3, 3)).runMax, 11'009_m);
}

TEST(Allowance, RunMaxLooksBackThirtyDaysExactly) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 2, 8), 10_km);
    const Instant thirtyDays = at(2026, 3, 2, 8).plusSeconds(30 * 86'400);
    EXPECT_EQ(computeAllowance(journal, thirtyDays).runMax, 11_km);
    EXPECT_FALSE(computeAllowance(journal, thirtyDays.plusSeconds(1)).runMax);
}

TEST(Allowance, StageTwoPainRemindsToCutBack) {
    JournalBuilder journal = weeklyRuns({10'000});
    journal.pain(at(2026, 3, 2, 12)).lasted(72_h - 1_min);  // stage 2
    const Allowance allowance = computeAllowance(journal, at(2026, 3, 6));
    EXPECT_EQ(allowance.painStage, 2);
    EXPECT_TRUE(allowance.runToday);
    EXPECT_TRUE(allowance.advice.contains(text("cut your volume and intensity")));
    EXPECT_TRUE(allowance.painAdvice.startsWith(text("After a stage 2 knee pain")));
    EXPECT_TRUE(allowance.advice.contains(allowance.painAdvice));
}

TEST(Allowance, StageThreePainMeansNoRunningWhateverTheNumbers) {
    JournalBuilder journal = weeklyRuns({10'000});
    journal.pain(at(2026, 3, 2, 12)).lasted(72_h);  // stage 3
    const Allowance allowance = computeAllowance(journal, at(2026, 3, 6));
    EXPECT_EQ(allowance.painStage, 3);
    EXPECT_FALSE(allowance.runToday);
    EXPECT_EQ(allowance.runMax, 11_km);  // the numbers stay, the advice overrides them
    EXPECT_TRUE(allowance.advice.startsWith(text("No running today")));
    EXPECT_FALSE(allowance.advice.contains(text("left this week")));
    EXPECT_EQ(allowance.advice, allowance.painAdvice);
}

TEST(Allowance, StageFourPainSaysToSeeADoctor) {
    JournalBuilder journal = weeklyRuns({10'000});
    journal.pain(at(2026, 3, 2, 12)).ongoing();
    const Allowance allowance =
        computeAllowance(journal, at(2026, 3, 2, 12).plusSeconds(121 * 3600));
    EXPECT_EQ(allowance.painStage, 4);
    EXPECT_FALSE(allowance.runToday);
    EXPECT_TRUE(allowance.advice.contains(text("see a doctor")));
}

TEST(Allowance, AdaptationPainIsLeftOut) {
    JournalBuilder journal = weeklyRuns({10'000});
    journal.pain(at(2026, 3, 2, 12)).knee(Knee::Both).site(Site::Whole).lasted(30_h);
    EXPECT_FALSE(computeAllowance(journal, at(2026, 3, 4)).painStage);
    // The same pain at one point of one knee counts: stage 2 by its 30 h.
    JournalBuilder point = weeklyRuns({10'000});
    point.pain(at(2026, 3, 2, 12)).lasted(30_h);
    EXPECT_EQ(computeAllowance(point, at(2026, 3, 4)).painStage, 2);
}

TEST(Allowance, PainCountsForFourteenDaysAfterItStarted) {
    JournalBuilder journal = weeklyRuns({10'000});
    journal.pain(at(2026, 3, 2, 12)).lasted(80_h);
    const Instant fourteenDays = at(2026, 3, 2, 12).plusSeconds(14 * 86'400);
    EXPECT_EQ(computeAllowance(journal, fourteenDays).painStage, 3);
    EXPECT_FALSE(computeAllowance(journal, fourteenDays.plusSeconds(60)).painStage);
    EXPECT_TRUE(computeAllowance(journal, fourteenDays.plusSeconds(60)).runToday);
}

TEST(Allowance, ThePairToWearHasTheLowestShareOfItsLimit) {
    JournalBuilder journal;
    const ShoeId half = journal.shoe(QStringLiteral("Pegasus"), 1000_km, 500_km);    // 50%
    const ShoeId more = journal.shoe(QStringLiteral("Trail"), 500_km, 300_km);       // 60%
    const ShoeId least = journal.shoe(QStringLiteral("Old pair"), 1000_km, 100_km);  // retired
    journal.retire(least, QDate(2026, 3, 1));
    const Allowance allowance = computeAllowance(journal, at(2026, 3, 4));
    EXPECT_EQ(allowance.shoe, half);
    EXPECT_TRUE(allowance.advice.contains(text("Wear Pegasus,")));
    // Runs count: 101 km more on Pegasus makes it 60.1%, past Trail's 60%.
    journal.run(at(2026, 3, 3), 101_km).shoe(half);
    EXPECT_EQ(computeAllowance(journal, at(2026, 3, 4)).shoe, more);
}

TEST(Allowance, APairRetiredLaterWasStillInUse) {
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(QStringLiteral("Pegasus"));
    journal.retire(pair, QDate(2026, 3, 5));
    EXPECT_EQ(computeAllowance(journal, at(2026, 3, 4)).shoe, pair);
    EXPECT_FALSE(computeAllowance(journal, at(2026, 3, 5)).shoe);
}

}  // namespace
}  // namespace stridelog::test

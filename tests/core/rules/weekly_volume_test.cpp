// SPDX-License-Identifier: GPL-3.0-or-later
// R1 (weekly increase) and R2 (return after a break) as computeWeeks and computeWarnings
// report them. 2026-03-02 is a Monday.
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

TEST(WeeklyIncrease, TenPercentIsAllowed) {
    const JournalBuilder journal = weeklyRuns({22'000, 24'200});
    const auto weeks = computeWeeks(journal, midweek(1));
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_EQ(weeks[1].limit, Distance::fromMetres(24'200));
    EXPECT_EQ(weeks[1].limitRule, LimitRule::WeeklyIncrease);
    EXPECT_FALSE(weeks[1].overLimit);
    EXPECT_NEAR(*weeks[1].changePct, 10.0, 1e-9);
    EXPECT_FALSE(hasCode(computeWarnings(journal, midweek(1)), "weekly-increase"));
}

TEST(WeeklyIncrease, TenMetresMoreIsOverTheLimit) {
    const JournalBuilder journal = weeklyRuns({22'000, 24'210});
    EXPECT_TRUE(computeWeeks(journal, midweek(1))[1].overLimit);
    const auto warnings = withCode(computeWarnings(journal, midweek(1)), "weekly-increase");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Caution);
    EXPECT_EQ(warnings[0].subject, WarningSubject::forWeek(kWeek1.addDays(7)));
    EXPECT_EQ(warnings[0].message,
              text("This week: 24.21 km, 10.05% over the previous week's 22.0 km; the limit is "
                   "24.2 km."));
    EXPECT_TRUE(warnings[0].source.contains(text("Buist 2008")));
    EXPECT_TRUE(warnings[0].source.contains(text("Nielsen 2014")));
}

TEST(WeeklyIncrease, TheMessageSpeaksInMilesWhenTheUnitsSettingSaysSo) {
    JournalBuilder journal = weeklyRuns({22'000, 24'210});
    journal.settings().units = UnitSystem::Miles;
    const auto warnings = withCode(computeWarnings(journal, midweek(1)), "weekly-increase");
    ASSERT_EQ(warnings.size(), 1u);
    // 24.21 km = 15.0434 mi over 22 km = 13.670 mi; the limit 24.2 km = 15.0372 mi.
    EXPECT_EQ(warnings[0].message,
              text("This week: 15.043 mi, 10.05% over the previous week's 13.7 mi; the limit is "
                   "15.0 mi."));
}

TEST(WeeklyIncrease, ElevenPercentIsOverTheLimit) {
    const JournalBuilder journal = weeklyRuns({22'000, 24'420});
    EXPECT_TRUE(hasCode(computeWarnings(journal, midweek(1)), "weekly-increase"));
}

TEST(WeeklyIncrease, TheSettingChangesTheLimit) {
    JournalBuilder allowed = weeklyRuns({22'000, 26'400});
    allowed.settings().weeklyIncreasePct = 20;
    EXPECT_FALSE(computeWeeks(allowed, midweek(1))[1].overLimit);
    EXPECT_EQ(computeWeeks(allowed, midweek(1))[1].limit, Distance::fromMetres(26'400));

    JournalBuilder over = weeklyRuns({22'000, 26'401});
    over.settings().weeklyIncreasePct = 20;
    EXPECT_TRUE(computeWeeks(over, midweek(1))[1].overLimit);

    JournalBuilder stricter = weeklyRuns({22'000, 24'200});
    stricter.settings().weeklyIncreasePct = 5;
    EXPECT_TRUE(computeWeeks(stricter, midweek(1))[1].overLimit);
}

TEST(WeeklyIncrease, WarnsForTheAsOfWeekAndTheWeekBeforeOnly) {
    const JournalBuilder journal = weeklyRuns({10'000, 20'000, 20'000, 20'000});
    EXPECT_TRUE(hasCode(computeWarnings(journal, midweek(1)), "weekly-increase"));
    EXPECT_TRUE(hasCode(computeWarnings(journal, midweek(2)), "weekly-increase"));
    EXPECT_FALSE(hasCode(computeWarnings(journal, midweek(3)), "weekly-increase"));
    // Older weeks are history: still marked, no longer warned.
    EXPECT_TRUE(computeWeeks(journal, midweek(3))[1].overLimit);
}

TEST(WeeklyIncrease, TheWeekBeforeIsNamedByItsDate) {
    const JournalBuilder journal = weeklyRuns({10'000, 20'000, 20'000});
    const auto warnings = withCode(computeWarnings(journal, midweek(2)), "weekly-increase");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_TRUE(warnings[0].message.startsWith(text("The week of 2026-03-09: 20.0 km")));
}

TEST(WeeklyIncrease, TheAsOfWeekIsJudgedOnWhatItHoldsSoFar) {
    JournalBuilder journal = weeklyRuns({20'000, 12'000});
    journal.run(at(2026, 3, 13), 12'000_m);  // Friday of week 2: 24 km in all
    const auto wednesday = computeWeeks(journal, midweek(1));
    EXPECT_EQ(wednesday[1].volume, 12'000_m);
    EXPECT_FALSE(wednesday[1].overLimit);
    EXPECT_EQ(wednesday[1].remaining, 10'000_m);
    EXPECT_TRUE(computeWeeks(journal, at(2026, 3, 13, 20))[1].overLimit);
}

TEST(WeeklyIncrease, RemainingAllowanceIsNeverBelowZero) {
    const JournalBuilder journal = weeklyRuns({20'000, 30'000});
    const auto weeks = computeWeeks(journal, midweek(1));
    EXPECT_EQ(weeks[1].remaining, 0_m);
    EXPECT_FALSE(weeks[0].remaining.has_value());  // only for T's week
}

TEST(WeeklyIncrease, AnEmptyAsOfWeekAfterARunningWeekHasTheWholeAllowance) {
    const JournalBuilder journal = weeklyRuns({20'000});
    const auto weeks = computeWeeks(journal, midweek(1));
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_EQ(weeks[1].limit, 22'000_m);
    EXPECT_EQ(weeks[1].remaining, 22'000_m);
}

TEST(ReturnAfterBreak, TheFirstWeekHasNoLimit) {
    const JournalBuilder journal = weeklyRuns({50'000});
    const auto weeks = computeWeeks(journal, midweek(0));
    ASSERT_EQ(weeks.size(), 1u);
    EXPECT_FALSE(weeks[0].limit.has_value());
    EXPECT_EQ(weeks[0].limitRule, LimitRule::None);
    EXPECT_FALSE(weeks[0].overLimit);
    EXPECT_FALSE(weeks[0].remaining.has_value());
}

TEST(ReturnAfterBreak, OneMissedWeekTakesTheLimitFromTheWeekBeforeIt) {
    const JournalBuilder allowed = weeklyRuns({20'000, 0, 22'000});
    const auto weeks = computeWeeks(allowed, midweek(2));
    EXPECT_EQ(weeks[2].limit, 22'000_m);
    EXPECT_EQ(weeks[2].limitRule, LimitRule::WeeklyIncrease);
    EXPECT_FALSE(weeks[2].overLimit);
    EXPECT_FALSE(weeks[2].changePct.has_value());  // the previous week is empty

    const JournalBuilder over = weeklyRuns({20'000, 0, 22'001});
    const auto warnings = withCode(computeWarnings(over, midweek(2)), "weekly-increase");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_TRUE(warnings[0].message.contains(text("the week before the missed week")));
}

TEST(ReturnAfterBreak, TwoMissedWeeksMakeAComebackAtThirtyPercentOfNormal) {
    const JournalBuilder allowed = weeklyRuns({40'000, 40'000, 40'000, 40'000, 0, 0, 12'000});
    const auto weeks = computeWeeks(allowed, midweek(6));
    EXPECT_EQ(weeks[6].limit, 12'000_m);
    EXPECT_EQ(weeks[6].limitRule, LimitRule::ComebackVolume);
    EXPECT_FALSE(weeks[6].overLimit);

    const JournalBuilder over = weeklyRuns({40'000, 40'000, 40'000, 40'000, 0, 0, 12'001});
    const auto warnings = withCode(computeWarnings(over, midweek(6)), "comeback-volume");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Caution);
    EXPECT_EQ(warnings[0].message,
              text("This week: 12.001 km after 2 empty weeks; a comeback week should stay within "
                   "30% of your normal 40.0 km a week, 12.0 km."));
    EXPECT_FALSE(hasCode(computeWarnings(over, midweek(6)), "weekly-increase"));
}

TEST(ReturnAfterBreak, NormalIsTheMeanOfTheFourWeeksBeforeTheGapCountingEmptyWeeks) {
    // 40 + 0 + 40 + 40 = 120 km over 4 weeks: normal 30 km, limit 9 km.
    const JournalBuilder journal = weeklyRuns({40'000, 0, 40'000, 40'000, 0, 0, 9'000});
    EXPECT_EQ(computeWeeks(journal, midweek(6))[6].limit, 9'000_m);
    EXPECT_FALSE(computeWeeks(journal, midweek(6))[6].overLimit);
}

TEST(ReturnAfterBreak, TheComebackSettingChangesTheCap) {
    JournalBuilder journal = weeklyRuns({40'000, 40'000, 40'000, 40'000, 0, 0, 16'000});
    journal.settings().comebackPct = 40;
    EXPECT_EQ(computeWeeks(journal, midweek(6))[6].limit, 16'000_m);
    EXPECT_FALSE(computeWeeks(journal, midweek(6))[6].overLimit);
}

TEST(ReturnAfterBreak, StageThreePainOverlappingOneMissedWeekMakesAComeback) {
    JournalBuilder journal = weeklyRuns({40'000, 40'000, 40'000, 40'000, 0, 13'000});
    // 80 h of pain from the Tuesday of the missed week: stage 3.
    journal.pain(at(2026, 3, 31)).lasted(80_h);
    const auto weeks = computeWeeks(journal, midweek(5));
    EXPECT_EQ(weeks[5].limitRule, LimitRule::ComebackVolume);
    EXPECT_EQ(weeks[5].limit, 12'000_m);
    const auto warnings = withCode(computeWarnings(journal, midweek(5)), "comeback-volume");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_TRUE(warnings[0].message.contains(text("after a break for knee pain")));
}

TEST(ReturnAfterBreak, StageTwoPainInAMissedWeekKeepsItAPause) {
    JournalBuilder journal = weeklyRuns({40'000, 40'000, 40'000, 40'000, 0, 13'000});
    journal.pain(at(2026, 3, 31)).lasted(48_h);
    const auto weeks = computeWeeks(journal, midweek(5));
    EXPECT_EQ(weeks[5].limitRule, LimitRule::WeeklyIncrease);
    EXPECT_EQ(weeks[5].limit, 44'000_m);
}

TEST(ReturnAfterBreak, StageThreePainOutsideTheGapKeepsItAPause) {
    JournalBuilder journal = weeklyRuns({40'000, 40'000, 40'000, 40'000, 0, 13'000});
    journal.pain(at(2026, 3, 17)).lasted(80_h);  // in week 3, ended before the gap
    EXPECT_EQ(computeWeeks(journal, midweek(5))[5].limitRule, LimitRule::WeeklyIncrease);
}

TEST(ReturnAfterBreak, NoNormalVolumeMeansNoLimit) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 2), 0_m);  // a run without distance: normal volume 0
    journal.run(at(2026, 3, 23), 30_km);
    const auto weeks = computeWeeks(journal, midweek(3));
    ASSERT_EQ(weeks.size(), 4u);
    EXPECT_FALSE(weeks[3].limit.has_value());
    EXPECT_FALSE(weeks[3].overLimit);
}

TEST(ReturnAfterBreak, TheWeekAfterAComebackFollowsTheTenPercentRule) {
    const JournalBuilder journal =
        weeklyRuns({40'000, 40'000, 40'000, 40'000, 0, 0, 12'000, 13'201});
    const auto weeks = computeWeeks(journal, midweek(7));
    EXPECT_EQ(weeks[7].limitRule, LimitRule::WeeklyIncrease);
    EXPECT_EQ(weeks[7].limit, 13'200_m);
    EXPECT_TRUE(weeks[7].overLimit);
    EXPECT_TRUE(hasCode(computeWarnings(journal, midweek(7)), "weekly-increase"));
}

// Four weeks of 40 km, `empty` empty weeks, then a week of `metres` and the week after it.
JournalBuilder afterAGapOf(int empty, std::int64_t metres, std::int64_t weekAfter = 0) {
    std::vector<std::int64_t> weeks{40'000, 40'000, 40'000, 40'000};
    weeks.insert(weeks.end(), static_cast<std::size_t>(empty), 0);
    weeks.push_back(metres);
    if (weekAfter > 0) weeks.push_back(weekAfter);
    JournalBuilder journal;
    int week = 0;
    for (const std::int64_t m : weeks) {
        const QDate day = kWeek1.addDays(7 * week++);
        if (m > 0) journal.run(at(day.year(), day.month(), day.day()), Distance::fromMetres(m));
    }
    return journal;
}

TEST(FreshStart, TwentySixEmptyWeeksAreStillAComeback) {
    const JournalBuilder journal = afterAGapOf(26, 12'001);
    const int back = 4 + 26;
    const auto weeks = computeWeeks(journal, midweek(back));
    ASSERT_EQ(weeks.size(), static_cast<std::size_t>(back + 1));
    EXPECT_EQ(weeks[back].limitRule, LimitRule::ComebackVolume);
    EXPECT_EQ(weeks[back].limit, 12'000_m);
    EXPECT_TRUE(weeks[back].overLimit);
    const auto warnings = withCode(computeWarnings(journal, midweek(back)), "comeback-volume");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_TRUE(warnings[0].message.contains(text("after 26 empty weeks")));
}

TEST(FreshStart, TwentySevenEmptyWeeksMakeAFreshStartWithoutALimit) {
    const JournalBuilder journal = afterAGapOf(27, 40'000);
    const int back = 4 + 27;
    const auto weeks = computeWeeks(journal, midweek(back));
    ASSERT_EQ(weeks.size(), static_cast<std::size_t>(back + 1));
    EXPECT_FALSE(weeks[back].limit.has_value());
    EXPECT_EQ(weeks[back].limitRule, LimitRule::None);
    EXPECT_FALSE(weeks[back].overLimit);
    EXPECT_FALSE(weeks[back].remaining.has_value());
    const auto warnings = computeWarnings(journal, midweek(back));
    EXPECT_FALSE(hasCode(warnings, "comeback-volume"));
    EXPECT_FALSE(hasCode(warnings, "weekly-increase"));
}

TEST(FreshStart, ThreeHundredAndTwoEmptyWeeksGiveNoLimitOfZero) {
    // The report that led to rules 1.1: "Limit 0.0 km (… 30% of your normal 0.1 km)".
    JournalBuilder journal;
    journal.run(at(2020, 5, 11), 100_m);  // 302 empty weeks before 2026-03-02
    journal.run(at(2026, 3, 2), 5_km);
    const auto weeks = computeWeeks(journal, at(2026, 3, 4, 12));
    ASSERT_EQ(weeks.size(), 304u);
    EXPECT_FALSE(weeks.back().limit.has_value());
    EXPECT_FALSE(hasCode(computeWarnings(journal, at(2026, 3, 4, 12)), "comeback-volume"));
}

TEST(FreshStart, TheWeekAfterAFreshStartFollowsTheTenPercentRule) {
    const int fresh = 4 + 27;
    const JournalBuilder allowed = afterAGapOf(27, 20'000, 22'000);
    const auto weeks = computeWeeks(allowed, midweek(fresh + 1));
    EXPECT_EQ(weeks[fresh + 1].limitRule, LimitRule::WeeklyIncrease);
    EXPECT_EQ(weeks[fresh + 1].limit, 22'000_m);
    EXPECT_FALSE(weeks[fresh + 1].overLimit);

    const JournalBuilder over = afterAGapOf(27, 20'000, 22'001);
    EXPECT_TRUE(computeWeeks(over, midweek(fresh + 1))[fresh + 1].overLimit);
    EXPECT_TRUE(hasCode(computeWarnings(over, midweek(fresh + 1)), "weekly-increase"));
}

TEST(FreshStart, StagePainInTheGapDoesNotUndoAFreshStart) {
    JournalBuilder journal = afterAGapOf(27, 40'000);
    journal.pain(at(2026, 5, 5)).lasted(200_h);  // stage 4, inside the long gap
    const int back = 4 + 27;
    EXPECT_FALSE(computeWeeks(journal, midweek(back))[back].limit.has_value());
}

TEST(Weeks, SundayLateAndMondayEarlyFallInDifferentWeeks) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 8, 23, 30), 5_km);  // Sunday
    journal.run(at(2026, 3, 9, 0, 10), 7_km);   // Monday
    const auto weeks = computeWeeks(journal, at(2026, 3, 9, 12));
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_EQ(weeks[0].weekStart, QDate(2026, 3, 2));
    EXPECT_EQ(weeks[0].volume, 5_km);
    EXPECT_EQ(weeks[1].weekStart, QDate(2026, 3, 9));
    EXPECT_EQ(weeks[1].volume, 7_km);
}

TEST(Weeks, WithSundayStartSundayBeginsTheWeek) {
    JournalBuilder journal;
    journal.settings().weekStart = Qt::Sunday;
    journal.run(at(2026, 3, 7, 23, 30), 5_km);  // Saturday
    journal.run(at(2026, 3, 8, 0, 10), 7_km);   // Sunday
    journal.run(at(2026, 3, 9, 0, 10), 3_km);   // Monday
    const auto weeks = computeWeeks(journal, at(2026, 3, 9, 12));
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_EQ(weeks[0].weekStart, QDate(2026, 3, 1));
    EXPECT_EQ(weeks[0].volume, 5_km);
    EXPECT_EQ(weeks[1].weekStart, QDate(2026, 3, 8));
    EXPECT_EQ(weeks[1].volume, 10_km);
    EXPECT_EQ(weekStartOf(QDate(2026, 3, 8), Qt::Sunday), QDate(2026, 3, 8));
    EXPECT_EQ(weekStartOf(QDate(2026, 3, 8), Qt::Monday), QDate(2026, 3, 2));
}

TEST(Weeks, ADaylightSavingChangeMovesNoRunToAnotherDay) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 29, 0, 30), 5_km);    // Sunday, still winter time
    journal.run(at(2026, 3, 29, 23, 30), 6_km);   // Sunday, summer time: 22 h later
    journal.run(at(2026, 3, 30, 0, 30), 7_km);    // Monday
    journal.run(at(2026, 10, 25, 23, 30), 8_km);  // Sunday, back to winter time
    journal.run(at(2026, 10, 26, 0, 30), 9_km);   // Monday
    const auto weeks = computeWeeks(journal, at(2026, 10, 26, 12));
    ASSERT_EQ(weeks.size(), 32u);
    EXPECT_EQ(weeks[0].weekStart, QDate(2026, 3, 23));
    EXPECT_EQ(weeks[0].volume, 11_km);
    EXPECT_EQ(weeks[0].runs, 2);
    EXPECT_EQ(weeks[1].volume, 7_km);
    EXPECT_EQ(weeks[30].weekStart, QDate(2026, 10, 19));
    EXPECT_EQ(weeks[30].volume, 8_km);
    EXPECT_EQ(weeks[31].volume, 9_km);
}

TEST(Weeks, EmptyWeeksAreIncludedUpToTheAsOfWeek) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 3), 5_km);
    journal.run(at(2026, 3, 24), 6_km);
    const auto weeks = computeWeeks(journal, at(2026, 4, 8));
    ASSERT_EQ(weeks.size(), 6u);
    EXPECT_EQ(weeks[1].volume, 0_m);
    EXPECT_EQ(weeks[1].runs, 0);
    EXPECT_EQ(weeks[1].previousVolume, 5_km);
    EXPECT_EQ(weeks[5].weekStart, QDate(2026, 4, 6));
}

TEST(Weeks, PainMaxIsTheWorstIntensityStartedThatWeek) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 2), 5_km);
    journal.pain(at(2026, 3, 3)).intensity(3);
    journal.pain(at(2026, 3, 8, 22)).intensity(6);  // Sunday, same week
    journal.pain(at(2026, 3, 9, 1)).intensity(2);   // Monday
    const auto weeks = computeWeeks(journal, at(2026, 3, 16));
    ASSERT_EQ(weeks.size(), 3u);
    EXPECT_EQ(weeks[0].painMax, 6);
    EXPECT_EQ(weeks[1].painMax, 2);
    EXPECT_FALSE(weeks[2].painMax.has_value());
}

TEST(Weeks, NothingBeforeTheFirstRunAndNothingWithoutRuns) {
    JournalBuilder journal;
    EXPECT_TRUE(computeWeeks(journal, at(2026, 3, 2)).empty());
    journal.run(at(2026, 3, 10), 5_km);
    EXPECT_TRUE(computeWeeks(journal, at(2026, 3, 9)).empty());
}

TEST(AsOf, ARunStartedExactlyAtTheAsOfInstantCounts) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 3, 7, 15), 5_km);
    EXPECT_EQ(computeWeeks(journal, at(2026, 3, 3, 7, 15))[0].volume, 5_km);
    EXPECT_TRUE(computeWeeks(journal, at(2026, 3, 3, 7, 14)).empty());
}

TEST(AsOf, ABareDateMeansTheEndOfThatDay) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 8, 23, 59), 5_km);  // Sunday
    journal.run(at(2026, 3, 9, 0, 0), 7_km);    // Monday 00:00, a run logged without a time
    const auto weeks = computeWeeks(journal, endOfDay(2026, 3, 8));
    ASSERT_EQ(weeks.size(), 1u);  // T's week is that day's week
    EXPECT_EQ(weeks[0].weekStart, QDate(2026, 3, 2));
    EXPECT_EQ(weeks[0].volume, 5_km);
    EXPECT_EQ(weeks[0].runs, 1);
}

TEST(AsOf, AnExactMidnightInstantCountsTheRunStartingThen) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 8, 23, 59), 5_km);
    journal.run(at(2026, 3, 9, 0, 0), 7_km);  // Monday 00:00
    const auto weeks = computeWeeks(journal, at(2026, 3, 9, 0, 0));
    ASSERT_EQ(weeks.size(), 2u);  // T is on Monday: its week is the new one
    EXPECT_EQ(weeks[1].weekStart, QDate(2026, 3, 9));
    EXPECT_EQ(weeks[1].volume, 7_km);
}

TEST(AsOf, AnOngoingPainIsMeasuredToMidnightForABareDate) {
    JournalBuilder journal;
    journal.pain(at(2026, 3, 10, 18)).ongoing();
    const PainEntry pain = journal.snapshot().pains.front();
    EXPECT_EQ(assessPain(pain, endOfDay(2026, 3, 10)).duration, 6_h);
}

}  // namespace
}  // namespace stridelog::test

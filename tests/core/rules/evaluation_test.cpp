// SPDX-License-Identifier: GPL-3.0-or-later
// evaluate(): one as-of view for everything a screen shows, and the same answers as the narrow
// questions of rules_engine.h. 2026-03-02 is a Monday.
#include "journal_builder.h"

#include "core/rules/allowance.h"
#include "core/rules/as_of_journal.h"
#include "core/rules/evaluation.h"
#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

JournalBuilder twoPairsAndPain() {
    JournalBuilder journal;
    const ShoeId road = journal.shoe(QStringLiteral("Road"), 1000_km, 790_km);
    const ShoeId trail = journal.shoe(QStringLiteral("Trail"));
    for (int week = 0; week < 10; ++week) {
        const QDate monday = kWeek1.addDays(7 * week);
        journal.run(at(monday.year(), monday.month(), monday.day()), 10_km).shoe(road);
        const QDate thursday = monday.addDays(3);
        journal.run(at(thursday.year(), thursday.month(), thursday.day()), 12_km)
            .shoe(trail)
            .surface(Surface::Trail);
    }
    journal.pain(at(2026, 5, 5, 19))
        .knee(Knee::Right)
        .site(Site::Outside)
        .intensity(4)
        .lasted(30_h);
    return journal;
}

TEST(Evaluation, BuildsTheAsOfViewOnce) {
    const JournalBuilder journal = twoPairsAndPain();
    const std::uint64_t before = AsOfJournal::builtCount();
    const Evaluation evaluation = evaluate(journal.snapshot(), AsOf(at(2026, 5, 8, 20)));
    EXPECT_EQ(AsOfJournal::builtCount() - before, 1u);
    EXPECT_FALSE(evaluation.weeks.empty());
    EXPECT_EQ(evaluation.shoeWear.size(), 2u);
}

TEST(Evaluation, AnswersAsTheNarrowQuestionsDo) {
    const JournalBuilder journal = twoPairsAndPain();
    const AsOf asOf(at(2026, 5, 8, 20));
    const Evaluation evaluation = evaluate(journal.snapshot(), asOf);
    const std::vector<WeekSummary> weeks = computeWeeks(journal, asOf);
    ASSERT_EQ(evaluation.weeks.size(), weeks.size());
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        EXPECT_EQ(evaluation.weeks[i].volume, weeks[i].volume);
        EXPECT_EQ(evaluation.weeks[i].limit, weeks[i].limit);
        EXPECT_EQ(evaluation.weeks[i].acwr, weeks[i].acwr);
    }
    const std::vector<Warning> warnings = computeWarnings(journal, asOf);
    ASSERT_EQ(evaluation.warnings.size(), warnings.size());
    for (std::size_t i = 0; i < warnings.size(); ++i)
        EXPECT_EQ(evaluation.warnings[i].code, warnings[i].code);
    EXPECT_EQ(evaluation.allowance.weekLeft, computeAllowance(journal, asOf).weekLeft);
    EXPECT_EQ(evaluation.allowance.shoe, computeAllowance(journal, asOf).shoe);
    ASSERT_EQ(evaluation.pain.size(), 1u);
    EXPECT_EQ(evaluation.pain[0].stage, 2);  // 30 h
    EXPECT_EQ(evaluation.load.size(), computeDailyLoad(journal, asOf).size());
}

TEST(Evaluation, EveryPairHasItsWearAndForecastByItsId) {
    const JournalBuilder journal = twoPairsAndPain();
    const Evaluation evaluation = evaluate(journal.snapshot(), AsOf(at(2026, 5, 8, 20)));
    const ShoeId road = journal.snapshot().shoes[0].id;
    ASSERT_NE(evaluation.wearOf(road), nullptr);
    EXPECT_EQ(evaluation.wearOf(road)->distance, 790_km + 100_km);  // ten runs of 10 km
    EXPECT_EQ(evaluation.wearOf(road)->status, ShoeStatusKind::Soon);
    EXPECT_EQ(evaluation.wearOf(ShoeId(99)), nullptr);
    EXPECT_EQ(evaluation.assessmentOf(journal.snapshot().pains[0].id)->stage, 2);
}

TEST(Evaluation, TheForecastWindowsHoldExactlyTheRunsItsRateCounts) {
    // Monday runs of 10 km in Road; as of Friday 8 May the 56 days back to Friday 13 March hold
    // the Mondays 16 March … 4 May: eight runs, 80 km, 10 km a week.
    const JournalBuilder journal = twoPairsAndPain();
    const Evaluation evaluation = evaluate(journal.snapshot(), AsOf(at(2026, 5, 8, 20)));
    const ShoeForecast* forecast = evaluation.forecastOf(journal.snapshot().shoes[0].id);
    ASSERT_NE(forecast, nullptr);
    ASSERT_EQ(forecast->weeks.size(), static_cast<std::size_t>(kForecastWeeks));
    Distance total;
    for (const ForecastWeek& week : forecast->weeks) {
        EXPECT_EQ(week.firstDay.daysTo(week.lastDay), 6);
        total += week.distance;
    }
    EXPECT_EQ(total, 80_km);
    EXPECT_DOUBLE_EQ(forecast->kmPerWeek, 10.0);
    EXPECT_EQ(forecast->weeks.back().lastDay, QDate(2026, 5, 8));
    EXPECT_EQ(forecast->weeks.front().firstDay, QDate(2026, 3, 14));
}

TEST(Evaluation, ARunExactlyOneWindowBackFallsInTheLaterWindow) {
    // As of Monday 13 April 08:00, the run of Monday 6 April 08:00 is exactly 7 days back: it
    // opens the last window, and the run of 30 March opens the one before.
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(QStringLiteral("Pair"));
    journal.run(at(2026, 3, 30), 5_km).shoe(pair);
    journal.run(at(2026, 4, 6), 7_km).shoe(pair);
    const Evaluation evaluation = evaluate(journal.snapshot(), AsOf(at(2026, 4, 13)));
    const ShoeForecast* forecast = evaluation.forecastOf(pair);
    ASSERT_NE(forecast, nullptr);
    EXPECT_EQ(forecast->weeks[7].distance, 7_km);
    EXPECT_EQ(forecast->weeks[6].distance, 5_km);
}

}  // namespace
}  // namespace stridelog::test

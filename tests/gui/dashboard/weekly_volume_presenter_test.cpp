// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly chart's data: bars, limits (R1, R2), this week's allowance, pain points (R5) and
// the default 16-week view, checked with the numbers of RULES.md.

#include "evaluation_builder.h"

#include "app/gui/presenters/load_presenter.h"
#include "app/gui/presenters/weekly_volume_presenter.h"

namespace stridelog::gui::testing {
namespace {

class WeeklyVolume : public EnglishLocale {};

// 22 km in the week of 2 November, 24.21 km in the week of 9 November, as of Saturday 21st.
EvaluationBuilder twoWeeks(std::int64_t secondWeekMetres) {
    EvaluationBuilder journal;
    journal.run(at(2026, 11, 3), 12'000);
    journal.run(at(2026, 11, 5), 10'000);
    journal.run(at(2026, 11, 10), 12'000);
    journal.run(at(2026, 11, 12), secondWeekMetres - 12'000);
    return journal;
}

TEST_F(WeeklyVolume, ElevenPercentMoreIsAnOverLimitBarAgainstItsMarker) {
    const WeeklyVolumeData data =
        presentWeeklyVolume(twoWeeks(24'210).evaluate(at(2026, 11, 21, 12)));
    ASSERT_EQ(data.bars.size(), 3u);
    EXPECT_EQ(data.bars[0].state, BarState::Ok);
    EXPECT_FALSE(data.bars[0].limit);  // the first week has no limit
    EXPECT_DOUBLE_EQ(data.bars[1].volume, 24.21);
    ASSERT_TRUE(data.bars[1].limit);
    EXPECT_NEAR(*data.bars[1].limit, 24.2, 1e-9);
    EXPECT_EQ(data.bars[1].state, BarState::Over);
    EXPECT_TRUE(data.bars[1].tooltip.contains(QStringLiteral("Over the limit by 0.0 km")));
    EXPECT_EQ(data.unitSymbol, QStringLiteral("km"));
}

TEST_F(WeeklyVolume, ExactlyTenPercentMoreStaysWithinTheLimit) {
    const WeeklyVolumeData data =
        presentWeeklyVolume(twoWeeks(24'200).evaluate(at(2026, 11, 21, 12)));
    ASSERT_EQ(data.bars.size(), 3u);
    EXPECT_EQ(data.bars[1].state, BarState::Ok);
}

TEST_F(WeeklyVolume, ThisWeekIsTheLastBarWithWhatIsLeftOfItsAllowance) {
    EvaluationBuilder journal = twoWeeks(24'210);
    journal.run(at(2026, 11, 17), 6'000);
    const WeeklyVolumeData data = presentWeeklyVolume(journal.evaluate(at(2026, 11, 21, 12)));
    ASSERT_EQ(data.bars.size(), 3u);
    EXPECT_FALSE(data.bars[1].current);
    const WeekBar& now = data.bars[2];
    EXPECT_TRUE(now.current);
    EXPECT_EQ(now.weekStart, QDate(2026, 11, 16));
    ASSERT_TRUE(now.limit && now.remaining);
    EXPECT_NEAR(*now.limit, 26.631, 1e-9);  // 24.21 km × 1.10
    EXPECT_NEAR(*now.remaining, 20.631, 1e-9);
    EXPECT_TRUE(now.tooltip.contains(QStringLiteral("Left this week: 20.6 km")));
}

TEST_F(WeeklyVolume, MilesWhenTheUnitsSettingSaysSo) {
    EvaluationBuilder journal = twoWeeks(24'210);
    journal.run(at(2026, 11, 17), 201'168);  // exactly 125 miles
    journal.journal.settings.units = UnitSystem::Miles;
    const WeeklyVolumeData data = presentWeeklyVolume(journal.evaluate(at(2026, 11, 21, 12)));
    EXPECT_EQ(data.unitSymbol, QStringLiteral("mi"));
    EXPECT_NEAR(data.bars[2].volume, 125.0, 1e-9);
    EXPECT_NEAR(*data.bars[1].limit, 24.2 / 1.609344, 1e-9);
    EXPECT_TRUE(data.bars[2].tooltip.contains(QStringLiteral("125.0 mi")));
}

TEST_F(WeeklyVolume, TheDefaultViewIsTheLastSixteenWeeksOfALongerHistory) {
    EvaluationBuilder journal;
    const QDate monday(2026, 7, 6);
    for (int week = 0; week < 20; ++week) {
        const QDate day = monday.addDays(7 * week + 1);
        journal.run(Instant::fromLocal(day, QTime(8, 0)), 10'000);
    }
    const WeeklyVolumeData data = presentWeeklyVolume(
        journal.evaluate(Instant::fromLocal(monday.addDays(7 * 19 + 3), QTime(12, 0))));
    ASSERT_EQ(data.bars.size(), 20u);
    const auto inView = std::count_if(data.bars.begin(), data.bars.end(), [&](const WeekBar& bar) {
        return bar.key > data.defaultLower && bar.key < data.defaultUpper;
    });
    EXPECT_EQ(inView, kDefaultWeeks);
    EXPECT_LT(data.fullLower, data.defaultLower);
    EXPECT_EQ(data.fullUpper, data.defaultUpper);
    EXPECT_LT(data.fullLower, data.bars.front().key);
}

TEST_F(WeeklyVolume, APainPointIsTheWeeksWorstIntensityColouredByThatEntrysStage) {
    EvaluationBuilder journal = twoWeeks(24'210);
    // Worst of the week: 6/10 but gone in 3 h after the run (stage 1); a milder 2/10 at rest
    // (stage 4) must not lend it its stage.
    journal.pain(at(2026, 11, 10, 10), 6, Onset::After, Duration::fromHours(3));
    journal.pain(at(2026, 11, 12, 10), 2, Onset::Rest, Duration::fromHours(3));
    const WeeklyVolumeData data = presentWeeklyVolume(journal.evaluate(at(2026, 11, 21, 12)));
    EXPECT_FALSE(data.bars[0].painMax);
    ASSERT_TRUE(data.bars[1].painMax && data.bars[1].painStage);
    EXPECT_EQ(*data.bars[1].painMax, 6);
    EXPECT_EQ(*data.bars[1].painStage, 1);
    EXPECT_TRUE(data.bars[1].tooltip.contains(QStringLiteral("Worst knee pain: 6/10 (stage 1)")));
}

TEST_F(WeeklyVolume, HoverFindsTheWeekUnderAKey) {
    const WeeklyVolumeData data =
        presentWeeklyVolume(twoWeeks(24'210).evaluate(at(2026, 11, 21, 12)));
    const WeekBar* bar = data.barNear(weekKey(QDate(2026, 11, 9)) + kSecondsPerDay);
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->weekStart, QDate(2026, 11, 9));
    EXPECT_EQ(data.barNear(data.fullUpper + kSecondsPerWeek), nullptr);
}

TEST_F(WeeklyVolume, LoadCurvesAreOnePointPerDayInTheUsersUnit) {
    EvaluationBuilder journal = twoWeeks(24'210);
    const Evaluation km = journal.evaluate(at(2026, 11, 21, 12));
    journal.journal.settings.units = UnitSystem::Miles;
    const Evaluation miles = journal.evaluate(at(2026, 11, 21, 12));
    const LoadCurves inKm = presentLoad(km);
    const LoadCurves inMiles = presentLoad(miles);
    ASSERT_EQ(inKm.keys.size(), static_cast<qsizetype>(km.load.size()));
    EXPECT_EQ(inKm.keys.front(), dayKey(QDate(2026, 11, 3)));
    EXPECT_DOUBLE_EQ(inKm.acute.front(), 3.0);  // 0.25 × 12 km on the first day
    EXPECT_NEAR(inMiles.acute.front(), 3.0 / 1.609344, 1e-12);
    EXPECT_EQ(inMiles.unitSymbol, QStringLiteral("mi"));
    EXPECT_TRUE(loadTooltip(km, dayKey(QDate(2026, 11, 3)))
                    .contains(QStringLiteral("Run that day: 12.0 km")));
}

}  // namespace
}  // namespace stridelog::gui::testing

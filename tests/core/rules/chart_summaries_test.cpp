// SPDX-License-Identifier: GPL-3.0-or-later
// The charts' summaries for a screen reader, from the evaluation the charts draw. 2026-03-02 is
// a Monday.
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/chart_summaries.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

Evaluation evaluated(const JournalBuilder& journal, Instant asOf) {
    return evaluate(journal.snapshot(), AsOf(asOf));
}

TEST(ChartSummaries, TheWeeklyChartSaysThisWeekAgainstItsLimitAndTheLatestWeekOver) {
    // 20, 24 (+20%, over 22), 24, then 10 km so far of this week's 26.4 km limit.
    const JournalBuilder journal = weeklyRuns({20'000, 24'000, 24'000, 10'000});
    EXPECT_EQ(weeklyVolumeSummary(evaluated(journal, midweek(3))),
              text("Last 4 weeks: this week 10.0 km of 26.4 km allowed; 1 week over its limit, "
                   "the latest the week of 9 March, 20% over the week before."));
}

TEST(ChartSummaries, ExactlyTenPercentMoreIsNoWeekOver) {
    const JournalBuilder journal = weeklyRuns({20'000, 22'000});
    EXPECT_EQ(weeklyVolumeSummary(evaluated(journal, midweek(1))),
              text("Last 2 weeks: this week 22.0 km of 22.0 km allowed; no week over its limit."));
    const JournalBuilder oneMetreMore = weeklyRuns({20'000, 22'001});
    EXPECT_TRUE(weeklyVolumeSummary(evaluated(oneMetreMore, midweek(1)))
                    .contains(text("1 week over its limit")));
}

TEST(ChartSummaries, TheWeeklyChartCountsOnlyTheWeeksItShows) {
    // The week over its limit is the second of six; a 4-week view leaves it out.
    const JournalBuilder journal = weeklyRuns({20'000, 30'000, 30'000, 30'000, 30'000, 30'000});
    EXPECT_TRUE(weeklyVolumeSummary(evaluated(journal, midweek(5)), 4)
                    .contains(text("no week over its limit")));
    EXPECT_TRUE(weeklyVolumeSummary(evaluated(journal, midweek(5)), 6)
                    .contains(text("1 week over its limit")));
}

TEST(ChartSummaries, AFirstWeekHasNoLimitYet) {
    const JournalBuilder journal = weeklyRuns({8'000});
    EXPECT_EQ(weeklyVolumeSummary(evaluated(journal, midweek(0))),
              text("Last week: this week 8.0 km, without a limit yet; no week over its limit."));
    EXPECT_EQ(weeklyVolumeSummary(evaluated(JournalBuilder(), midweek(0))), text("No runs yet."));
}

TEST(ChartSummaries, TheLoadChartSaysTodaysAcuteAndChronicLoad) {
    // One 10 km run on day 0: acute 0.25 × 10 = 2.5, chronic 2/29 × 10 = 0.69 km a day.
    JournalBuilder journal;
    journal.run(at(2026, 3, 2), 10_km);
    EXPECT_EQ(loadSummary(evaluated(journal, at(2026, 3, 2, 20))),
              text("Training load on 2 March: acute 2.5 km a day, chronic 0.7 km a day; the "
                   "ratio shows from the 28th day."));
    EXPECT_EQ(loadSummary(evaluated(JournalBuilder(), at(2026, 3, 2, 20))),
              text("No training load yet."));
}

TEST(ChartSummaries, PairsAreNamedMostWornFirstWithWhatTheirStateAsks) {
    JournalBuilder journal;
    journal.shoe(QStringLiteral("Easy pair"), 1000_km, 100_km);
    journal.shoe(QStringLiteral("Old pair"), 1000_km, 800_km);
    journal.shoe(QStringLiteral("Worn pair"), 500_km, 600_km);
    EXPECT_EQ(shoesSummary(evaluated(journal, midweek(0))),
              text("3 pairs in use: Worn pair 600 km of 500 km (120%), past its limit; Old pair "
                   "800 km of 1000 km (80%), plan a replacement; Easy pair 100 km of 1000 km "
                   "(10%)."));
}

TEST(ChartSummaries, ThePainTimelineCountsTheLast180Days) {
    JournalBuilder journal;
    journal.pain(at(2026, 3, 2)).intensity(6).lasted(80_h);  // stage 3, 181 days before T
    journal.pain(at(2026, 6, 1)).intensity(3).lasted(30_h);  // stage 2
    journal.pain(at(2026, 8, 30)).intensity(2).lasted(3_h);  // stage 1
    EXPECT_EQ(painTimelineSummary(evaluated(journal, at(2026, 8, 30, 12))),
              text("2 pain entries in the last 180 days, the highest at stage 2; the latest on "
                   "30 August at 2/10."));
}

}  // namespace
}  // namespace stridelog::test

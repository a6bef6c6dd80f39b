// SPDX-License-Identifier: GPL-3.0-or-later
// The report's content (core/rules/report_content.h): what belongs to a period, with both sides
// of each edge of the period.
//
//   period: Monday 2 March to Sunday 15 March 2026; the report is made on 20 March, 12:00.
//   24 Feb  10 km      "Old pair" (95 km before, limit 100: past it, but not worn in the period)
//    3 Mar  11 km      exactly +10% on the week before: allowed
//   15 Mar  12.101 km  Sunday 23:30, the period's last day: over the week's 12.1 km limit
//   16 Mar   5 km      Monday 00:30, just after the period
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/report_content.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

const ReportPeriod kPeriod{QDate(2026, 3, 2), QDate(2026, 3, 15)};
// A function, not a constant: a local time is read only once main() has set the time zone.
Instant now() {
    return at(2026, 3, 20, 12);
}

struct ReportJournal {
    JournalBuilder journal;
    ShoeId oldPair;
    ShoeId daily;
    PainId carriedIn;
    PainId lastEvening;

    ReportJournal() {
        oldPair = journal.shoe(text("Old pair"), 100_km, 95_km);
        daily = journal.shoe(text("Daily trainer"));
        journal.run(at(2026, 2, 24), 10_km).shoe(oldPair);
        journal.run(at(2026, 3, 3), 11_km).shoe(daily);
        journal.run(at(2026, 3, 15, 23, 30), 12'101_m).shoe(daily);
        journal.run(at(2026, 3, 16, 0, 30), 5_km).shoe(daily);

        journal.pain(at(2026, 2, 20, 18));              // before: left out
        journal.pain(at(2026, 2, 28, 20)).lasted(4_h);  // over at 1 March 00:00: left out
        carriedIn = journal.pain(at(2026, 3, 1, 20)).lasted(4_h);  // to 2 March 00:00
        lastEvening = journal.pain(at(2026, 3, 15, 23)).intensity(5).onset(Onset::During).ongoing();
        journal.pain(at(2026, 3, 16, 0, 30));  // after: left out
    }
};

class ReportContentTest : public testing::Test {
protected:
    ReportJournal fixture;
    ReportContent content = buildReportContent(fixture.journal, kPeriod, now());
};

TEST_F(ReportContentTest, IsEvaluatedAtTheEndOfThePeriodAndPainAssessedNow) {
    EXPECT_EQ(content.evaluatedAt, Instant::endOfLocalDay(QDate(2026, 3, 15)));
    EXPECT_EQ(content.generatedAt, now());
}

TEST_F(ReportContentTest, SumsUpTheRunsOfThePeriodAndNotTheMinuteAfter) {
    EXPECT_EQ(content.summary.runs, 2);
    EXPECT_EQ(content.summary.distance, 23'101_m);
    EXPECT_EQ(content.summary.time, Duration::fromSeconds(6600 + 7260));
    EXPECT_EQ(content.summary.painEntries, 2);
    EXPECT_EQ(content.summary.weeksOverLimit, 1);
}

TEST_F(ReportContentTest, HoldsTheWeeksOfThePeriodWithTheRulesLimits) {
    ASSERT_EQ(content.weeks.size(), 2u);
    EXPECT_EQ(content.weeks[0].weekStart, QDate(2026, 3, 2));
    EXPECT_EQ(content.weeks[0].limit, 11_km);
    EXPECT_FALSE(content.weeks[0].overLimit);  // exactly +10%
    EXPECT_EQ(content.weeks[1].volume, 12'101_m);
    EXPECT_EQ(content.weeks[1].limit, 12'100_m);
    EXPECT_TRUE(content.weeks[1].overLimit);
    EXPECT_EQ(content.weeks[1].painMax, 5);
}

TEST_F(ReportContentTest, PainThatCarriesIntoThePeriodBelongsToItAndPainThatEndedBeforeDoesNot) {
    ASSERT_EQ(content.pain.size(), 2u);
    EXPECT_EQ(content.pain[0].entry.id, fixture.carriedIn);
    EXPECT_FALSE(content.pain[0].ongoing);
    EXPECT_EQ(content.pain[1].entry.id, fixture.lastEvening);
}

TEST_F(ReportContentTest, AnOngoingEntryIsMeasuredToNow) {
    const ReportPain& ongoing = content.pain[1];
    EXPECT_TRUE(ongoing.ongoing);
    // 15 March 23:00 to 20 March 12:00: 109 h, stage 3 (72–120 h); it was stage 2 (during the
    // run) at the period's end.
    EXPECT_EQ(ongoing.assessment.duration, 109_h);
    EXPECT_EQ(ongoing.assessment.stage, 3);
}

TEST_F(ReportContentTest, WarningsAreThoseOfThePeriodsEndAboutThePeriod) {
    EXPECT_TRUE(hasCode(content.warnings, "weekly-increase"));  // the week of 9 March
    EXPECT_TRUE(hasCode(content.warnings, "run-spike"));        // 12.101 km over 11 km
    // The old pair is past its limit, but was not worn in the period.
    EXPECT_FALSE(hasCode(content.warnings, "shoe-replace"));
    for (std::size_t i = 1; i < content.warnings.size(); ++i)
        EXPECT_GE(content.warnings[i - 1].severity, content.warnings[i].severity);
}

TEST_F(ReportContentTest, ShoesAreThoseWornInThePeriodWithTotalsAtItsEnd) {
    ASSERT_EQ(content.shoes.size(), 1u);
    const ReportShoe& shoe = content.shoes.front();
    EXPECT_EQ(shoe.id, fixture.daily);
    EXPECT_EQ(shoe.periodRuns, 2);
    EXPECT_EQ(shoe.periodDistance, 23'101_m);
    EXPECT_EQ(shoe.total, 23'101_m);  // not the 5 km of 16 March
    EXPECT_EQ(shoe.status, ShoeStatusKind::Ok);
}

TEST(ReportAsOf, APeriodReachingPastNowIsEvaluatedNow) {
    EXPECT_EQ(reportAsOf({QDate(2026, 3, 2), QDate(2026, 3, 20)}, now()).instant(), now());
    EXPECT_EQ(reportAsOf({QDate(2026, 3, 2), QDate(2026, 3, 19)}, now()).instant(),
              Instant::endOfLocalDay(QDate(2026, 3, 19)));
}

}  // namespace
}  // namespace stridelog::test

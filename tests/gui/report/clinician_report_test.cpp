// SPDX-License-Identifier: GPL-3.0-or-later
// The clinician report's content, as a value: the weeks, pain entries, warnings and shoes of
// the period, and nothing from outside it (see report_fixture.h for the journal).
#include "report_fixture.h"

#include "app/gui/report/clinician_report.h"

#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace stridelog::gui {
namespace {

using namespace stridelog::literals;
using test::ReportJournal;

class ClinicianReportTest : public testing::Test {
protected:
    ReportJournal fixture;
    ClinicianReport report =
        buildClinicianReport(fixture.journal, ReportJournal::period(), ReportJournal::now());

    const ReportPain* pain(PainId id) const {
        for (const ReportPain& p : report.pains) {
            if (p.id == id) return &p;
        }
        return nullptr;
    }
};

TEST_F(ClinicianReportTest, HoldsTheFourWeeksOfThePeriodWithTheirKmAndLimits) {
    ASSERT_EQ(report.weeks.size(), 4u);
    EXPECT_EQ(report.weeks[0].weekStart, QDate(2026, 3, 2));
    EXPECT_EQ(report.weeks[3].weekStart, QDate(2026, 3, 23));
    const std::vector<Distance> km{22_km, 26_km, 20_km, 20_km};
    const std::vector<Distance> limits{22_km, 24'200_m, 28'600_m, 22_km};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(report.weeks[i].volume, km[i]) << i;
        ASSERT_TRUE(report.weeks[i].limit.has_value()) << i;
        EXPECT_EQ(*report.weeks[i].limit, limits[i]) << i;
        EXPECT_EQ(report.weeks[i].runs, 2) << i;
    }
}

TEST_F(ClinicianReportTest, ExactlyTenPercentIsAllowedAndTwentySixOverTwentyTwoIsOver) {
    EXPECT_FALSE(report.weeks[0].overLimit);
    EXPECT_TRUE(report.weeks[1].overLimit);
    EXPECT_FALSE(report.weeks[2].overLimit);
    EXPECT_FALSE(report.weeks[3].overLimit);
}

TEST_F(ClinicianReportTest, CountsOnlyTheRunsOfThePeriod) {
    EXPECT_EQ(report.runs, 8);
    EXPECT_EQ(report.distance, 88_km);
}

TEST_F(ClinicianReportTest, ListsEveryPainEntryOfThePeriodAndNothingOutside) {
    ASSERT_EQ(report.pains.size(), 3u);
    EXPECT_EQ(report.pains[0].id, fixture.outside);
    EXPECT_EQ(report.pains[1].id, fixture.below);
    EXPECT_EQ(report.pains[2].id, fixture.whole);
}

TEST_F(ClinicianReportTest, PainEntriesCarryStageHintAndPlainWords) {
    const ReportPain* outside = pain(fixture.outside);
    ASSERT_NE(outside, nullptr);
    EXPECT_EQ(outside->knee, QStringLiteral("right"));
    EXPECT_EQ(outside->site, QStringLiteral("outer side"));
    EXPECT_EQ(outside->intensity, 4);
    EXPECT_EQ(outside->onset, QStringLiteral("late in long or fast runs"));
    EXPECT_EQ(outside->duration, QStringLiteral("30 h"));
    EXPECT_EQ(outside->stage, 2);  // 24 h ≤ 30 h < 72 h
    EXPECT_EQ(outside->hint, QStringLiteral("commonly associated with iliotibial band syndrome "
                                            "— discuss with a clinician"));

    const ReportPain* below = pain(fixture.below);
    ASSERT_NE(below, nullptr);
    EXPECT_EQ(below->stage, 3);  // 72 h ≤ 80 h ≤ 120 h
    EXPECT_EQ(below->duration, QStringLiteral("3 d 8 h"));
    EXPECT_EQ(below->signs, QStringLiteral("swelling"));
    EXPECT_TRUE(below->hint.contains(QStringLiteral("patellar tendinopathy")));
}

TEST_F(ClinicianReportTest, AnOngoingEntryIsMeasuredToNowAndSaysSoFar) {
    const ReportPain* whole = pain(fixture.whole);
    ASSERT_NE(whole, nullptr);
    EXPECT_TRUE(whole->ongoing);
    // 28 Mar 10:00 to 5 Apr 12:00 (summer time from 29 Mar): 193 h, more than 120 h.
    EXPECT_EQ(whole->duration, QStringLiteral("ongoing, 8 d 1 h so far"));
    EXPECT_EQ(whole->stage, 4);
}

TEST_F(ClinicianReportTest, WarningsAreThoseOfThePeriodsEnd) {
    const auto has = [&](const QString& code) {
        return std::any_of(report.warnings.begin(), report.warnings.end(),
                           [&](const ReportWarning& w) { return w.code == code; });
    };
    EXPECT_TRUE(has(QStringLiteral("pain-stage")));       // 25 Mar, stage 3 as of 29 Mar
    EXPECT_TRUE(has(QStringLiteral("pain-high")));        // 6/10 within 7 days
    EXPECT_TRUE(has(QStringLiteral("pain-adaptation")));  // both knees, 37 h at 29 Mar
    for (const ReportWarning& warning : report.warnings) {
        EXPECT_FALSE(warning.message.isEmpty());
        EXPECT_FALSE(warning.source.isEmpty());
    }
}

TEST_F(ClinicianReportTest, LeavesOutWarningsAboutPairsNotWornInThePeriod) {
    // The old pair is past its limit at the period's end, but was not worn in it.
    const auto all =
        computeWarnings(fixture.journal, reportAsOf(ReportJournal::period(), ReportJournal::now()));
    const auto isShoeReplace = [](const auto& w) {
        return w.code == QStringLiteral("shoe-replace");
    };
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), isShoeReplace));
    EXPECT_FALSE(std::any_of(report.warnings.begin(), report.warnings.end(), isShoeReplace));
}

TEST_F(ClinicianReportTest, ShoesAreThoseWornInThePeriodWithTotalsAtItsEnd) {
    ASSERT_EQ(report.shoes.size(), 1u);
    const ReportShoe& shoe = report.shoes.front();
    EXPECT_EQ(shoe.name, QStringLiteral("Daily trainer"));
    EXPECT_EQ(shoe.periodRuns, 8);
    EXPECT_EQ(shoe.periodDistance, 88_km);
    EXPECT_EQ(shoe.total, 88_km);
    EXPECT_EQ(shoe.limit, 1000_km);
    EXPECT_EQ(shoe.status, ShoeStatusKind::Ok);
}

TEST_F(ClinicianReportTest, APeriodReachingIntoTheFutureIsEvaluatedNow) {
    const ReportPeriod period{QDate(2026, 3, 30), QDate(2026, 4, 30)};
    EXPECT_EQ(reportAsOf(period, ReportJournal::now()).instant(), ReportJournal::now());
    const ClinicianReport later =
        buildClinicianReport(fixture.journal, period, ReportJournal::now());
    ASSERT_EQ(later.weeks.size(), 1u);
    EXPECT_EQ(later.weeks.front().volume, 30_km);
}

TEST(ReportPeriod, FirstDayAfterLastIsRefused) {
    EXPECT_TRUE(checkReportPeriod({QDate(2026, 3, 9), QDate(2026, 3, 2)}).has_value());
    EXPECT_TRUE(checkReportPeriod({QDate(), QDate(2026, 3, 2)}).has_value());
    EXPECT_FALSE(checkReportPeriod({QDate(2026, 3, 2), QDate(2026, 3, 2)}).has_value());
}

}  // namespace
}  // namespace stridelog::gui

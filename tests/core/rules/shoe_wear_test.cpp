// SPDX-License-Identifier: GPL-3.0-or-later
// R3 (shoe wear) and R12 (one pair for every run).
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

const Instant kAsOf = at(2026, 3, 20, 12);

// A pair with 1000 km limit whose runs total `metres`, in runs of at most 100 km.
ShoeWear wearAfter(std::int64_t metres, Distance limit = 1000_km, Distance start = {}) {
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(text("Pegasus"), limit, start);
    for (int day = 1; metres > 0; ++day) {
        const std::int64_t run = std::min<std::int64_t>(metres, 100'000);
        journal.run(at(2026, 1, day), Distance::fromMetres(run)).shoe(pair);
        metres -= run;
    }
    return assessShoe(journal, journal.snapshot().shoes[0], kAsOf);
}

TEST(ShoeWear, JustUnderEightyPercentIsOk) {
    const ShoeWear wear = wearAfter(799'999);
    EXPECT_EQ(wear.status, ShoeStatusKind::Ok);
    EXPECT_EQ(wear.distance, 799'999_m);
    EXPECT_EQ(wear.runs, 8);
}

TEST(ShoeWear, EightyPercentIsSoon) {
    const ShoeWear wear = wearAfter(800'000);
    EXPECT_EQ(wear.status, ShoeStatusKind::Soon);
    EXPECT_NEAR(wear.percent, 80.0, 1e-9);
}

TEST(ShoeWear, TheLimitIsReplace) {
    EXPECT_EQ(wearAfter(999'999).status, ShoeStatusKind::Soon);
    EXPECT_EQ(wearAfter(1'000'000).status, ShoeStatusKind::Replace);
}

TEST(ShoeWear, APairsOwnLimitAndStartDistanceCount) {
    EXPECT_EQ(wearAfter(400'000, 500_km).status, ShoeStatusKind::Soon);
    EXPECT_EQ(wearAfter(399'999, 500_km).status, ShoeStatusKind::Ok);
    const ShoeWear started = wearAfter(100'000, 1000_km, 700_km);
    EXPECT_EQ(started.distance, 800_km);
    EXPECT_EQ(started.status, ShoeStatusKind::Soon);
}

TEST(ShoeWear, RunsAfterTheAsOfInstantDoNotCount) {
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(text("Pegasus"), 100_km);
    journal.run(at(2026, 3, 1), 50_km).shoe(pair);
    journal.run(at(2026, 3, 25), 50_km).shoe(pair);
    const ShoeWear wear = assessShoe(journal, journal.snapshot().shoes[0], kAsOf);
    EXPECT_EQ(wear.distance, 50_km);
    EXPECT_EQ(wear.status, ShoeStatusKind::Ok);
}

TEST(ShoeWear, SoonIsInfoAndReplaceIsCaution) {
    JournalBuilder journal;
    const ShoeId soon = journal.shoe(text("Soon pair"), 100_km);
    const ShoeId worn = journal.shoe(text("Worn pair"), 100_km);
    journal.run(at(2026, 3, 1), 85_km).shoe(soon);
    journal.run(at(2026, 3, 2), 100_km).shoe(worn);
    const auto warnings = computeWarnings(journal, kAsOf);
    const auto soonWarnings = withCode(warnings, "shoe-soon");
    const auto replaceWarnings = withCode(warnings, "shoe-replace");
    ASSERT_EQ(soonWarnings.size(), 1u);
    ASSERT_EQ(replaceWarnings.size(), 1u);
    EXPECT_EQ(soonWarnings[0].severity, Severity::Info);
    EXPECT_EQ(soonWarnings[0].subject, WarningSubject::forShoe(soon));
    EXPECT_EQ(soonWarnings[0].message, text("Soon pair has 85.0 km, 85% of its 100.0 km limit."));
    EXPECT_EQ(replaceWarnings[0].severity, Severity::Caution);
    EXPECT_EQ(replaceWarnings[0].subject, WarningSubject::forShoe(worn));
    EXPECT_TRUE(replaceWarnings[0].source.contains(text("no study ties a mileage to injury")));
}

TEST(ShoeWear, ARetiredPairHasNoWarnings) {
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(text("Old pair"), 100_km);
    journal.run(at(2026, 3, 1), 120_km).shoe(pair);
    journal.retire(pair, QDate(2026, 3, 10));
    EXPECT_EQ(assessShoe(journal, journal.snapshot().shoes[0], kAsOf).status,
              ShoeStatusKind::Retired);
    EXPECT_TRUE(computeWarnings(journal, kAsOf).empty());
    // Before its retirement day it was still in use.
    EXPECT_TRUE(hasCode(computeWarnings(journal, at(2026, 3, 9)), "shoe-replace"));
}

TEST(ShoeWear, LoggingARunWithAWornPairShowsTheReminderAtOnce) {
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(text("Worn pair"), 100_km, 120_km);
    const RunId run = journal.run(at(2026, 3, 19), 5_km).shoe(pair);
    const auto warnings = warningsTriggeredByRun(journal, run, kAsOf);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].code, text("shoe-replace"));
}

TEST(ShoeRotation, EightRunsInEightWeeksAllInOnePairIsInfo) {
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(text("Only pair"));
    for (int week = 0; week < 8; ++week)
        journal.run(at(2026, 2, 2).plusSeconds(week * 7 * 86400), 5_km).shoe(pair);
    const auto warnings = withCode(computeWarnings(journal, at(2026, 3, 26)), "shoe-rotation");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Info);
    EXPECT_TRUE(warnings[0].source.contains(text("39%")));
}

TEST(ShoeRotation, SevenRunsOrASecondPairIsNot) {
    JournalBuilder seven;
    const ShoeId pair = seven.shoe(text("Only pair"));
    for (int week = 0; week < 7; ++week)
        seven.run(at(2026, 2, 9).plusSeconds(week * 7 * 86400), 5_km).shoe(pair);
    EXPECT_FALSE(hasCode(computeWarnings(seven, at(2026, 3, 26)), "shoe-rotation"));

    JournalBuilder two;
    const ShoeId first = two.shoe(text("First"));
    const ShoeId second = two.shoe(text("Second"));
    for (int week = 0; week < 8; ++week) {
        two.run(at(2026, 2, 2).plusSeconds(week * 7 * 86400), 5_km)
            .shoe(week == 3 ? second : first);
    }
    EXPECT_FALSE(hasCode(computeWarnings(two, at(2026, 3, 26)), "shoe-rotation"));
}

}  // namespace
}  // namespace stridelog::test

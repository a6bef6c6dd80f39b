// SPDX-License-Identifier: GPL-3.0-or-later
// R4: a run against the longest run of the 30 days before it.
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

const Instant kLongest = at(2026, 3, 2, 8);
const Instant kRun = at(2026, 3, 12, 8);
const Instant kAsOf = at(2026, 3, 12, 20);

std::vector<Warning> spikesAfter(Distance distance) {
    JournalBuilder journal;
    journal.run(kLongest, 10_km);
    journal.run(at(2026, 3, 5, 8), 6_km);
    journal.run(kRun, distance);
    return withCode(computeWarnings(journal, kAsOf), "run-spike");
}

std::optional<QString> bandAfter(Distance distance) {
    const auto spikes = spikesAfter(distance);
    if (spikes.empty()) return std::nullopt;
    return spikes.front().band;
}

TEST(SessionSpike, TenPercentIsNoSpike) {
    EXPECT_FALSE(bandAfter(11'000_m).has_value());
}

TEST(SessionSpike, TenPointNinePercentIsSmall) {
    EXPECT_EQ(bandAfter(11'090_m), text("small"));
    EXPECT_EQ(bandAfter(11'001_m), text("small"));
}

TEST(SessionSpike, ThirtyPercentIsStillSmall) {
    EXPECT_EQ(bandAfter(13'000_m), text("small"));
}

TEST(SessionSpike, ThirtyPointThreePercentIsModerate) {
    EXPECT_EQ(bandAfter(13'030_m), text("moderate"));
}

TEST(SessionSpike, OneHundredPercentIsStillModerate) {
    EXPECT_EQ(bandAfter(20'000_m), text("moderate"));
}

TEST(SessionSpike, OneHundredAndOnePercentIsLarge) {
    EXPECT_EQ(bandAfter(20'100_m), text("large"));
}

TEST(SessionSpike, TheWarningSaysWhyAndNamesTheStudy) {
    const auto spikes = spikesAfter(13'030_m);
    ASSERT_EQ(spikes.size(), 1u);
    EXPECT_EQ(spikes[0].severity, Severity::Caution);
    EXPECT_EQ(spikes[0].subject, WarningSubject::forRun(RunId(3)));
    EXPECT_EQ(spikes[0].message,
              text("The 13.0 km run on 2026-03-12 was 30.3% longer than your longest run of the "
                   "30 days before it (10.0 km): a moderate spike."));
    EXPECT_TRUE(spikes[0].source.contains(text("Frandsen")));
}

TEST(SessionSpike, ARunThirtyDaysAndOneMinuteEarlierIsLeftOut) {
    JournalBuilder journal;
    journal.run(kRun.plusSeconds(-(30 * 86400 + 60)), 20_km);
    journal.run(at(2026, 3, 5, 8), 10_km);
    const RunId run = journal.run(kRun, 12_km);
    EXPECT_NEAR(*runSpikePercent(journal, journal.snapshot().runs[2]), 20.0, 1e-9);
    EXPECT_TRUE(hasCode(computeWarnings(journal, kAsOf), "run-spike"));
    EXPECT_EQ(run, RunId(3));
}

TEST(SessionSpike, ARunExactlyThirtyDaysEarlierIsIncluded) {
    JournalBuilder journal;
    journal.run(kRun.plusSeconds(-30 * 86400), 20_km);
    journal.run(at(2026, 3, 5, 8), 10_km);
    journal.run(kRun, 12_km);
    EXPECT_NEAR(*runSpikePercent(journal, journal.snapshot().runs[2]), -40.0, 1e-9);
    EXPECT_FALSE(hasCode(computeWarnings(journal, kAsOf), "run-spike"));
}

TEST(SessionSpike, NoRunInTheThirtyDaysBeforeMeansNoSpike) {
    JournalBuilder journal;
    journal.run(at(2026, 1, 2), 5_km);
    journal.run(kRun, 30_km);
    EXPECT_FALSE(runSpikePercent(journal, journal.snapshot().runs[1]).has_value());
    EXPECT_FALSE(hasCode(computeWarnings(journal, kAsOf), "run-spike"));
}

TEST(SessionSpike, OnlyRunsOfTheSevenDaysUpToTAreWarned) {
    JournalBuilder journal;
    journal.run(kLongest, 10_km);
    journal.run(kRun, 15_km);
    EXPECT_TRUE(hasCode(computeWarnings(journal, kRun.plusSeconds(7 * 86400)), "run-spike"));
    EXPECT_FALSE(hasCode(computeWarnings(journal, kRun.plusSeconds(7 * 86400 + 60)), "run-spike"));
}

TEST(SessionSpike, APlannedRunIsCheckedBeforeItIsSaved) {
    JournalBuilder journal;
    journal.run(kLongest, 10_km);
    stridelog::Run planned;
    planned.start = kRun;
    planned.distance = 15_km;
    EXPECT_NEAR(*runSpikePercent(journal, planned), 50.0, 1e-9);
}

TEST(SessionSpike, TheLongestOfSeveralRunsIsTheReference) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 1), 8_km);
    journal.run(at(2026, 3, 3), 14_km);
    journal.run(at(2026, 3, 8), 9_km);
    journal.run(kRun, 14_km);
    EXPECT_FALSE(hasCode(computeWarnings(journal, kAsOf), "run-spike"));
}

}  // namespace
}  // namespace stridelog::test

namespace stridelog::test {
namespace {

TEST(SessionSpike, AllRunsAtOnceAgreeWithOneRunAtATime) {
    JournalBuilder journal;
    // A month of varied runs, two on the same morning, and one 30 days and one minute later.
    const int metres[] = {8000, 10000, 6000, 12000, 12000, 5000, 15000, 9000, 21000, 7000};
    for (int day = 0; day < 10; ++day) {
        journal.run(at(2026, 3, 2 + 3 * day, 7, day == 4 ? 0 : 30),
                    Distance::fromMetres(metres[day]));
    }
    journal.run(at(2026, 3, 5, 7, 30), 3_km);
    journal.run(at(2026, 4, 30, 7, 31), 16_km);
    const JournalSnapshot snapshot = journal.snapshot();
    const auto all = runSpikePercents(snapshot);
    ASSERT_EQ(all.size(), snapshot.runs.size());
    for (std::size_t i = 0; i < snapshot.runs.size(); ++i) {
        const auto one = runSpikePercent(snapshot, snapshot.runs[i]);
        ASSERT_EQ(all[i].has_value(), one.has_value()) << "run " << i;
        if (one) {
            EXPECT_DOUBLE_EQ(*all[i], *one) << "run " << i;
        }
    }
    EXPECT_FALSE(all.front().has_value());  // nothing in the 30 days before the first run
}

}  // namespace
}  // namespace stridelog::test

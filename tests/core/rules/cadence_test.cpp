// SPDX-License-Identifier: GPL-3.0-or-later
// R10: a low step rate over the runs of the last 28 days.
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

const Instant kAsOf = at(2026, 3, 28, 20);

std::vector<Warning> cadenceWarnings(std::initializer_list<int> cadences) {
    JournalBuilder journal;
    int day = 10;
    for (const int spm : cadences) journal.run(at(2026, 3, day++), 6_km).cadence(spm);
    return withCode(computeWarnings(journal, kAsOf), "cadence-low");
}

TEST(Cadence, AMedianOf155WarnsWithATargetOf163To171) {
    // 155 × 1.05 = 162.75 and 155 × 1.10 = 170.5, each rounded to the nearest whole step per
    // minute, halves up.
    const auto warnings = cadenceWarnings({150, 155, 170});
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Info);
    EXPECT_EQ(warnings[0].subject, WarningSubject::forJournal());
    EXPECT_EQ(warnings[0].message,
              text("Your median cadence over 3 runs of the last 28 days is 155 steps per minute, "
                   "below 160."));
    EXPECT_TRUE(warnings[0].advice.contains(text("163–171 steps per minute")));
    EXPECT_TRUE(warnings[0].source.contains(text("Heiderscheit 2011")));
}

TEST(Cadence, AMedianOf160DoesNotWarn) {
    EXPECT_TRUE(cadenceWarnings({150, 160, 170}).empty());
}

TEST(Cadence, AHalfStepMedianBelow160Warns) {
    const auto warnings = cadenceWarnings({158, 159, 160, 161});  // median 159.5
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_TRUE(warnings[0].message.contains(text("159.5 steps per minute")));
    // 159.5 × 1.05 = 167.475 and 159.5 × 1.10 = 175.45
    EXPECT_TRUE(warnings[0].advice.contains(text("167–175")));
}

TEST(Cadence, TwoRunsWithCadenceAreNotEnough) {
    EXPECT_TRUE(cadenceWarnings({150, 150}).empty());
}

TEST(Cadence, RunsWithoutCadenceOrOlderThan28DaysAreLeftOut) {
    JournalBuilder journal;
    journal.run(at(2026, 2, 20), 6_km).cadence(150);  // 36 days before T
    journal.run(at(2026, 3, 20), 6_km);
    journal.run(at(2026, 3, 21), 6_km).cadence(150);
    journal.run(at(2026, 3, 22), 6_km).cadence(150);
    EXPECT_FALSE(hasCode(computeWarnings(journal, kAsOf), "cadence-low"));
}

TEST(Cadence, TheMinimumIsASetting) {
    JournalBuilder journal;
    journal.settings().cadenceMinSpm = 150;
    for (int day = 10; day < 13; ++day) journal.run(at(2026, 3, day), 6_km).cadence(155);
    EXPECT_FALSE(hasCode(computeWarnings(journal, kAsOf), "cadence-low"));
    journal.settings().cadenceMinSpm = 170;
    EXPECT_TRUE(hasCode(computeWarnings(journal, kAsOf), "cadence-low"));
}

}  // namespace
}  // namespace stridelog::test

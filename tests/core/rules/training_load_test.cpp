// SPDX-License-Identifier: GPL-3.0-or-later
// R11: acute and chronic load as exponentially weighted daily averages.
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

constexpr double kLambda = 2.0 / 29.0;

TEST(TrainingLoad, AcuteAndChronicMatchAHandComputation) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 2, 7), 10_km);  // day 0
    journal.run(at(2026, 3, 4, 7), 3_km);   // day 2
    journal.run(at(2026, 3, 4, 19), 2_km);  // day 2 again: 5 km that day
    const auto days = computeDailyLoad(journal, at(2026, 3, 5, 12));
    ASSERT_EQ(days.size(), 4u);
    // Day 0: acute = 0.25·10 = 2.5, chronic = 10·2/29 = 0.689655...
    EXPECT_EQ(days[0].day, QDate(2026, 3, 2));
    EXPECT_DOUBLE_EQ(days[0].loadKm, 10.0);
    EXPECT_NEAR(days[0].acute, 2.5, 1e-12);
    EXPECT_NEAR(days[0].chronic, 20.0 / 29.0, 1e-12);
    // Day 1, a rest day: acute = 0.75·2.5 = 1.875, chronic = 27/29 · 0.689655 = 0.642093
    EXPECT_DOUBLE_EQ(days[1].loadKm, 0.0);
    EXPECT_NEAR(days[1].acute, 1.875, 1e-12);
    EXPECT_NEAR(days[1].chronic, 540.0 / 841.0, 1e-12);
    // Day 2: acute = 0.25·5 + 0.75·1.875 = 2.65625,
    // chronic = 10/29 + 27/29 · 540/841 = 22990/24389 = 0.942638
    EXPECT_DOUBLE_EQ(days[2].loadKm, 5.0);
    EXPECT_NEAR(days[2].acute, 2.65625, 1e-12);
    EXPECT_NEAR(days[2].chronic, 22990.0 / 24389.0, 1e-12);
    // Day 3: decays
    EXPECT_NEAR(days[3].acute, 0.75 * 2.65625, 1e-12);
    EXPECT_NEAR(days[3].chronic, (1 - kLambda) * days[2].chronic, 1e-12);
}

TEST(TrainingLoad, TheRatioIsShownFromDay28On) {
    JournalBuilder journal;
    for (int day = 0; day < 29; ++day) {
        journal.run(at(2026, 3, 2).plusSeconds(static_cast<std::int64_t>(day) * 86400), 5_km);
    }
    const auto days = computeDailyLoad(journal, at(2026, 3, 30, 20));
    ASSERT_EQ(days.size(), 29u);
    EXPECT_FALSE(days[27].acwr.has_value());
    ASSERT_TRUE(days[28].acwr.has_value());
    EXPECT_NEAR(*days[28].acwr, days[28].acute / days[28].chronic, 1e-12);
}

TEST(TrainingLoad, WeeksCarryTheLoadOfTheirLastDayFromDay28On) {
    JournalBuilder journal;
    for (int day = 0; day < 40; ++day) {
        journal.run(at(2026, 3, 2).plusSeconds(static_cast<std::int64_t>(day) * 86400), 5_km);
    }
    const Instant asOf = at(2026, 4, 8, 20);  // a Wednesday, day 37
    const auto weeks = computeWeeks(journal, asOf);
    const auto days = computeDailyLoad(journal, asOf);
    ASSERT_EQ(weeks.size(), 6u);
    EXPECT_FALSE(weeks[3].acute.has_value());  // its Sunday is day 27
    ASSERT_TRUE(weeks[4].acute.has_value());   // its Sunday is day 34
    EXPECT_DOUBLE_EQ(*weeks[4].acute, days[34].acute);
    EXPECT_DOUBLE_EQ(*weeks[4].chronic, days[34].chronic);
    EXPECT_DOUBLE_EQ(*weeks[5].acwr, *days[37].acwr);  // T's week: at T's day
}

TEST(TrainingLoad, ARatioOfOnePointFiveOrMoreIsInfoOnly) {
    JournalBuilder journal;
    for (int day = 0; day < 29; ++day) {
        journal.run(at(2026, 3, 2).plusSeconds(static_cast<std::int64_t>(day) * 86400), 5_km);
    }
    journal.run(at(2026, 3, 31), 20_km);  // day 29
    const auto days = computeDailyLoad(journal, at(2026, 3, 31, 20));
    ASSERT_GE(*days[29].acwr, 1.5);
    ASSERT_LT(*days[28].acwr, 1.5);
    const auto warnings = withCode(computeWarnings(journal, at(2026, 3, 31, 20)), "acwr-high");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Info);
    EXPECT_TRUE(warnings[0].source.contains(text("has not predicted injury")));
    EXPECT_FALSE(hasCode(computeWarnings(journal, at(2026, 3, 30, 20)), "acwr-high"));
}

TEST(TrainingLoad, NoRatioBeforeDay28HoweverHighTheLoad) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 2), 5_km);
    journal.run(at(2026, 3, 20), 40_km);
    EXPECT_FALSE(hasCode(computeWarnings(journal, at(2026, 3, 20, 20)), "acwr-high"));
}

}  // namespace
}  // namespace stridelog::test

// SPDX-License-Identifier: GPL-3.0-or-later
// R17, the morning trend, and R9's rated runs (RULES.md, rules 1.2).

#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/as_of_journal.h"
#include "core/rules/morning_trend.h"
#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

const QDate kToday(2026, 4, 14);

// Three checks in each half: the week before at `before`, this week at `thisWeek`.
JournalBuilder mornings(std::array<int, 3> before, std::array<int, 3> thisWeek) {
    JournalBuilder journal;
    for (int i = 0; i < 3; ++i) {
        journal.morning(kToday.addDays(-13 + i), before[static_cast<std::size_t>(i)]);
        journal.morning(kToday.addDays(-i), thisWeek[static_cast<std::size_t>(i)]);
    }
    return journal;
}

TEST(MorningTrend, ExactlyOneHigherWarnsJustBelowDoesNot) {
    const AsOf asOf = AsOf::endOfLocalDay(kToday);
    auto journal = mornings({1, 1, 2}, {2, 2, 4});  // 4/3 → 8/3: +4/3
    EXPECT_TRUE(hasCode(computeWarnings(journal, asOf), "morning-trend"));
    journal = mornings({1, 1, 2}, {2, 2, 3});  // 4/3 → 7/3: exactly +1
    const auto warnings = withCode(computeWarnings(journal, asOf), "morning-trend");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Caution);
    EXPECT_TRUE(warnings[0].message.contains(QStringLiteral("this week 2.3/10")) ||
                warnings[0].message.contains(QStringLiteral("This week 2.3/10")))
        << warnings[0].message.toStdString();
    journal = mornings({1, 1, 2}, {2, 2, 2});  // +2/3
    EXPECT_FALSE(hasCode(computeWarnings(journal, asOf), "morning-trend"));
}

TEST(MorningTrend, NeedsThreeChecksInEachHalf) {
    auto journal = mornings({0, 0, 0}, {5, 5, 5});
    EXPECT_TRUE(morningTrend(AsOfJournal(journal, AsOf::endOfLocalDay(kToday))));
    // On the day before, this week holds only two of them.
    EXPECT_FALSE(morningTrend(AsOfJournal(journal, AsOf::endOfLocalDay(kToday.addDays(-1)))));
}

TEST(RunPainHigh, ARunRatedAboveFiveRaisesPainHighFiveDoesNot) {
    JournalBuilder journal;
    const RunId high = journal.run(at(2026, 4, 10), 5_km).rated(2, 6);
    journal.run(at(2026, 4, 11), 5_km).rated(5, 5);
    const auto warnings = withCode(computeWarnings(journal, endOfDay(2026, 4, 12)), "pain-high");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].subject, WarningSubject::forRun(high));
    EXPECT_TRUE(warnings[0].message.contains(QStringLiteral("6/10")));
    EXPECT_FALSE(hasCode(computeWarnings(journal, endOfDay(2026, 4, 18)), "pain-high"));
}

}  // namespace
}  // namespace stridelog::test

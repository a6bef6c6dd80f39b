// SPDX-License-Identifier: GPL-3.0-or-later
// R8 (pain that keeps coming back and growing) and R13 (what the pain follows).
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

const Instant kAsOf = at(2026, 3, 28, 20);

// Four runs, three days apart, from 2026-03-16; each intensity > 0 adds a pain entry linked
// to that run, 0 leaves the run without pain.
JournalBuilder runsWithPain(std::initializer_list<int> intensities) {
    JournalBuilder journal;
    int day = 16;
    for (const int intensity : intensities) {
        const RunId run = journal.run(at(2026, 3, day, 7), 8_km);
        if (intensity > 0) journal.pain(at(2026, 3, day, 12)).intensity(intensity).after(run);
        day += 3;
    }
    return journal;
}

TEST(PainWorsening, RisingPainAfterEveryRunWarns) {
    const JournalBuilder journal = runsWithPain({2, 3, 4});
    const auto warnings = withCode(computeWarnings(journal, kAsOf), "pain-worsening");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Caution);
    EXPECT_EQ(warnings[0].message,
              text("Pain followed 3 of your last 3 runs and grew from 2/10 to 4/10."));
    EXPECT_TRUE(warnings[0].advice.contains(text("See a doctor")));
    EXPECT_TRUE(warnings[0].source.contains(
        text("The running-injury article \"Knee pain after running: causes, prevention\"")));
    EXPECT_EQ(warnings[0].subject, WarningSubject::forPain(PainId(3)));
}

TEST(PainWorsening, PainThatGoesDownDoesNotWarn) {
    EXPECT_FALSE(hasCode(computeWarnings(runsWithPain({2, 4, 3}), kAsOf), "pain-worsening"));
}

TEST(PainWorsening, FlatPainDoesNotWarn) {
    EXPECT_FALSE(hasCode(computeWarnings(runsWithPain({3, 3, 3}), kAsOf), "pain-worsening"));
}

TEST(PainWorsening, ThreeOfTheLastFourRunsAreEnough) {
    EXPECT_TRUE(hasCode(computeWarnings(runsWithPain({2, 0, 3, 3}), kAsOf), "pain-worsening"));
}

TEST(PainWorsening, TwoOfFourRunsWithPainAreNotEnough) {
    EXPECT_FALSE(hasCode(computeWarnings(runsWithPain({0, 2, 0, 5}), kAsOf), "pain-worsening"));
}

TEST(PainWorsening, OnlyTheLastFourRunsCount) {
    // Without the fifth-last run the last four are 5, 3, 4, 6: they go down.
    EXPECT_FALSE(hasCode(computeWarnings(runsWithPain({2, 5, 3, 4, 6}), kAsOf), "pain-worsening"));
}

TEST(PainWorsening, UnlinkedPainWithin24HoursFollowsTheRun) {
    JournalBuilder journal;
    for (int i = 0; i < 3; ++i) {
        const Instant start = at(2026, 3, 16 + 3 * i, 7);
        journal.run(start, 8_km);
        journal.pain(start.plusSeconds(24 * 3600)).intensity(2 + i);
    }
    EXPECT_TRUE(hasCode(computeWarnings(journal, kAsOf), "pain-worsening"));
}

TEST(PainWorsening, UnlinkedPainLaterThan24HoursDoesNotFollowTheRun) {
    JournalBuilder journal;
    for (int i = 0; i < 3; ++i) {
        const Instant start = at(2026, 3, 16 + 3 * i, 7);
        journal.run(start, 8_km);
        journal.pain(start.plusSeconds(24 * 3600 + 60)).intensity(2 + i);
    }
    EXPECT_FALSE(hasCode(computeWarnings(journal, kAsOf), "pain-worsening"));
}

TEST(PainWorsening, LinkedPainFollowsItsRunWhenLoggedLater) {
    JournalBuilder journal;
    for (int i = 0; i < 3; ++i) {
        const Instant start = at(2026, 3, 16 + 3 * i, 7);
        const RunId run = journal.run(start, 8_km);
        journal.pain(start.plusSeconds(40 * 3600)).intensity(2 + i).after(run);
    }
    EXPECT_TRUE(hasCode(computeWarnings(journal, kAsOf), "pain-worsening"));
}

TEST(PainWorsening, RunsOlderThan28DaysDoNotCount) {
    const JournalBuilder journal = runsWithPain({2, 3, 4});
    EXPECT_FALSE(hasCode(computeWarnings(journal, at(2026, 4, 14, 8)), "pain-worsening"));
}

// `followed` of `count` runs of a kind (hilly or not) with linked pain, one run a day.
void addRuns(JournalBuilder& journal, int& day, int count, int followed, bool hilly) {
    for (int i = 0; i < count; ++i, ++day) {
        const Instant start = at(2026, 1, 1).plusSeconds(static_cast<std::int64_t>(day) * 86400);
        auto run = journal.run(start, 6_km);
        if (hilly) run.hilly();
        if (i < followed) journal.pain(start.plusSeconds(3600)).after(run);
    }
}

std::vector<Warning> patterns(int hillyRuns, int hillyFollowed, int otherRuns, int otherFollowed) {
    JournalBuilder journal;
    int day = 0;
    addRuns(journal, day, hillyRuns, hillyFollowed, true);
    addRuns(journal, day, otherRuns, otherFollowed, false);
    return withCode(computeWarnings(journal, at(2026, 3, 10)), "pain-pattern");
}

TEST(PainPattern, FourOfSixHillyRunsAgainstTwoOfTwentyOthersWarns) {
    const auto warnings = patterns(6, 4, 20, 2);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Info);
    EXPECT_EQ(warnings[0].message,
              text("Pain followed 4 of 6 hilly runs (67%) and 2 of 20 other runs (10%) in the "
                   "last 180 days."));
}

TEST(PainPattern, ExactlyTwiceTheOtherRateWarns) {
    EXPECT_EQ(patterns(5, 3, 10, 3).size(), 1u);  // 60% against 30%
}

TEST(PainPattern, LessThanTwiceTheOtherRateDoesNot) {
    EXPECT_TRUE(patterns(5, 3, 13, 4).empty());  // 60% against 30.8%
}

TEST(PainPattern, NeedsFiveRunsAndThreeFollowedByPain) {
    EXPECT_TRUE(patterns(4, 3, 20, 0).empty());
    EXPECT_TRUE(patterns(6, 2, 20, 0).empty());
}

TEST(PainPattern, OnlyTheLast180DaysCount) {
    JournalBuilder journal;
    int day = 0;
    addRuns(journal, day, 6, 4, true);
    addRuns(journal, day, 20, 2, false);
    EXPECT_TRUE(withCode(computeWarnings(journal, at(2026, 8, 1)), "pain-pattern").empty());
}

TEST(PainPattern, SurfacePairAndRunTypeAreValuesToo) {
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(text("Racer"));
    for (int i = 0; i < 12; ++i) {
        const Instant start = at(2026, 2, 1).plusSeconds(static_cast<std::int64_t>(i) * 86400);
        auto run = journal.run(start, 6_km);
        if (i < 5) {
            run.surface(Surface::Trail).shoe(pair).type(RunType::Tempo);
            journal.pain(start.plusSeconds(3600)).after(run);
        }
    }
    const auto messages = [&] {
        QStringList all;
        for (const Warning& w :
             withCode(computeWarnings(journal, at(2026, 3, 1)), "pain-pattern")) {
            all << w.message;
        }
        return all.join(QLatin1Char('\n'));
    }();
    EXPECT_TRUE(messages.contains(text("5 of 5 trail runs")));
    EXPECT_TRUE(messages.contains(text("5 of 5 runs in Racer")));
    EXPECT_TRUE(messages.contains(text("5 of 5 tempo runs")));
}

}  // namespace
}  // namespace stridelog::test

// SPDX-License-Identifier: GPL-3.0-or-later
// The facade: ordering of the warnings, R14, and the warnings a just-logged entry brings.
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

const Instant kAsOf = at(2026, 3, 20, 12);

TEST(RiskProfile, NinetyKilogramsIsNotAbove) {
    JournalBuilder journal;
    journal.settings().bodyWeightKg = 90.0;
    EXPECT_FALSE(hasCode(computeWarnings(journal, kAsOf), "risk-profile"));
}

TEST(RiskProfile, NinetyPointOneKilogramsIsInfo) {
    JournalBuilder journal;
    journal.settings().bodyWeightKg = 90.1;
    const auto warnings = withCode(computeWarnings(journal, kAsOf), "risk-profile");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Info);
    EXPECT_EQ(warnings[0].subject, WarningSubject::forJournal());
    EXPECT_TRUE(warnings[0].message.contains(text("90.1 kg")));
    EXPECT_TRUE(warnings[0].source.contains(text("Risk zones")));
}

TEST(RiskProfile, NoWeightNoWarning) {
    JournalBuilder journal;
    EXPECT_TRUE(computeWarnings(journal, kAsOf).empty());
}

TEST(WarningOrder, MostSevereFirstThenNewestFirst) {
    JournalBuilder journal;
    journal.settings().bodyWeightKg = 95;  // info, journal: sorts at T
    // Both knees at the front: no point pain, so each entry brings the warnings named.
    journal.pain(at(2026, 3, 14)).knee(Knee::Both).intensity(7);  // caution (high), info (stage 1)
    journal.pain(at(2026, 3, 15)).knee(Knee::Both).intensity(8);  // caution (high), info (stage 1)
    journal.pain(at(2026, 3, 10)).knee(Knee::Both).onset(Onset::Start);  // stop (stage 3)
    const auto warnings = computeWarnings(journal, kAsOf);
    // Rules 1.2: the stage 3 pain ended more than 48 h before T with no run since, so the way
    // back may start (comeback-ready, info, sorted by that entry's start: the oldest).
    ASSERT_EQ(warnings.size(), 7u);
    EXPECT_EQ(warnings[0].code, text("pain-stage"));
    EXPECT_EQ(warnings[0].severity, Severity::Stop);
    EXPECT_EQ(warnings[1].code, text("pain-high"));
    EXPECT_EQ(warnings[1].subject, WarningSubject::forPain(PainId(2)));  // 15 March
    EXPECT_EQ(warnings[2].code, text("pain-high"));
    EXPECT_EQ(warnings[2].subject, WarningSubject::forPain(PainId(1)));  // 14 March
    EXPECT_EQ(warnings[3].code, text("risk-profile"));                   // as of 20 March
    EXPECT_EQ(warnings[4].subject, WarningSubject::forPain(PainId(2)));
    EXPECT_EQ(warnings[5].subject, WarningSubject::forPain(PainId(1)));
    EXPECT_EQ(warnings[6].code, text("comeback-ready"));
    EXPECT_EQ(warnings[6].subject, WarningSubject::forPain(PainId(3)));
    for (const Warning& warning : warnings) {
        EXPECT_FALSE(warning.message.isEmpty());
        EXPECT_FALSE(warning.advice.isEmpty());
        EXPECT_FALSE(warning.source.isEmpty());
    }
}

TEST(TriggeredByRun, BringsItsSpikeItsPairAndItsWeek) {
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(text("Pegasus"), 100_km, 90_km);
    journal.run(at(2026, 3, 9), 10_km);
    const RunId run = journal.run(at(2026, 3, 16), 20_km).shoe(pair);
    journal.pain(at(2026, 3, 16, 12)).intensity(7);
    const auto warnings = warningsTriggeredByRun(journal, run, kAsOf);
    // All three are caution; the pair's wear is as of now, so it sorts as the newest.
    EXPECT_EQ(codesOf(warnings),
              (QStringList{text("shoe-replace"), text("run-spike"), text("weekly-increase")}));
}

TEST(TriggeredByRun, AnOlderRunStillShowsItsOwnSpikeAndWeek) {
    JournalBuilder journal;
    journal.run(at(2026, 1, 5), 10_km);
    const RunId run = journal.run(at(2026, 1, 12), 20_km);
    const auto warnings = warningsTriggeredByRun(journal, run, kAsOf);
    EXPECT_TRUE(hasCode(warnings, "run-spike"));
    EXPECT_TRUE(hasCode(warnings, "weekly-increase"));
    EXPECT_TRUE(computeWarnings(journal, kAsOf).empty());
}

TEST(TriggeredByRun, ARunLoggedForTomorrowWithoutATimeCountsAtOnce) {
    JournalBuilder journal;
    const ShoeId pair = journal.shoe(text("Worn pair"), 100_km, 100_km);
    const RunId run = journal.run(at(2026, 3, 21, 0, 0), 5_km).shoe(pair);
    const auto warnings = warningsTriggeredByRun(journal, run, kAsOf);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].code, text("shoe-replace"));
    EXPECT_TRUE(warnings[0].message.contains(text("105.0 km")));
}

TEST(TriggeredByRun, AnUnknownRunBringsNothing) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 9), 10_km);
    EXPECT_TRUE(warningsTriggeredByRun(journal, RunId(42), kAsOf).empty());
}

TEST(TriggeredByPain, BringsOnlyTheWarningsAboutThatEntry) {
    JournalBuilder journal;
    journal.settings().bodyWeightKg = 95;
    journal.pain(at(2026, 3, 18)).intensity(7).knee(Knee::Right).site(Site::Behind);
    const PainId pain = journal.pain(at(2026, 3, 19)).intensity(6).sharp();
    const auto warnings = warningsTriggeredByPain(journal, pain, kAsOf);
    EXPECT_EQ(codesOf(warnings), (QStringList{text("see-doctor"), text("pain-point"),
                                              text("pain-high"), text("pain-stage")}));
    for (const Warning& warning : warnings) {
        EXPECT_EQ(warning.subject, WarningSubject::forPain(pain));
    }
}

TEST(Severity, NamesAsTheCliPrintsThem) {
    EXPECT_EQ(toString(Severity::Info), text("info"));
    EXPECT_EQ(toString(Severity::Caution), text("caution"));
    EXPECT_EQ(toString(Severity::Stop), text("stop"));
    EXPECT_EQ(toString(ShoeStatusKind::Replace), text("replace"));
    EXPECT_EQ(toString(ShoeStatusKind::Retired), text("retired"));
}

}  // namespace
}  // namespace stridelog::test

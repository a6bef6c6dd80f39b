// SPDX-License-Identifier: GPL-3.0-or-later
// R7 (see a doctor) and R9 (pain above 5/10).
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

const Instant kStart = at(2026, 3, 10, 18);
const Instant kLater = at(2026, 3, 20, 12);

std::vector<Warning> seeDoctor(const JournalBuilder& journal, Instant asOf = kLater) {
    return withCode(computeWarnings(journal, asOf), "see-doctor");
}

TEST(SeeDoctor, SwellingForThreeDaysIsAStopReason) {
    JournalBuilder journal;
    journal.pain(kStart).swelling().lasted(72_h);
    const auto warnings = seeDoctor(journal);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Stop);
    EXPECT_EQ(warnings[0].reasons, QStringList{text("swelling or locking for 3 days or more")});
    EXPECT_EQ(warnings[0].subject, WarningSubject::forPain(PainId(1)));
    EXPECT_TRUE(warnings[0].source.contains(
        text("The orthopaedic clinic article \"Knee Pain After Running\"")));
}

TEST(SeeDoctor, SwellingForLessThanThreeDaysIsNot) {
    JournalBuilder journal;
    journal.pain(kStart).swelling().lasted(71_h);
    EXPECT_TRUE(seeDoctor(journal).empty());
}

TEST(SeeDoctor, LockingForThreeDaysIsAStopReason) {
    JournalBuilder journal;
    journal.pain(kStart).locking().lasted(72_h);
    ASSERT_EQ(seeDoctor(journal).size(), 1u);
    EXPECT_EQ(seeDoctor(journal)[0].severity, Severity::Stop);
}

TEST(SeeDoctor, TwoWeeksOfPainIsAStopReason) {
    JournalBuilder journal;
    journal.pain(kStart).ongoing();
    const auto warnings = seeDoctor(journal, kStart.plusSeconds(14 * 86400));
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_TRUE(warnings[0].reasons.contains(text("pain for 2 weeks or more")));
    EXPECT_EQ(warnings[0].severity, Severity::Stop);
    const auto sooner = seeDoctor(journal, kStart.plusSeconds(14 * 86400 - 60));
    ASSERT_EQ(sooner.size(), 1u);  // still stage 4
    EXPECT_FALSE(sooner[0].reasons.contains(text("pain for 2 weeks or more")));
}

TEST(SeeDoctor, SharpPainIsAStopReason) {
    JournalBuilder journal;
    journal.pain(kStart).sharp().lasted(2_h);
    const auto warnings = seeDoctor(journal);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Stop);
    EXPECT_EQ(warnings[0].reasons,
              QStringList{text("sharp pain inside the knee or along the joint line")});
}

TEST(SeeDoctor, StageFourIsAStopReason) {
    JournalBuilder journal;
    journal.pain(kStart).onset(Onset::Rest).lasted(2_h);
    const auto warnings = seeDoctor(journal);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Stop);
    EXPECT_EQ(warnings[0].reasons, QStringList{text("stage 4 pain that does not go away")});
}

TEST(SeeDoctor, PainBehindTheKneeIsACautionReason) {
    JournalBuilder journal;
    journal.pain(kStart).site(Site::Behind).lasted(2_h);
    const auto warnings = seeDoctor(journal);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Caution);
    EXPECT_EQ(warnings[0].reasons, QStringList{text("pain behind the knee")});
}

TEST(SeeDoctor, SeverityIsTheHighestOfAllReasonsListed) {
    JournalBuilder journal;
    journal.pain(kStart).site(Site::Behind).sharp().lasted(2_h);
    const auto warnings = seeDoctor(journal);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Stop);
    EXPECT_EQ(warnings[0].reasons.size(), 2);
    EXPECT_TRUE(warnings[0].message.contains(text("pain behind the knee")));
}

TEST(SeeDoctor, OrdinaryPainIsNoReason) {
    JournalBuilder journal;
    journal.pain(kStart).lasted(30_h);
    EXPECT_TRUE(seeDoctor(journal).empty());
}

TEST(SeeDoctor, OnlyForEntriesInThePainStageWindow) {
    JournalBuilder journal;
    journal.pain(kStart).sharp().lasted(2_h);
    EXPECT_TRUE(seeDoctor(journal, kStart.plusSeconds(15 * 86400)).empty());
}

TEST(PainHigh, FiveOutOfTenIsAcceptable) {
    JournalBuilder journal;
    journal.pain(kStart).intensity(5);
    EXPECT_FALSE(hasCode(computeWarnings(journal, kStart.plusSeconds(86400)), "pain-high"));
}

TEST(PainHigh, SixOutOfTenWarns) {
    JournalBuilder journal;
    journal.pain(kStart).intensity(6);
    const auto warnings =
        withCode(computeWarnings(journal, kStart.plusSeconds(86400)), "pain-high");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, Severity::Caution);
    EXPECT_TRUE(warnings[0].advice.contains(text("at or below 5/10")));
    EXPECT_TRUE(warnings[0].source.contains(text("Silbernagel")));
}

TEST(PainHigh, OnlyForPainStartedInTheSevenDaysUpToT) {
    JournalBuilder journal;
    journal.pain(kStart).intensity(8);
    EXPECT_TRUE(hasCode(computeWarnings(journal, kStart.plusSeconds(7 * 86400)), "pain-high"));
    EXPECT_FALSE(
        hasCode(computeWarnings(journal, kStart.plusSeconds(7 * 86400 + 60)), "pain-high"));
}

}  // namespace
}  // namespace stridelog::test

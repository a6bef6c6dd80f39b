// SPDX-License-Identifier: GPL-3.0-or-later
// R5 (pain stage by onset and duration), R6 (adaptation and point pain) and the location
// hints.
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

const Instant kStart = at(2026, 3, 10, 18);
const Instant kLater = at(2026, 3, 20, 12);

PainEntry painLasting(Duration duration, Onset onset = Onset::After) {
    JournalBuilder journal;
    journal.pain(kStart).lasted(duration).onset(onset);
    return journal.snapshot().pains.front();
}

int stageAfter(Duration duration) {
    return assessPain(painLasting(duration), kLater).stage;
}

TEST(PainStage, UnderADayIsStageOne) {
    EXPECT_EQ(stageAfter(23_h), 1);
}

TEST(PainStage, ADayToUnderThreeDaysIsStageTwo) {
    EXPECT_EQ(stageAfter(24_h), 2);
    EXPECT_EQ(stageAfter(71_h), 2);
}

TEST(PainStage, ThreeToFiveDaysIsStageThree) {
    EXPECT_EQ(stageAfter(72_h), 3);
    EXPECT_EQ(stageAfter(120_h), 3);
}

TEST(PainStage, MoreThanFiveDaysIsStageFour) {
    EXPECT_EQ(stageAfter(121_h), 4);
}

TEST(PainStage, EachOnsetHasItsStage) {
    EXPECT_EQ(assessPain(painLasting(1_h, Onset::Late), kLater).stage, 1);
    EXPECT_EQ(assessPain(painLasting(1_h, Onset::After), kLater).stage, 1);
    EXPECT_EQ(assessPain(painLasting(1_h, Onset::NextDay), kLater).stage, 1);
    EXPECT_EQ(assessPain(painLasting(1_h, Onset::During), kLater).stage, 2);
    EXPECT_EQ(assessPain(painLasting(1_h, Onset::Start), kLater).stage, 3);
    EXPECT_EQ(assessPain(painLasting(1_h, Onset::Rest), kLater).stage, 4);
}

TEST(PainStage, TheStageIsTheLargerOfOnsetAndDuration) {
    EXPECT_EQ(assessPain(painLasting(80_h, Onset::During), kLater).stage, 3);
    EXPECT_EQ(assessPain(painLasting(30_h, Onset::Start), kLater).stage, 3);
}

TEST(PainStage, AnOngoingEntryRisesAsTheAsOfInstantMovesOn) {
    JournalBuilder journal;
    journal.pain(kStart).ongoing();
    const PainEntry pain = journal.snapshot().pains.front();
    EXPECT_EQ(assessPain(pain, kStart.plusSeconds(10 * 3600)).stage, 1);
    EXPECT_EQ(assessPain(pain, kStart.plusSeconds(30 * 3600)).stage, 2);
    EXPECT_EQ(assessPain(pain, kStart.plusSeconds(100 * 3600)).stage, 3);
    EXPECT_EQ(assessPain(pain, kStart.plusSeconds(130 * 3600)).stage, 4);
    EXPECT_EQ(assessPain(pain, kStart.plusSeconds(30 * 3600)).duration, 30_h);
}

TEST(PainStage, AnEntryEndingAfterTheAsOfInstantIsStillGoingOnThen) {
    const PainEntry pain = painLasting(100_h);
    EXPECT_EQ(assessPain(pain, kStart.plusSeconds(30 * 3600)).duration, 30_h);
    EXPECT_EQ(assessPain(pain, kLater).duration, 100_h);
}

TEST(PainStage, SeverityFollowsTheStage) {
    const auto severityFor = [](Duration duration) {
        JournalBuilder journal;
        journal.pain(kStart).lasted(duration);
        const auto warnings =
            withCode(computeWarnings(journal, kStart.plusSeconds(6 * 86400)), "pain-stage");
        EXPECT_EQ(warnings.size(), 1u);
        return std::make_pair(warnings.at(0).severity, warnings.at(0).stage.value_or(0));
    };
    EXPECT_EQ(severityFor(3_h), std::make_pair(Severity::Info, 1));
    EXPECT_EQ(severityFor(30_h), std::make_pair(Severity::Caution, 2));
    EXPECT_EQ(severityFor(80_h), std::make_pair(Severity::Stop, 3));
    EXPECT_EQ(severityFor(130_h), std::make_pair(Severity::Stop, 4));
}

TEST(PainStage, WarningCarriesTheSeedAdviceAndSource) {
    JournalBuilder journal;
    journal.pain(kStart).lasted(80_h).knee(Knee::Right).intensity(4);
    const auto warnings = withCode(computeWarnings(journal, kLater), "pain-stage");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(
        warnings[0].message,
        text("Pain in the right knee, at the front (4/10) from 2026-03-10 has lasted 3 d 8 h: "
             "stage 3 of 4."));
    EXPECT_TRUE(warnings[0].advice.contains(text("pain-free for 1–2 days")));
    EXPECT_TRUE(warnings[0].advice.contains(text("swimming, cycling or the elliptical")));
    EXPECT_TRUE(warnings[0].source.contains(text("Blazina and Nirschl")));
    EXPECT_EQ(warnings[0].subject, WarningSubject::forPain(PainId(1)));
}

TEST(PainStage, WarnsForFourteenDaysAfterTheStart) {
    JournalBuilder journal;
    journal.pain(kStart).lasted(3_h);
    const Instant fourteenDays = kStart.plusSeconds(14 * 86400);
    EXPECT_TRUE(hasCode(computeWarnings(journal, fourteenDays), "pain-stage"));
    EXPECT_FALSE(hasCode(computeWarnings(journal, fourteenDays.plusSeconds(60)), "pain-stage"));
}

TEST(PainStage, WarnsWhileOngoingEvenAfterFourteenDays) {
    JournalBuilder journal;
    journal.pain(kStart).ongoing();
    EXPECT_TRUE(hasCode(computeWarnings(journal, kStart.plusSeconds(20 * 86400)), "pain-stage"));
}

TEST(PainStage, PainStartedAfterTheAsOfInstantDoesNotCount) {
    JournalBuilder journal;
    journal.pain(kStart).lasted(3_h);
    EXPECT_TRUE(computeWarnings(journal, kStart.plusSeconds(-60)).empty());
}

PainEntry bothKneesWhole(Duration duration) {
    JournalBuilder journal;
    journal.pain(kStart).knee(Knee::Both).site(Site::Whole).lasted(duration);
    return journal.snapshot().pains.front();
}

TEST(AdaptationPain, BothKneesWholeKneeFortyHoursIsAdaptation) {
    JournalBuilder journal;
    journal.pain(kStart).knee(Knee::Both).site(Site::Whole).lasted(40_h);
    const auto warnings = computeWarnings(journal, kLater);
    const auto adaptation = withCode(warnings, "pain-adaptation");
    ASSERT_EQ(adaptation.size(), 1u);
    EXPECT_EQ(adaptation[0].severity, Severity::Info);
    EXPECT_TRUE(adaptation[0].advice.contains(text("24–48 h")));
    EXPECT_FALSE(hasCode(warnings, "pain-stage"));
    EXPECT_TRUE(assessPain(bothKneesWhole(40_h), kLater).adaptation);
}

TEST(AdaptationPain, FortyEightHoursIsStillAdaptation) {
    EXPECT_TRUE(assessPain(bothKneesWhole(48_h), kLater).adaptation);
}

TEST(AdaptationPain, FortyNineHoursIsOveruseAgain) {
    JournalBuilder journal;
    journal.pain(kStart).knee(Knee::Both).site(Site::Whole).lasted(49_h);
    const auto warnings = computeWarnings(journal, kLater);
    EXPECT_FALSE(hasCode(warnings, "pain-adaptation"));
    ASSERT_TRUE(hasCode(warnings, "pain-stage"));
    EXPECT_EQ(withCode(warnings, "pain-stage")[0].stage, 2);
    EXPECT_FALSE(assessPain(bothKneesWhole(49_h), kLater).adaptation);
}

TEST(AdaptationPain, NeedsBothKneesTheWholeKneeAndNoWarningSign) {
    const auto adaptation = [](auto change) {
        JournalBuilder journal;
        auto pain = journal.pain(kStart).knee(Knee::Both).site(Site::Whole).lasted(20_h);
        change(pain);
        return assessPain(journal.snapshot().pains.front(), kLater).adaptation;
    };
    EXPECT_TRUE(adaptation([](auto&) {}));
    EXPECT_FALSE(adaptation([](auto& pain) { pain.knee(Knee::Left); }));
    EXPECT_FALSE(adaptation([](auto& pain) { pain.site(Site::Front); }));
    EXPECT_FALSE(adaptation([](auto& pain) { pain.swelling(); }));
    EXPECT_FALSE(adaptation([](auto& pain) { pain.locking(); }));
    EXPECT_FALSE(adaptation([](auto& pain) { pain.sharp(); }));
}

TEST(PointPain, OneKneeAtADistinctSiteIsPointPain) {
    JournalBuilder journal;
    journal.pain(kStart).knee(Knee::Right).site(Site::Below).intensity(3);
    const auto point = withCode(computeWarnings(journal, kLater), "pain-point");
    ASSERT_EQ(point.size(), 1u);
    EXPECT_EQ(point[0].severity, Severity::Caution);
    EXPECT_TRUE(point[0].message.contains(
        text("commonly associated with patellar tendinopathy (\"jumper's knee\") — discuss with "
             "a clinician")));
    EXPECT_TRUE(point[0].advice.contains(text("should not be run through")));
    // It comes with, not instead of, the pain stage.
    EXPECT_TRUE(hasCode(computeWarnings(journal, kLater), "pain-stage"));
}

TEST(PointPain, TheWholeKneeOrBothKneesIsNotPointPain) {
    JournalBuilder whole;
    whole.pain(kStart).knee(Knee::Left).site(Site::Whole);
    EXPECT_FALSE(hasCode(computeWarnings(whole, kLater), "pain-point"));
    JournalBuilder both;
    both.pain(kStart).knee(Knee::Both).site(Site::Front);
    EXPECT_FALSE(hasCode(computeWarnings(both, kLater), "pain-point"));
}

TEST(LocationHints, EachSiteNamesWhatItIsCommonlyAssociatedWith) {
    const auto hint = [](Site site) {
        JournalBuilder journal;
        journal.pain(kStart).site(site);
        return assessPain(journal.snapshot().pains.front(), kLater).hint;
    };
    EXPECT_TRUE(hint(Site::Front).condition.contains(text("patellofemoral")));
    EXPECT_TRUE(hint(Site::Front).pattern.contains(text("stairs, squats, long sitting")));
    EXPECT_TRUE(hint(Site::Below).condition.contains(text("jumper's knee")));
    EXPECT_TRUE(hint(Site::Outside).condition.contains(text("iliotibial band")));
    EXPECT_TRUE(hint(Site::Inside).condition.contains(text("cyclist's knee")));
    EXPECT_TRUE(hint(Site::Behind).condition.contains(text("Baker's cyst")));
    EXPECT_TRUE(hint(Site::Behind).pattern.contains(text("clinician")));
    EXPECT_TRUE(hint(Site::Whole).condition.contains(text("load adaptation")));
}

}  // namespace
}  // namespace stridelog::test

// SPDX-License-Identifier: GPL-3.0-or-later
// R16, the way back (RULES.md, rules 1.2), with the rule's own numbers and both sides of each
// boundary. The programme starts at 00:00 on Wednesday 1 April 2026 (S); a session on day k is
// a run at 08:00 on S's day + k, its next morning the check of the day after.

#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/allowance.h"
#include "core/rules/as_of_journal.h"
#include "core/rules/comeback.h"
#include "core/rules/rules_engine.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

const QDate kStartDay(2026, 4, 1);

QDate day(int k) {
    return kStartDay.addDays(k);
}
Instant on(int k, int hour = 8, int minute = 0) {
    const QDate d = day(k);
    return at(d.year(), d.month(), d.day(), hour, minute);
}
AsOf endOf(int k) {
    return AsOf::endOfLocalDay(day(k));
}

class Comeback : public ::testing::Test {
protected:
    void SetUp() override { journal.programme(on(0, 0)); }

    // A session on day k: one run of `metres` with its ratings and the next morning's check.
    RunId session(int k, std::int64_t metres = 1609, std::optional<int> during = 1,
                  std::optional<int> after = 0, std::optional<int> nextMorning = 0) {
        const RunId id = journal.run(on(k), Distance::fromMetres(metres)).rated(during, after);
        if (nextMorning) journal.morning(day(k + 1), *nextMorning);
        return id;
    }
    ComebackStatus status(AsOf asOf) const {
        const AsOfJournal view(journal, asOf);
        const auto found = assessComeback(view);
        EXPECT_TRUE(found);
        return found ? *found : ComebackStatus{};
    }
    SessionOutcome outcomeOf(int k, AsOf asOf) const {
        for (const ComebackSession& s : status(asOf).sessions) {
            if (s.day == day(k)) return s.outcome;
        }
        ADD_FAILURE() << "no session on day " << k;
        return SessionOutcome::Pending;
    }

    JournalBuilder journal;
};

TEST_F(Comeback, LevelsAreTheTableOfRulesMd) {
    const auto& levels = comebackLevels();
    EXPECT_EQ(levels[0].distanceMetres, 1609);
    EXPECT_EQ(levels[1].distanceMetres, 2414);
    EXPECT_EQ(levels[2].runMinutes, 4);
    EXPECT_EQ(levels[4].walkMinutes, 1);
    EXPECT_EQ(levels[5].walkMinutes, 0);
    EXPECT_EQ(levels[5].distanceMetres, 3219);
    EXPECT_EQ(levels[5].effort, 5);
}

TEST_F(Comeback, StrictDuringTwoMeetsThreeBreaks) {
    session(0, 1609, 2);
    session(2, 1609, 3);
    EXPECT_EQ(outcomeOf(0, endOf(3)), SessionOutcome::Met);
    EXPECT_EQ(outcomeOf(2, endOf(3)), SessionOutcome::Broke);
    EXPECT_EQ(status(endOf(3)).sessions[1].reasons,
              std::vector<SessionReason>{SessionReason::DuringOver});
}

TEST_F(Comeback, TendonDuringFiveMeetsSixBreaks) {
    journal.snapshot();
    JournalBuilder tendon;
    tendon.programme(on(0, 0), ComebackProfile::Tendon);
    tendon.run(on(0), 1609_m).rated(5, 5);
    tendon.morning(day(1), 0);
    tendon.run(on(2), 1609_m).rated(6, 5);
    tendon.morning(day(3), 0);
    const auto found = assessComeback(AsOfJournal(tendon, endOf(3)));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->ceilingDuring, 5);
    ASSERT_EQ(found->sessions.size(), 2u);
    EXPECT_EQ(found->sessions[0].outcome, SessionOutcome::Met);
    EXPECT_EQ(found->sessions[1].outcome, SessionOutcome::Broke);
}

TEST_F(Comeback, StrictPainAfterIsHeldToTheBaseline) {
    journal.morning(day(0), 2);
    session(0, 1609, 1, 2, 2);  // after 2, usual 2: met
    journal.morning(day(2), 2);
    session(2, 1609, 1, 3, 2);  // after 3, usual 2: broke
    EXPECT_EQ(outcomeOf(0, endOf(3)), SessionOutcome::Met);
    EXPECT_EQ(outcomeOf(2, endOf(3)), SessionOutcome::Broke);
    EXPECT_EQ(status(endOf(3)).sessions[1].reasons,
              std::vector<SessionReason>{SessionReason::AfterOver});
}

TEST_F(Comeback, NextMorningWorseThanTheBaselineOrSwollenOrLimpingBreaks) {
    journal.morning(day(0), 1);
    session(0, 1609, 1, 0, 1);
    session(2, 1609, 1, 0, std::nullopt);
    journal.morning(day(3), 0, true, true);
    journal.morning(day(4), 1);
    session(4, 1609, 1, 0, 2);
    const auto found = status(endOf(5));
    EXPECT_EQ(found.sessions[0].outcome, SessionOutcome::Met);
    EXPECT_EQ(found.sessions[1].reasons,
              (std::vector<SessionReason>{SessionReason::Swelling, SessionReason::Limp}));
    EXPECT_EQ(found.sessions[2].reasons, std::vector<SessionReason>{SessionReason::MorningWorse});
}

TEST_F(Comeback, APainEntryAfterTheRunAboveTheDuringCeilingBreaks) {
    const RunId run = session(0);
    journal.pain(on(0, 12)).intensity(3).after(run);
    EXPECT_EQ(status(endOf(1)).sessions[0].reasons,
              std::vector<SessionReason>{SessionReason::PainEntry});
}

TEST_F(Comeback, BaselineIsTheDaysCheckElseTheLatestOfThreeDaysBeforeElseZero) {
    journal.morning(day(0), 1);
    journal.morning(day(-2), 3);
    session(0, 1609, 1, 1, 1);  // its own day: 1
    EXPECT_EQ(status(endOf(1)).sessions[0].baseline, 1);

    JournalBuilder before;
    before.programme(on(0, 0));
    before.morning(day(-4), 5);
    before.morning(day(-3), 2);
    before.run(on(0), 1609_m).rated(1, 2);
    before.morning(day(1), 2);
    auto found = assessComeback(AsOfJournal(before, endOf(1)));
    EXPECT_EQ(found->sessions[0].baseline, 2);  // day −3, not −4
    EXPECT_EQ(found->sessions[0].outcome, SessionOutcome::Met);

    JournalBuilder none;
    none.programme(on(0, 0));
    none.morning(day(-4), 5);
    none.run(on(0), 1609_m).rated(1, 1);
    none.morning(day(1), 0);
    found = assessComeback(AsOfJournal(none, endOf(1)));
    EXPECT_EQ(found->sessions[0].baseline, 0);
    EXPECT_EQ(found->sessions[0].outcome, SessionOutcome::Broke);  // 1 after, usual 0
}

TEST_F(Comeback, NinetyPercentOfTheLevelsDistanceMeetsOneMetreLessIsShort) {
    // 90% of 1,609 m is 1,448.1 m: 1,449 m is the shortest whole metre that meets it.
    session(0, 1449);
    session(2, 1448);
    EXPECT_EQ(outcomeOf(0, endOf(3)), SessionOutcome::Met);
    EXPECT_EQ(outcomeOf(2, endOf(3)), SessionOutcome::Short);
}

TEST_F(Comeback, TwoMetSessionsInARowGoUpAndAShortOneBetweenResets) {
    session(0);
    session(2, 1000);
    session(4);
    EXPECT_EQ(status(endOf(5)).level, 1);
    session(6);
    EXPECT_EQ(status(endOf(7)).level, 2);
    EXPECT_EQ(status(endOf(7)).session.distanceMetres, 2414);
}

TEST_F(Comeback, TwoRunsOfOneDayAreOneSessionDistancesAddedRatingsTheWorst) {
    journal.run(on(0, 7), 900_m).rated(1, 0);
    journal.run(on(0, 18), 800_m).rated(2, 0);
    journal.morning(day(1), 0);
    const auto found = status(endOf(1));
    ASSERT_EQ(found.sessions.size(), 1u);
    EXPECT_EQ(found.sessions[0].runs.size(), 2u);
    EXPECT_EQ(found.sessions[0].distanceMetres, 1700);
    EXPECT_EQ(found.sessions[0].during, 2);
    EXPECT_EQ(found.sessions[0].outcome, SessionOutcome::Met);
}

TEST_F(Comeback, ASessionBeforeItsDayIsTooSoonAndNeverCountsTowardsGoingUp) {
    session(0);
    session(1);  // due on day 2
    session(3);
    const auto found = status(endOf(4));
    EXPECT_EQ(found.sessions[1].outcome, SessionOutcome::TooSoon);
    EXPECT_EQ(found.sessions[1].reasons, std::vector<SessionReason>{SessionReason::TooSoon});
    EXPECT_EQ(found.level, 1);  // met, too-soon, met: not two in a row
    EXPECT_TRUE(hasCode(computeWarnings(journal, endOf(2)), "comeback-too-soon"));
    EXPECT_FALSE(hasCode(computeWarnings(journal, endOf(4)), "comeback-too-soon"));
}

TEST_F(Comeback, ABrokenSessionStepsDownAndTheNextIsDueThreeDaysLater) {
    session(0);
    session(2);
    session(4, 2414, 4);  // level 2, broke: back to 1
    auto found = status(endOf(5));
    EXPECT_EQ(found.sessions[2].level, 2);
    EXPECT_EQ(found.level, 1);
    EXPECT_EQ(found.nextOn, day(7));
    EXPECT_EQ(found.today, ComebackToday::Rest);
    const auto stepBack = withCode(computeWarnings(journal, endOf(5)), "comeback-step-back");
    ASSERT_EQ(stepBack.size(), 1u);
    EXPECT_TRUE(stepBack[0].message.contains(QStringLiteral("4/10 during, the limit is 2/10")))
        << stepBack[0].message.toStdString();
    EXPECT_TRUE(hasCode(computeWarnings(journal, endOf(7)), "comeback-step-back"));
    EXPECT_FALSE(hasCode(computeWarnings(journal, endOf(8)), "comeback-step-back"));
    EXPECT_EQ(status(endOf(7)).today, ComebackToday::Run);
}

TEST_F(Comeback, NoMorningCheckIsPendingUntil48HoursAfterTheDayThenUnrated) {
    session(0, 1609, 1, 0, std::nullopt);
    // The end of day 0 is 00:00 of day 1; 48 h later is 00:00 of day 3.
    EXPECT_EQ(outcomeOf(0, AsOf(on(2, 23, 59))), SessionOutcome::Pending);
    EXPECT_EQ(status(AsOf(on(1, 9))).today, ComebackToday::RateMorning);
    EXPECT_TRUE(hasCode(computeWarnings(journal, AsOf(on(1, 9))), "comeback-rate"));
    EXPECT_EQ(outcomeOf(0, AsOf(on(3, 0))), SessionOutcome::Unrated);
    EXPECT_EQ(status(AsOf(on(3, 0))).today, ComebackToday::Run);
}

TEST_F(Comeback, ASessionWithoutARatingIsUnrated) {
    session(0, 1609, std::nullopt, 0, 0);
    EXPECT_EQ(outcomeOf(0, endOf(1)), SessionOutcome::Unrated);
}

TEST_F(Comeback, AGapOfFourteenDaysCostsALevelAndTwentyEightAllOfThem) {
    session(0, 3219);
    session(2, 3219);
    session(4, 3219);
    session(6, 3219);  // level 3 from day 6 on
    ASSERT_EQ(status(endOf(7)).level, 3);
    EXPECT_EQ(status(endOf(19)).level, 3);  // 13 days after day 6
    EXPECT_EQ(status(endOf(20)).level, 2);  // 14 days
    EXPECT_EQ(status(endOf(33)).level, 2);  // 27 days
    EXPECT_EQ(status(endOf(34)).level, 1);  // 28 days

    session(20, 3219);  // at level 2 after the gap
    EXPECT_EQ(status(endOf(21)).sessions.back().level, 2);
}

TEST_F(Comeback, AGapOfThirteenDaysKeepsTheLevel) {
    session(0);
    session(2);
    session(15);  // 13 days after day 2: still level 2
    EXPECT_EQ(status(endOf(16)).sessions.back().level, 2);
}

TEST_F(Comeback, AThirdBrokenSessionWithinFourteenDaysPausesTheProgramme) {
    session(0, 1609, 3);  // day 1 of the window
    session(3, 1609, 3);
    session(13, 1609, 3);  // day 14
    const auto paused = status(endOf(14));
    EXPECT_EQ(paused.state, ComebackState::Paused);
    EXPECT_EQ(paused.today, ComebackToday::SeeClinician);
    EXPECT_TRUE(hasCode(computeWarnings(journal, endOf(14)), "comeback-refer"));

    JournalBuilder later;
    later.programme(on(0, 0));
    for (int k : {0, 3, 14}) {  // the third on day 15
        later.run(on(k), 1609_m).rated(3, 0);
        later.morning(day(k + 1), 0);
    }
    const auto found = assessComeback(AsOfJournal(later, endOf(15)));
    EXPECT_EQ(found->state, ComebackState::Active);
}

TEST_F(Comeback, APausedProgrammeStartsAgainOnlyWithTheClinicansClearance) {
    session(0, 1609, 3);
    session(3, 1609, 3);
    session(6, 1609, 3);
    const AsOfJournal view(journal, endOf(8));
    ASSERT_EQ(assessComeback(view)->state, ComebackState::Paused);
    EXPECT_EQ(comebackReadiness(view, on(8), false, true).blocks,
              std::vector<ReadinessBlock>{ReadinessBlock::DoctorReason});
    EXPECT_TRUE(comebackReadiness(view, on(8), true, true).ready);
}

TEST_F(Comeback, APainReachingStageThreeAfterTheStartPausesIt) {
    session(0);
    journal.pain(on(2)).onset(Onset::Start).ongoing();
    EXPECT_EQ(status(endOf(2)).state, ComebackState::Paused);
}

TEST_F(Comeback, TwoMetSessionsAtLevelSixComplete) {
    for (int k = 0; k <= 20; k += 2) session(k, 3219);
    auto found = status(endOf(21));
    EXPECT_EQ(found.state, ComebackState::Active);
    EXPECT_EQ(found.level, 6);
    session(22, 3219);
    found = status(endOf(23));
    EXPECT_EQ(found.state, ComebackState::Completed);
    EXPECT_EQ(found.today, ComebackToday::Done);
    EXPECT_FALSE(found.nextOn);
}

TEST_F(Comeback, AStoppedProgrammeIsStoppedFromItsEnd) {
    session(0);
    journal.programme(on(0, 0));
    JournalBuilder stopped;
    stopped.programme(on(0, 0)).stoppedAt = on(3, 0);
    stopped.run(on(4), 1609_m).rated(1, 0);
    const auto found = assessComeback(AsOfJournal(stopped, endOf(5)));
    EXPECT_EQ(found->state, ComebackState::Stopped);
    EXPECT_TRUE(found->sessions.empty());
    EXPECT_EQ(assessComeback(AsOfJournal(stopped, endOf(2)))->state, ComebackState::Active);
}

class ComebackReady : public ::testing::Test {
protected:
    ComebackReady() {
        // Stage 3 by its start (onset `start`), gone at 08:00 on 12 March.
        journal.pain(at(2026, 3, 10, 8)).onset(Onset::Start).lasted(48_h).site(Site::Below);
    }
    ComebackReadiness readinessAt(Instant start, bool cleared = false, bool walkOk = true) const {
        return comebackReadiness(AsOfJournal(journal, AsOf(start)), start, cleared, walkOk);
    }
    JournalBuilder journal;
};

TEST_F(ComebackReady, FortyEightHoursAfterAStageThreePainEndedItMayStartAMinuteLessNot) {
    EXPECT_TRUE(readinessAt(at(2026, 3, 14, 8)).ready);
    const auto early = readinessAt(at(2026, 3, 14, 7, 59));
    EXPECT_FALSE(early.ready);
    EXPECT_EQ(early.blocks, std::vector<ReadinessBlock>{ReadinessBlock::PainStageThree});
    EXPECT_TRUE(early.why.contains(QStringLiteral("48 h"))) << early.why.toStdString();
}

TEST_F(ComebackReady, TheWalkMustBeConfirmedAndAnR7ReasonCleared) {
    EXPECT_EQ(readinessAt(at(2026, 3, 14, 8), false, false).blocks,
              std::vector<ReadinessBlock>{ReadinessBlock::WalkNotConfirmed});
    journal.pain(at(2026, 3, 13, 8)).sharp();
    EXPECT_EQ(readinessAt(at(2026, 3, 14, 8)).blocks,
              std::vector<ReadinessBlock>{ReadinessBlock::DoctorReason});
    EXPECT_TRUE(readinessAt(at(2026, 3, 14, 8), true).ready);
}

TEST_F(ComebackReady, TheDefaultProfileFollowsTheSiteOfTheLatestPainOfStageTwoOrMore) {
    EXPECT_EQ(
        defaultComebackProfile(AsOfJournal(journal, endOfDay(2026, 3, 16)), at(2026, 3, 16, 8)),
        ComebackProfile::Tendon);
    journal.pain(at(2026, 3, 13, 8)).site(Site::Front).lasted(30_h);
    EXPECT_EQ(
        defaultComebackProfile(AsOfJournal(journal, endOfDay(2026, 3, 16)), at(2026, 3, 16, 8)),
        ComebackProfile::Strict);
}

TEST_F(ComebackReady, ComebackReadyWarnsFrom48HoursAfterUntilARunOrAProgramme) {
    EXPECT_FALSE(hasCode(computeWarnings(journal, AsOf(at(2026, 3, 14, 7, 59))), "comeback-ready"));
    EXPECT_TRUE(hasCode(computeWarnings(journal, AsOf(at(2026, 3, 14, 8))), "comeback-ready"));
    journal.run(at(2026, 3, 15, 8), 3_km);
    EXPECT_FALSE(hasCode(computeWarnings(journal, endOfDay(2026, 3, 15)), "comeback-ready"));
}

TEST_F(Comeback, TheAllowanceFollowsTheProgramme) {
    session(0);
    Allowance allowance = computeAllowance(journal, endOf(1));
    ASSERT_TRUE(allowance.comeback);
    EXPECT_FALSE(allowance.runToday);  // rest on day 1
    EXPECT_EQ(allowance.runMax, Distance::fromMetres(1609));
    EXPECT_FALSE(allowance.weekLeft);
    allowance = computeAllowance(journal, endOf(2));
    EXPECT_TRUE(allowance.runToday);
    EXPECT_TRUE(allowance.advice.contains(
        QStringLiteral("Level 1 of 6: walk 2 min, run 3 min, for 1.6 km, easy, on flat ground")))
        << allowance.advice.toStdString();
}

}  // namespace
}  // namespace stridelog::test

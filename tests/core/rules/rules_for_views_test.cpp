// SPDX-License-Identifier: GPL-3.0-or-later
// What the app's views and the CLI's report draw, decided in core: R3's 80% mark, the R5 stage
// of each week's worst pain, and what a run being entered would trigger.
#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/entry_preview.h"
#include "core/rules/rules_engine.h"
#include "core/rules/shoe_wear.h"

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

ShoeStatusKind statusAt(Distance worn, Distance limit) {
    JournalBuilder journal;
    journal.shoe(text("Pegasus"), limit, worn);  // worn before the journal began
    return assessShoe(journal, journal.snapshot().shoes[0], at(2026, 3, 20)).status;
}

TEST(ShoeSoonMark, IsExactlyEightyPercentOfTheLimit) {
    EXPECT_EQ(shoeSoonMark(1000_km), 800_km);
    EXPECT_EQ(shoeSoonMark(500_km), 400_km);
    EXPECT_EQ(statusAt(800_km, 1000_km), ShoeStatusKind::Soon);
    EXPECT_EQ(statusAt(799'999_m, 1000_km), ShoeStatusKind::Ok);
}

TEST(ShoeSoonMark, IsRoundedUpToTheFirstWholeMetreThatIsSoon) {
    // 80% of 1001 m is 800.8 m: 801 m is soon, 800 m is not.
    EXPECT_EQ(shoeSoonMark(1001_m), 801_m);
    EXPECT_EQ(statusAt(801_m, 1001_m), ShoeStatusKind::Soon);
    EXPECT_EQ(statusAt(800_m, 1001_m), ShoeStatusKind::Ok);
}

TEST(WeekPainStage, IsTheStageOfTheMostIntenseEntryOfTheWeek) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 2), 5_km);
    // Week of 2 March: 7/10 for 3 h (stage 1) is worse than 5/10 at rest (stage 4).
    journal.pain(at(2026, 3, 3)).intensity(7);
    journal.pain(at(2026, 3, 4)).intensity(5).onset(Onset::Rest);
    const auto weeks = computeWeeks(journal, at(2026, 3, 20));
    ASSERT_EQ(weeks.size(), 3u);
    EXPECT_EQ(weeks[0].painMax, 7);
    EXPECT_EQ(weeks[0].painStage, 1);
    EXPECT_FALSE(weeks[1].painStage.has_value());
    EXPECT_FALSE(weeks[2].painStage.has_value());
}

TEST(WeekPainStage, OfEquallyIntenseEntriesTheHigherStageCounts) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 2), 5_km);
    // 24 h is stage 2; 23 h 59 min is stage 1.
    journal.pain(at(2026, 3, 3)).intensity(6).lasted(24_h);
    journal.pain(at(2026, 3, 10)).intensity(6).lasted(24_h - 1_min);
    journal.pain(at(2026, 3, 11)).intensity(6).lasted(20_h);
    const auto weeks = computeWeeks(journal, at(2026, 3, 20));
    ASSERT_EQ(weeks.size(), 3u);
    EXPECT_EQ(weeks[0].painStage, 2);
    EXPECT_EQ(weeks[1].painStage, 1);
}

TEST(WeekPainStage, AnOngoingEntryIsStagedAsOfT) {
    JournalBuilder journal;
    journal.run(at(2026, 3, 2), 5_km);
    journal.pain(at(2026, 3, 3, 8)).intensity(4).ongoing();
    EXPECT_EQ(computeWeeks(journal, at(2026, 3, 4, 7, 59)).front().painStage, 1);  // 23 h 59 min
    EXPECT_EQ(computeWeeks(journal, at(2026, 3, 4, 8)).front().painStage, 2);      // 24 h
}

// Two weeks of history, the longest run 10 km: the week of 9 March holds 15 km so far.
JournalBuilder previewHistory() {
    JournalBuilder journal;
    journal.run(at(2026, 3, 3), 10_km);
    journal.run(at(2026, 3, 5), 5_km);
    journal.run(at(2026, 3, 10), 8_km);
    journal.run(at(2026, 3, 12), 7_km);
    return journal;
}

Run newRun(Instant start, Distance distance) {
    Run run;
    run.start = start;
    run.distance = distance;
    run.duration = Duration::fromSeconds(distance.metres() * 6 / 10);
    return run;
}

TEST(WarningsIfRunSaved, ASpikeStartsAboveTenPercentOverTheLongestRun) {
    const JournalBuilder journal = previewHistory();
    const Instant now = at(2026, 3, 13, 18);
    EXPECT_FALSE(
        hasCode(warningsIfRunSaved(journal, newRun(now, 11_km), std::nullopt, now), "run-spike"));
    const auto spike = warningsIfRunSaved(journal, newRun(now, 11'001_m), std::nullopt, now);
    ASSERT_TRUE(hasCode(spike, "run-spike"));
    const Warning warning = withCode(spike, "run-spike").front();
    EXPECT_EQ(warning.band, QStringLiteral("small"));
    // The new run takes the next free id; the journal itself is left as it was.
    EXPECT_EQ(warning.subject, WarningSubject::forRun(RunId(5)));
    EXPECT_EQ(journal.snapshot().runs.size(), 4u);
}

TEST(WarningsIfRunSaved, AnEditedRunReplacesItselfInsteadOfBeingAddedAgain) {
    JournalBuilder journal = previewHistory();
    const Instant now = at(2026, 3, 13, 18);
    // The week of 9 March: 8 + 7 km. Editing the 8 km run to 8 km again brings no warning; the
    // same run added as new would take the week to 23 km, over its limit.
    stridelog::Run edited = journal.snapshot().runs[2];
    EXPECT_FALSE(
        hasCode(warningsIfRunSaved(journal, edited, std::nullopt, now), "weekly-increase"));
    edited.id = RunId();
    EXPECT_TRUE(hasCode(warningsIfRunSaved(journal, edited, std::nullopt, now), "weekly-increase"));
}

TEST(WarningsIfRunSaved, ThePainThatFollowsBringsItsStage) {
    const JournalBuilder journal = previewHistory();
    const Instant now = at(2026, 3, 13, 18);
    PainEntry pain;
    pain.start = now.plusSeconds(3600);
    pain.end = pain.start.plusSeconds(3600);
    pain.intensity = 4;
    pain.onset = Onset::Start;  // stage 3
    const auto warnings = warningsIfRunSaved(journal, newRun(now, 5_km), pain, now);
    const auto stage = withCode(warnings, "pain-stage");
    ASSERT_EQ(stage.size(), 1u);
    EXPECT_EQ(stage.front().subject, WarningSubject::forPain(PainId(1)));
    EXPECT_EQ(stage.front().severity, Severity::Stop);
}

}  // namespace
}  // namespace stridelog::test

// SPDX-License-Identifier: GPL-3.0-or-later
// `stridelog-cli demo`: a realistic, valid, reproducible history (demo_history.h).

#include "core/demo/demo_history.h"

#include "core/io/journal_json.h"
#include "core/model/validation.h"
#include "core/rules/as_of_journal.h"
#include "core/rules/comeback.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace stridelog {
namespace {

const QDate kEnd(2026, 3, 14);

const JournalSnapshot& thirtyYears() {
    static const JournalSnapshot journal = generateDemoHistory({30, 1, kEnd});
    return journal;
}

const JournalSnapshot& oneYear() {
    static const JournalSnapshot journal = generateDemoHistory({1, 1, kEnd});
    return journal;
}

QByteArray bytesOf(const JournalSnapshot& journal) {
    return writeJournalJson(journal, Instant(0, 0));
}

QDate mondayOf(QDate date) {
    return date.addDays(1 - date.dayOfWeek());
}

std::map<std::int64_t, std::int64_t> metresByShoe(const JournalSnapshot& journal) {
    std::map<std::int64_t, std::int64_t> metres;
    for (const Shoe& shoe : journal.shoes) metres[shoe.id.value()] = shoe.startDistance.metres();
    for (const auto& run : journal.runs) {
        if (run.shoe) metres[run.shoe->value()] += run.distance.metres();
    }
    return metres;
}

TEST(DemoHistory, TheSameSeedGivesTheSameHistory) {
    EXPECT_EQ(bytesOf(generateDemoHistory({3, 42, kEnd})),
              bytesOf(generateDemoHistory({3, 42, kEnd})));
}

TEST(DemoHistory, ADifferentSeedGivesADifferentHistory) {
    EXPECT_NE(bytesOf(generateDemoHistory({3, 42, kEnd})),
              bytesOf(generateDemoHistory({3, 43, kEnd})));
}

TEST(DemoHistory, OneYearHasAYearsWorthOfEntries) {
    const JournalSnapshot& journal = oneYear();
    EXPECT_GE(journal.runs.size(), 120u);
    EXPECT_LE(journal.runs.size(), 280u);
    EXPECT_GE(journal.pains.size(), 1u);
    EXPECT_LE(journal.pains.size(), 30u);
    EXPECT_GE(journal.shoes.size(), 2u);
    EXPECT_LE(journal.shoes.size(), 8u);
    EXPECT_GE(journal.runs.front().start.localDate(), kEnd.addYears(-1));
}

TEST(DemoHistory, ThirtyYearsHasThreeToFiveRunsAWeekAndPainAfterAFewPercent) {
    const JournalSnapshot& journal = thirtyYears();
    EXPECT_GE(journal.runs.size(), 5'000u);
    EXPECT_LE(journal.runs.size(), 7'500u);
    EXPECT_GE(journal.pains.size(), 120u);
    EXPECT_LE(journal.pains.size(), 450u);
    EXPECT_GE(journal.shoes.size(), 30u);
    EXPECT_LE(journal.runs.front().start.localDate(), kEnd.addYears(-30).addDays(7));
}

// How long it takes is BM_DemoHistory's (tests/benchmarks), never an assertion here.
TEST(DemoHistory, ThirtyYearsAreMade) {
    // The runs, pairs and pain; the tracks of its last years are demo_tracks_test's.
    const JournalSnapshot journal = generateDemoHistory({30, 99, kEnd, false});
    EXPECT_GT(journal.runs.size(), 3000u);
}

TEST(DemoHistory, YearsOutsideOneToThirtyAreClamped) {
    EXPECT_EQ(bytesOf(generateDemoHistory({0, 5, kEnd})),
              bytesOf(generateDemoHistory({1, 5, kEnd})));
    EXPECT_EQ(bytesOf(generateDemoHistory({31, 5, kEnd})),
              bytesOf(generateDemoHistory({30, 5, kEnd})));
}

TEST(DemoHistory, EveryEntryPassesTheStoresChecks) {
    for (const std::uint32_t seed : {1u, 2u, 3u}) {
        const JournalSnapshot journal = generateDemoHistory({30, seed, kEnd});
        for (const auto& run : journal.runs) {
            const auto error = validateRun(run, kEnd);
            ASSERT_FALSE(error) << "run " << run.id.value() << ": " << error->message.toStdString();
        }
        for (const PainEntry& pain : journal.pains) {
            const auto error = validatePain(pain, kEnd);
            ASSERT_FALSE(error) << "pain " << pain.id.value() << ": "
                                << error->message.toStdString();
        }
        for (const Shoe& shoe : journal.shoes) {
            const auto error = validateShoe(shoe);
            ASSERT_FALSE(error) << "shoe " << shoe.id.value() << ": "
                                << error->message.toStdString();
        }
    }
}

TEST(DemoHistory, IdsAreLocalReferencesFromOne) {
    const JournalSnapshot& journal = thirtyYears();
    for (std::size_t i = 0; i < journal.runs.size(); ++i) {
        ASSERT_EQ(journal.runs[i].id.value(), static_cast<std::int64_t>(i + 1));
    }
    for (std::size_t i = 0; i < journal.pains.size(); ++i) {
        ASSERT_EQ(journal.pains[i].id.value(), static_cast<std::int64_t>(i + 1));
    }
    for (std::size_t i = 0; i < journal.shoes.size(); ++i) {
        ASSERT_EQ(journal.shoes[i].id.value(), static_cast<std::int64_t>(i + 1));
    }
    const auto shoes = static_cast<std::int64_t>(journal.shoes.size());
    const auto runs = static_cast<std::int64_t>(journal.runs.size());
    for (const auto& run : journal.runs) {
        if (run.shoe) {
            ASSERT_LE(run.shoe->value(), shoes);
        }
    }
    for (const PainEntry& pain : journal.pains) {
        if (pain.run) {
            ASSERT_LE(pain.run->value(), runs);
        }
    }
}

TEST(DemoHistory, ARestoreReadsItBack) {
    const auto journal = readJournalJson(bytesOf(oneYear()));
    ASSERT_TRUE(journal.hasValue()) << journal.error().toStdString();
    EXPECT_EQ(journal->runs.size(), oneYear().runs.size());
}

TEST(DemoHistory, EntriesAreOrderedByStartAndEndByTheLastDay) {
    const JournalSnapshot& journal = thirtyYears();
    const auto byStart = [](const auto& a, const auto& b) { return a.start < b.start; };
    EXPECT_TRUE(std::is_sorted(journal.runs.begin(), journal.runs.end(), byStart));
    EXPECT_TRUE(std::is_sorted(journal.pains.begin(), journal.pains.end(), byStart));
    EXPECT_LE(journal.runs.back().start.localDate(), kEnd);
    EXPECT_GE(journal.runs.back().start.localDate(), kEnd.addDays(-7));
}

TEST(DemoHistory, MostWeeksHaveThreeToFiveRuns) {
    std::map<QDate, int> runsPerWeek;
    for (const auto& run : thirtyYears().runs) ++runsPerWeek[mondayOf(run.start.localDate())];
    const auto regular =
        std::count_if(runsPerWeek.begin(), runsPerWeek.end(),
                      [](const auto& week) { return week.second >= 3 && week.second <= 5; });
    EXPECT_GE(regular * 100, static_cast<long>(runsPerWeek.size()) * 90);
}

TEST(DemoHistory, VolumeBuildsUpCutsBackAndBreaks) {
    std::map<QDate, std::int64_t> volume;
    for (const auto& run : thirtyYears().runs)
        volume[mondayOf(run.start.localDate())] += run.distance.metres();
    int overTenPercent = 0;
    int cutBacks = 0;
    int breaks = 0;
    for (auto it = std::next(volume.begin()); it != volume.end(); ++it) {
        const auto previous = std::prev(it);
        if (previous->first.daysTo(it->first) >= 21) ++breaks;  // two or more empty weeks
        if (previous->first.daysTo(it->first) != 7) continue;
        if (100 * it->second > 110 * previous->second) ++overTenPercent;
        if (100 * it->second < 90 * previous->second) ++cutBacks;
    }
    EXPECT_GE(overTenPercent, 50);  // the weekly-increase warning has something to show
    EXPECT_GE(cutBacks, 200);       // one every three or four weeks
    EXPECT_GE(breaks, 10);          // several a decade
}

TEST(DemoHistory, OneLongRunMostWeeks) {
    int longRuns = 0;
    for (const auto& run : thirtyYears().runs) longRuns += run.type == RunType::Long ? 1 : 0;
    EXPECT_GE(longRuns, 1'000);
}

TEST(DemoHistory, SurfacesTypesAndHillsVary) {
    std::set<Surface> surfaces;
    std::set<RunType> types;
    int hilly = 0;
    for (const auto& run : thirtyYears().runs) {
        if (run.surface) surfaces.insert(*run.surface);
        if (run.type) types.insert(*run.type);
        hilly += run.hilly ? 1 : 0;
    }
    EXPECT_EQ(surfaces.size(), EnumNames<Surface>::table.size());
    EXPECT_EQ(types.size(), EnumNames<RunType>::table.size());
    EXPECT_GT(hilly, 300);
}

TEST(DemoHistory, MostRunsHaveCadenceMostlyFrom150To175AndHeartRate) {
    const auto& runs = thirtyYears().runs;
    std::vector<int> cadences;
    int heartRates = 0;
    int efforts = 0;
    for (const auto& run : runs) {
        if (run.cadence) cadences.push_back(*run.cadence);
        heartRates += run.heartRate ? 1 : 0;
        efforts += run.rpe ? 1 : 0;
    }
    EXPECT_GE(cadences.size() * 100, runs.size() * 75);
    EXPECT_GE(static_cast<std::size_t>(heartRates) * 100, runs.size() * 70);
    EXPECT_GE(static_cast<std::size_t>(efforts) * 100, runs.size() * 40);
    const auto typical = std::count_if(cadences.begin(), cadences.end(),
                                       [](int spm) { return spm >= 150 && spm <= 175; });
    EXPECT_GE(static_cast<std::size_t>(typical) * 100, cadences.size() * 85);
}

TEST(DemoHistory, RunsStartInTheMorningOrEvening) {
    for (const auto& run : thirtyYears().runs) {
        const QTime time = run.start.localDateTime().time();
        ASSERT_GE(time, QTime(6, 0)) << run.start.toLocalIsoString().toStdString();
        ASSERT_LE(time, QTime(20, 30)) << run.start.toLocalIsoString().toStdString();
    }
}

TEST(DemoHistory, SummerRunsCarryTheSummerOffset) {
    for (const auto& run : oneYear().runs) {
        const int expected = run.start.localDateTime().toLocalTime().offsetFromUtc();
        ASSERT_EQ(run.start.utcOffsetSeconds(), expected)
            << run.start.toLocalIsoString().toStdString();
    }
}

TEST(DemoHistory, OnePairIsRetiredAndTheOneInUseIsNearItsLimit) {
    for (const auto* journal : {&oneYear(), &thirtyYears()}) {
        const auto metres = metresByShoe(*journal);
        int retired = 0;
        int nearLimit = 0;
        for (const Shoe& shoe : journal->shoes) {
            if (shoe.isRetired()) {
                ++retired;
                continue;
            }
            const std::int64_t percent = metres.at(shoe.id.value()) * 100 / shoe.limit.metres();
            if (percent >= 80 && percent < 100) ++nearLimit;
        }
        EXPECT_GE(retired, 1);
        EXPECT_EQ(nearLimit, 1);
    }
}

TEST(DemoHistory, RunsAreInPairsThatWereInUse) {
    const JournalSnapshot& journal = thirtyYears();
    std::map<std::int64_t, const Shoe*> shoes;
    for (const Shoe& shoe : journal.shoes) shoes[shoe.id.value()] = &shoe;
    std::set<std::int64_t> used;
    for (const auto& run : journal.runs) {
        ASSERT_TRUE(run.shoe.has_value());
        const Shoe& shoe = *shoes.at(run.shoe->value());
        const QDate day = run.start.localDate();
        ASSERT_TRUE(shoe.since && *shoe.since <= day) << shoe.name.toStdString();
        ASSERT_TRUE(!shoe.retiredOn || day <= *shoe.retiredOn) << shoe.name.toStdString();
        used.insert(run.shoe->value());
    }
    EXPECT_EQ(used.size(), journal.shoes.size());
}

TEST(DemoHistory, PainVariesInKneeSiteOnsetIntensityAndDuration) {
    std::set<Knee> knees;
    std::set<Site> sites;
    std::set<Onset> onsets;
    int shortest = 1'000'000;
    int longest = 0;
    int lowest = 10;
    int highest = 0;
    for (const PainEntry& pain : thirtyYears().pains) {
        knees.insert(pain.knee);
        sites.insert(pain.site);
        onsets.insert(pain.onset);
        lowest = std::min(lowest, pain.intensity);
        highest = std::max(highest, pain.intensity);
        if (!pain.end) continue;
        const auto hours = static_cast<int>(pain.start.secondsUntil(*pain.end) / 3600);
        shortest = std::min(shortest, hours);
        longest = std::max(longest, hours);
    }
    EXPECT_EQ(knees.size(), 3u);
    EXPECT_EQ(sites.size(), 6u);
    EXPECT_EQ(onsets.size(), 6u);
    EXPECT_GE(lowest, 1);
    EXPECT_LE(highest, 8);
    EXPECT_GE(highest, 6);
    EXPECT_LT(shortest, 12);
    EXPECT_GT(longest, 6 * 24);
}

TEST(DemoHistory, SwellingLockingAndSharpPainAreRare) {
    const auto& pains = thirtyYears().pains;
    const auto flagged = std::count_if(pains.begin(), pains.end(), [](const PainEntry& pain) {
        return pain.swelling || pain.locking || pain.sharp;
    });
    EXPECT_GE(flagged, 1);
    EXPECT_LE(static_cast<std::size_t>(flagged) * 100, pains.size() * 15);
}

TEST(DemoHistory, MostPainFollowsTheRunItIsLinkedTo) {
    const JournalSnapshot& journal = thirtyYears();
    int linked = 0;
    for (const PainEntry& pain : journal.pains) {
        if (!pain.run) continue;
        ++linked;
        const auto& run = journal.runs.at(static_cast<std::size_t>(pain.run->value() - 1));
        ASSERT_LE(run.start, pain.start);
        ASSERT_LE(run.start.secondsUntil(pain.start), 2 * 24 * 3600);
    }
    EXPECT_GE(static_cast<std::size_t>(linked) * 100, journal.pains.size() * 80);
}

TEST(DemoHistory, OneOrTwoPainsAreOngoingOneOfThemRecent) {
    for (const std::uint32_t seed : {1u, 2u, 3u, 4u, 5u}) {
        const JournalSnapshot journal = generateDemoHistory({2, seed, kEnd});
        int ongoing = 0;
        int recent = 0;
        for (const PainEntry& pain : journal.pains) {
            if (!pain.isOngoing()) {
                ASSERT_LT(pain.end->localDate(), kEnd) << "ended pain must lie in the past";
                continue;
            }
            ++ongoing;
            if (pain.start.localDate() >= kEnd.addDays(-5)) ++recent;
        }
        EXPECT_GE(ongoing, 1) << seed;
        EXPECT_LE(ongoing, 2) << seed;
        EXPECT_EQ(recent, 1) << seed;
    }
}

TEST(DemoHistory, SettingsAreTheDefaults) {
    EXPECT_EQ(thirtyYears().settings, Settings());
}

}  // namespace
}  // namespace stridelog

namespace stridelog {
namespace {

// Rules 1.2: the demo's way back has a step back, is completed, and its sessions are rated.
TEST(DemoHistory, AWayBackWithOneStepBackIsCompletedWithRatingsAndMornings) {
    const JournalSnapshot& journal = oneYear();
    ASSERT_EQ(journal.programmes.size(), 1u);
    const AsOfJournal view(journal, AsOf::endOfLocalDay(kEnd));
    const auto status = assessComeback(view);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, ComebackState::Completed);
    const auto broke = std::count_if(
        status->sessions.begin(), status->sessions.end(),
        [](const ComebackSession& session) { return session.outcome == SessionOutcome::Broke; });
    EXPECT_EQ(broke, 1);
    EXPECT_EQ(status->sessions.size(), 15u);
    EXPECT_GE(journal.mornings.size(), 50u);
    const auto rated =
        std::count_if(journal.runs.begin(), journal.runs.end(),
                      [](const stridelog::Run& run) { return run.painDuring.has_value(); });
    EXPECT_GE(rated, 20);
    // The stage 3 pain before it ended at least 48 h before S: the start was allowed.
    JournalSnapshot before = journal;
    before.programmes.clear();
    const auto readiness =
        comebackReadiness(AsOfJournal(before, AsOf(status->started)), status->started, false, true);
    EXPECT_TRUE(readiness.ready) << readiness.why.toStdString();
}

}  // namespace
}  // namespace stridelog

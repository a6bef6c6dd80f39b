// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's made-up watch tracks (demo_tracks.h): one for each recorded run, true to the run,
// compact and reproducible.

#include "core/demo/demo_tracks.h"
#include "core/demo/demo_history.h"
#include "core/io/journal_json.h"
#include "core/model/track_codec.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

namespace stridelog {
namespace {

const QDate kEnd(2026, 3, 14);

const JournalSnapshot& fourYears() {
    static const JournalSnapshot journal = generateDemoHistory({4, 3, kEnd});
    return journal;
}

// Recorded by a watch in the years that have tracks.
bool isRecorded(const stridelog::Run& run) {
    return (run.source == RunSource::Fit || run.source == RunSource::Gpx) &&
           run.start.localDate() > kEnd.addYears(-demo::kDemoTrackYears);
}

double metresBetween(const TrackSample& a, const TrackSample& b) {
    const double north = (*b.latitude - *a.latitude) * 111'195.08;
    const double east =
        (*b.longitude - *a.longitude) * 111'195.08 * std::cos(*a.latitude * M_PI / 180);
    return std::hypot(north, east);
}

TEST(DemoTracks, EveryRecentRecordedRunHasATrackAndNoOtherRunHasOne) {
    const JournalSnapshot& journal = fourYears();
    std::map<std::int64_t, int> tracksByRun;
    for (const StoredTrack& track : journal.tracks) ++tracksByRun[track.run.value()];
    int recorded = 0;
    for (const stridelog::Run& run : journal.runs) {
        recorded += isRecorded(run) ? 1 : 0;
        EXPECT_EQ(tracksByRun[run.id.value()], isRecorded(run) ? 1 : 0) << run.id.value();
    }
    EXPECT_GT(recorded, 100);
    EXPECT_EQ(journal.tracks.size(), static_cast<std::size_t>(recorded));
}

TEST(DemoTracks, ATrackCoversTheRunsDistanceAndTimeWithItsHeartRateAndCadence) {
    for (const StoredTrack& stored : fourYears().tracks) {
        const auto track = decodeTrack(stored.data);
        ASSERT_TRUE(track);
        const stridelog::Run& run =
            fourYears().runs.at(static_cast<std::size_t>(stored.run.value() - 1));
        ASSERT_EQ(run.id, stored.run);
        ASSERT_GE(track->samples.size(), 2u);
        const TrackSample& last = track->samples.back();
        EXPECT_NEAR(last.metres, static_cast<double>(run.distance.metres()), 0.2);
        EXPECT_NEAR(last.seconds, static_cast<double>(run.duration.seconds()), 0.1);
        double heart = 0, cadence = 0;
        for (std::size_t i = 1; i < track->samples.size(); ++i) {
            const TrackSample& a = track->samples[i - 1];
            const TrackSample& b = track->samples[i];
            EXPECT_GT(b.seconds, a.seconds);
            EXPECT_GE(b.metres, a.metres);
            EXPECT_LE(b.seconds - a.seconds, demo::kDemoTrackStepSeconds + 0.05);
        }
        for (const TrackSample& s : track->samples) {
            EXPECT_EQ(s.latitude.has_value(), run.surface != Surface::Treadmill);
            EXPECT_EQ(s.altitude.has_value(), run.surface != Surface::Treadmill);
            ASSERT_EQ(s.heartRate.has_value(), run.heartRate.has_value());
            ASSERT_EQ(s.cadence.has_value(), run.cadence.has_value());
            heart += s.heartRate.value_or(0);
            cadence += s.cadence.value_or(0);
        }
        const auto count = static_cast<double>(track->samples.size());
        if (run.heartRate) {
            EXPECT_NEAR(heart / count, *run.heartRate, 1.0);
        }
        if (run.cadence) {
            EXPECT_NEAR(cadence / count, *run.cadence, 1.0);
        }
    }
}

TEST(DemoTracks, LapsAreEveryKilometreAndAddUpToTheRun) {
    for (const StoredTrack& stored : fourYears().tracks) {
        const auto track = decodeTrack(stored.data);
        ASSERT_TRUE(track);
        const stridelog::Run& run =
            fourYears().runs.at(static_cast<std::size_t>(stored.run.value() - 1));
        const std::int64_t km = run.distance.metres() / 1000;
        // A last piece under 50 m is no lap of its own.
        const std::int64_t rest = run.distance.metres() % 1000;
        EXPECT_EQ(track->laps.size(), static_cast<std::size_t>(km + (rest >= 50 ? 1 : 0)))
            << run.distance.metres() << " m, last lap " << track->laps.back().metres;
        double metres = 0, seconds = 0;
        for (std::size_t i = 0; i < track->laps.size(); ++i) {
            const Lap& lap = track->laps[i];
            if (i + 1 < track->laps.size()) {
                EXPECT_NEAR(lap.metres, 1000, 0.2);
            }
            EXPECT_EQ(lap.heartRate.has_value(), run.heartRate.has_value());
            metres += lap.metres;
            seconds += lap.seconds;
        }
        if (rest >= 50) {
            EXPECT_NEAR(metres, static_cast<double>(run.distance.metres()), 1.0);
            EXPECT_NEAR(seconds, static_cast<double>(run.duration.seconds()), 1.0);
        }
    }
}

TEST(DemoTracks, ARouteOffTheTrackIsALoopThatEndsWhereItStarted) {
    int loops = 0;
    for (const StoredTrack& stored : fourYears().tracks) {
        const auto track = decodeTrack(stored.data);
        ASSERT_TRUE(track);
        const stridelog::Run& run =
            fourYears().runs.at(static_cast<std::size_t>(stored.run.value() - 1));
        if (run.surface == Surface::Track || run.surface == Surface::Treadmill) continue;
        ++loops;
        const TrackSample& first = track->samples.front();
        const TrackSample& last = track->samples.back();
        // Within GPS wobble of the start; and somewhere along it, well away from home.
        EXPECT_LT(metresBetween(first, last), 10.0);
        double farthest = 0;
        for (const TrackSample& s : track->samples)
            farthest = std::max(farthest, metresBetween(first, s));
        EXPECT_GT(farthest, static_cast<double>(run.distance.metres()) / 12);
    }
    EXPECT_GT(loops, 50);
}

TEST(DemoTracks, AreCompact) {
    double bytes = 0, hours = 0;
    for (const StoredTrack& stored : fourYears().tracks) {
        bytes += static_cast<double>(stored.data.size());
        const stridelog::Run& run =
            fourYears().runs.at(static_cast<std::size_t>(stored.run.value() - 1));
        hours += run.duration.hours();
    }
    EXPECT_LT(bytes / hours, 10'000.0);  // the journal's aim for real tracks is 30 KB an hour
}

TEST(DemoTracks, TheSameSeedGivesTheSameTracksAndTracksLeaveTheHistoryAsItWas) {
    const JournalSnapshot again = generateDemoHistory({4, 3, kEnd});
    ASSERT_EQ(again.tracks.size(), fourYears().tracks.size());
    for (std::size_t i = 0; i < again.tracks.size(); ++i)
        EXPECT_EQ(again.tracks[i].data, fourYears().tracks[i].data);
    DemoOptions bare{4, 3, kEnd};
    bare.tracks = false;
    JournalSnapshot without = generateDemoHistory(bare);
    EXPECT_TRUE(without.tracks.empty());
    without.tracks = fourYears().tracks;
    EXPECT_EQ(writeJournalJson(without, Instant(0, 0)),
              writeJournalJson(fourYears(), Instant(0, 0)));
    const JournalSnapshot other = generateDemoHistory({4, 4, kEnd});
    ASSERT_FALSE(other.tracks.empty());
    EXPECT_NE(other.tracks.front().data, fourYears().tracks.front().data);
}

}  // namespace
}  // namespace stridelog

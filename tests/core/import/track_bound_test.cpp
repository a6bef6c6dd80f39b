// SPDX-License-Identifier: GPL-3.0-or-later
// A track keeps at most what a 72-hour run holds at one point a second, however many points the
// file gives: more are kept at a coarser step, from the first point to the last.

#include "core/io/import/track_recorder.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

TEST(TrackBound, AMillionPointsKeepAtMostA72HourRunsWorth) {
    TrackAccumulator accumulator;
    TrackRecorder recorder;
    accumulator.beginSegment();
    constexpr std::int64_t kPoints = 1'000'000;
    for (std::int64_t i = 0; i < kPoints; ++i) {
        TrackPoint point;
        point.timeMilliseconds = 1'700'000'000'000 + i * 250;  // four a second
        point.metres = static_cast<double>(i);
        accumulator.addPoint(point);
        recorder.add(accumulator, point);
    }
    const Track track = recorder.take();
    EXPECT_LE(track.samples.size(), kMaxKeptSamples + 1);
    EXPECT_GT(track.samples.size(), kMaxKeptSamples / 2);
    ASSERT_FALSE(track.samples.empty());
    EXPECT_EQ(track.samples.front().metres, 0.0);
    EXPECT_EQ(track.samples.back().metres, static_cast<double>(kPoints - 1));
    for (std::size_t i = 1; i < track.samples.size(); ++i) {
        ASSERT_LT(track.samples[i - 1].metres, track.samples[i].metres) << i;
    }
}

TEST(TrackBound, AnOrdinaryTrackKeepsEveryPoint) {
    TrackAccumulator accumulator;
    TrackRecorder recorder;
    accumulator.beginSegment();
    for (int i = 0; i < 3600; ++i) {
        TrackPoint point;
        point.timeMilliseconds = 1'700'000'000'000 + i * 1000;
        point.metres = i * 3.0;
        accumulator.addPoint(point);
        recorder.add(accumulator, point);
    }
    EXPECT_EQ(recorder.take().samples.size(), 3600u);
}

}  // namespace
}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Made-up watch tracks for the demo's recorded runs (those imported from a FIT or GPX file), so
// a demo run's page has a route, charts, laps and splits like a real one. Each track is a loop
// around the runner's home, one point every few seconds (as a watch's smart recording keeps
// them), its distance and moving time exactly the run's; altitude follows the loop (hills on a
// hilly run, none on a track or treadmill), heart rate and cadence are there when the run has
// them, with a lap every kilometre. A treadmill run has no positions.
//
// Each track comes from its own random sequence (the seed and the run's id), so tracks never
// change the history they are drawn for, and the same seed gives the same tracks.

#include "core/model/run.h"
#include "core/model/track.h"

#include <QDate>

#include <cstdint>
#include <vector>

namespace stridelog::demo {

inline constexpr int kDemoTrackStepSeconds = 5;

Track makeDemoTrack(const Run& run, std::uint32_t seed);

// Tracks for the recorded runs of the last few years before `endDate`: a runner opens recent
// runs, and a 30-year demo stays small and quick to make.
inline constexpr int kDemoTrackYears = 3;

// Encoded tracks for the recorded runs of `runs` since kDemoTrackYears before `endDate`, by the
// runs' (local) ids.
std::vector<StoredTrack> makeDemoTracks(const std::vector<Run>& runs, std::uint32_t seed,
                                        QDate endDate);

}  // namespace stridelog::demo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A made-up but realistic training history (`stridelog-cli demo`), deterministic for a seed:
// what screenshots, benchmarks and manual testing use. 3–5 runs a week with build-ups,
// cut-back weeks and a few breaks; several pairs (one near its limit, one retired); varied
// surfaces and run types; cadence and heart rate on most runs; pain entries with different
// knees, sites, onsets and durations, some still ongoing at `endDate`; a way back after a stage 3
// pain with rated sessions and morning checks (demo_way_back.h).
//
// Ids in the returned snapshot are local references (shoes 1..n, runs 1..m, pains 1..k);
// Journal::insertAll maps them to the ids the file gives.

#include "core/model/journal_snapshot.h"

#include <QDate>

#include <cstdint>

namespace stridelog {

struct DemoOptions {
    int years = 3;           // 1–30
    std::uint32_t seed = 1;  // same seed, same history
    // The history ends on this local date: the caller's today, from its clock. Required: an
    // invalid date gives an empty history.
    QDate endDate;
    bool tracks = true;  // made-up watch tracks for recent recorded runs (demo_tracks.h)
};

JournalSnapshot generateDemoHistory(const DemoOptions& options);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One run as the GPX and TCX writers take it: the run, the words its description needs, and
// its track when it has one. The caller reads the track from the journal one run at a time,
// so an export of thousands of runs never holds more than one track.

#include "core/model/expected.h"
#include "core/model/run.h"
#include "core/model/track.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace stridelog {

struct RunToExport {
    const Run& run;
    QString shoeName;              // empty when the run has no pair
    const Track* track = nullptr;  // null or empty: the file carries the summary only
};

// What a writer put in the file, for the caller's report.
struct ExportedTrack {
    bool track = false;       // points were written; false: the run's summary only
    std::int64_t points = 0;  // the points written (GPX: those with a position)
    int segments = 0;         // GPX track segments or TCX tracks: one more for each pause
};

// A pause in a kept track: the importer left its time out (track.h), so the next point comes
// at the same moving time as the one before. Both formats start a new segment there.
bool startsAfterPause(const TrackSample& previous, const TrackSample& sample);

}  // namespace stridelog

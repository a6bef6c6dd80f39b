// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The step from a file's activity to a journal Run: rounding to whole metres and seconds,
// moving time as the duration, averages to whole numbers, the activity's title as notes, and
// the source key that makes a re-import a duplicate.
//
// Source keys: a CSV row keys on its service's activity id ("strava:123", for Garmin's export
// "garmin-csv:" and the start); anything else on the SHA-256 of the file's bytes
// ("sha256:…", with "#N" for the N-th activity of a file that holds several).

#include "activity_file.h"

#include "core/model/run.h"

namespace stridelog {

Run runFromActivity(const ParsedActivity& activity, const QString& sourceKey);

// `index` is the activity's place in `file.activities`, which may be one chunk of the file.
QString sourceKeyFor(const ActivityFile& file, std::size_t index);

// "track 2", "row 14 (Strava activity 123)": which activity of a file a message is about.
QString activityLabel(const ActivityFile& file, std::size_t index);

// "10.210 km in 50:06 on 2021-02-06 12:03" for result messages.
QString describeRun(const Run& run);

}  // namespace stridelog

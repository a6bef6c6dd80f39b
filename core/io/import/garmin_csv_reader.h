// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Garmin Connect's CSV export of the activity list ("Activities" → Export CSV), one row per
// activity.
//
// Columns read: `Activity Type` (Running, Trail Running, Treadmill Running…; anything else is
// skipped), `Date` (the local wall-clock time of the start, "2023-05-01 07:30:12", taken in the
// system time zone), `Title`, `Distance` (kilometres: the export uses the account's unit, and
// a mile account's export must be converted first), `Moving Time` else `Time` and
// `Elapsed Time` ("1:02:03", "45:12.3"), `Avg HR`, `Avg Run Cadence` (already steps per
// minute, kept as is). Garmin writes `--` for "no value". The export has no activity id, so
// the start time stands in for it (one activity per start second).

#include "parsed_activity.h"

#include "core/model/expected.h"

#include <QIODevice>

namespace stridelog {

// True when the names of a header row are Garmin Connect's activity list.
bool isGarminActivitiesHeader(const QStringList& names);

struct CsvActivityFormat;
// How readGarminCsv reads rows, for reading a long file in chunks (csv_activities.h).
CsvActivityFormat garminActivitiesFormat();

Expected<ParsedActivities> readGarminCsv(QIODevice& input, const ReadOptions& options = {});

// "1:02:03", "45:12", "00:45:12.3" as seconds.
std::optional<double> parseClockDuration(const QString& text);

}  // namespace stridelog

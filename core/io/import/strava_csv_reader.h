// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Strava's bulk export ("Download your data"): `activities.csv`, one row per activity, and
// `shoes.csv`, the athlete's pairs.
//
// activities.csv columns read: `Activity ID` (the run's source key, so a re-import is a
// duplicate), `Activity Date` (UTC, "Jan 5, 2021, 6:30:12 AM"), `Activity Name`,
// `Activity Type` (Run, Trail Run, Virtual Run…; anything else is skipped), `Moving Time` and
// `Elapsed Time` (seconds), `Distance` (the export has it twice: first in km, then in metres;
// the metres column is preferred), `Average Heart Rate`, `Average Cadence` (one foot's, as
// Strava stores running cadence, so doubled into steps per minute) and `Activity Gear`, the
// pair's name. Rows that cannot be read become activities without a start, which the importer
// reports as errors naming the row.
//
// shoes.csv columns read: `Shoe Name`, `Shoe Brand`, `Shoe Model`.

#include "parsed_activity.h"

#include "core/model/expected.h"

#include <QIODevice>

#include <vector>

namespace stridelog {

struct CsvShoe {
    QString name;  // the name the athlete gave the pair, may be empty
    QString brand;
    QString model;

    // The name the journal gives the pair: the athlete's, else brand and model.
    QString displayName() const;
    // True when an activity's gear text names this pair.
    bool matches(const QString& gear) const;
};

// True when the names of a header row are Strava's activities.csv.
bool isStravaActivitiesHeader(const QStringList& names);

struct CsvActivityFormat;
// How readStravaActivitiesCsv reads rows, for reading a long file in chunks (csv_activities.h).
CsvActivityFormat stravaActivitiesFormat();

Expected<ParsedActivities> readStravaActivitiesCsv(QIODevice& input,
                                                   const ReadOptions& options = {});
Expected<std::vector<CsvShoe>> readStravaShoesCsv(QIODevice& input);

// "Jan 5, 2021, 6:30:12 AM" (and ISO forms) as UTC seconds.
std::optional<std::int64_t> parseStravaDate(const QString& text);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The loop both activity CSVs share (Strava's activities.csv, Garmin Connect's export): check
// the header row, then turn each row into an activity, looking at the cancel flag as it goes.
// Each reader supplies only what differs: how its header looks and how a row reads.

#include "csv_rows.h"
#include "parsed_activity.h"

#include "core/model/expected.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace stridelog {

struct CsvActivityFormat {
    bool (*isHeader)(const QStringList& names);
    QString notThisFormat;  // "not a Strava activities.csv: no Activity ID, ... columns"
    ParsedActivity (*fromRow)(const CsvHeader& header, const QStringList& row);
};

Expected<ParsedActivities> readCsvActivities(QIODevice& input, const ReadOptions& options,
                                             const CsvActivityFormat& format);

// "line 12: what was wrong", for a CSV row that could not be read.
QString csvRowError(const CsvRows& rows);

}  // namespace stridelog

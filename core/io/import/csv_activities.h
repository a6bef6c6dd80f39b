// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The loop both activity CSVs share (Strava's activities.csv, Garmin Connect's export): check
// the header row, then turn each row into an activity, looking at the cancel flag as it goes.
// Each reader supplies only what differs: how its header looks and how a row reads.
//
// CsvActivityReader hands the rows out a chunk at a time, so the importer can write a file of
// 100,000 rows in its one transaction without ever holding more than a chunk of them.

#include "csv_rows.h"
#include "parsed_activity.h"

#include "core/model/expected.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace stridelog {

struct CsvActivityFormat {
    bool (*isHeader)(const QStringList& names);
    QString notThisFormat;  // "not a Strava activities.csv: no Activity ID, ... columns"
    ParsedActivity (*fromRow)(const CsvHeader& header, const QStringList& row);
};

class CsvActivityReader {
public:
    CsvActivityReader(QIODevice& input, const ReadOptions& options, CsvActivityFormat format);

    // The next at most `max` activities (`max` > 0), in file order; none once the file has
    // been read to the end. The first call reads and checks the header row.
    Expected<ParsedActivities> next(std::size_t max);
    bool atEnd() const { return atEnd_; }

private:
    CsvRows rows_;
    ReadOptions options_;
    CsvActivityFormat format_;
    CsvHeader header_;
    bool started_ = false;
    bool atEnd_ = false;
    std::int64_t rowsRead_ = 0;
};

// Every activity of the file at once (the fuzz targets and the readers' tests).
Expected<ParsedActivities> readCsvActivities(QIODevice& input, const ReadOptions& options,
                                             const CsvActivityFormat& format);

// "line 12: what was wrong", for a CSV row that could not be read.
QString csvRowError(const CsvRows& rows);

}  // namespace stridelog

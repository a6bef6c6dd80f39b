// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_activities.h"

#include <limits>

namespace stridelog {

QString csvRowError(const CsvRows& rows) {
    return QStringLiteral("line %1: %2").arg(rows.line()).arg(rows.error());
}

CsvActivityReader::CsvActivityReader(QIODevice& input, const ReadOptions& options,
                                     CsvActivityFormat format)
    : rows_(input), options_(options), format_(std::move(format)) {}

Expected<ParsedActivities> CsvActivityReader::next(std::size_t max) {
    if (!started_) {
        started_ = true;
        const auto names = rows_.next();
        if (!names) {
            return fail(rows_.error().isEmpty() ? QStringLiteral("the file is empty")
                                                : csvRowError(rows_));
        }
        if (!format_.isHeader(*names)) return fail(format_.notThisFormat);
        header_ = CsvHeader(*names);
    }
    ParsedActivities activities;
    while (!atEnd_ && activities.size() < max) {
        auto row = rows_.next();
        if (!row) {
            atEnd_ = true;
            if (!rows_.error().isEmpty()) return fail(csvRowError(rows_));
            break;
        }
        activities.push_back(format_.fromRow(header_, *row));
        if (++rowsRead_ % kCancelCheckInterval == 0 && options_.cancelled())
            return fail(readCancelledMessage());
    }
    return activities;
}

Expected<ParsedActivities> readCsvActivities(QIODevice& input, const ReadOptions& options,
                                             const CsvActivityFormat& format) {
    CsvActivityReader reader(input, options, format);
    return reader.next(std::numeric_limits<std::size_t>::max());
}

}  // namespace stridelog

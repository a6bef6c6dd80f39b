// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_activities.h"

namespace stridelog {

QString csvRowError(const CsvRows& rows) {
    return QStringLiteral("line %1: %2").arg(rows.line()).arg(rows.error());
}

Expected<ParsedActivities> readCsvActivities(QIODevice& input, const ReadOptions& options,
                                             const CsvActivityFormat& format) {
    CsvRows rows(input);
    const auto names = rows.next();
    if (!names) {
        return fail(rows.error().isEmpty() ? QStringLiteral("the file is empty")
                                           : csvRowError(rows));
    }
    if (!format.isHeader(*names)) return fail(format.notThisFormat);
    const CsvHeader header(*names);
    ParsedActivities activities;
    while (auto row = rows.next()) {
        activities.push_back(format.fromRow(header, *row));
        if (static_cast<std::int64_t>(activities.size()) % kCancelCheckInterval == 0 &&
            options.cancelled())
            return fail(readCancelledMessage());
    }
    if (!rows.error().isEmpty()) return fail(csvRowError(rows));
    return activities;
}

}  // namespace stridelog

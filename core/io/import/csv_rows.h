// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RFC 4180 rows from a QIODevice, one at a time: comma-separated, fields optionally in double
// quotes, `""` for a quote inside them, and quoted fields that span lines. UTF-8, with or
// without a byte-order mark. A row is limited to 1 MiB, so an unclosed quote in a large file
// is an error rather than the whole file in memory. Used by the Strava and Garmin CSV readers.

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace stridelog {

class CsvRows {
public:
    explicit CsvRows(QIODevice& input) : input_(input) {}

    // The next row, or nullopt at the end or on an error (see error()).
    std::optional<QStringList> next();
    const QString& error() const { return error_; }
    // The line the last row started on, 1-based, for messages.
    std::int64_t line() const { return rowLine_; }

private:
    std::optional<QString> readRecord();

    QIODevice& input_;
    QString error_;
    std::int64_t lineCount_ = 0;
    std::int64_t rowLine_ = 0;
};

// Column positions by header name; a name that occurs twice (Strava's export has two
// "Distance" columns) keeps every position in order.
class CsvHeader {
public:
    CsvHeader() = default;
    explicit CsvHeader(const QStringList& names) : names_(names) {}

    bool has(QLatin1String name) const { return index(name).has_value(); }
    std::optional<qsizetype> index(QLatin1String name, int occurrence = 0) const;
    // The cell of `row` under `name`, trimmed; empty when the row is short or the name absent.
    QString cell(const QStringList& row, QLatin1String name, int occurrence = 0) const;

private:
    QStringList names_;
};

}  // namespace stridelog

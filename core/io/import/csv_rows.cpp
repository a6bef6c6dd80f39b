// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_rows.h"

namespace stridelog {
namespace {

constexpr qint64 kMaxRowBytes = 1 << 20;

QStringList splitRecord(const QString& record) {
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QChar c = record[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < record.size() &&
                record[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

}  // namespace

std::optional<QString> CsvRows::readRecord() {
    QString record;
    bool quoted = false;  // inside a quoted field after the lines read so far
    do {
        if (input_.atEnd()) {
            if (!record.isEmpty()) error_ = QStringLiteral("a quoted field is never closed");
            return std::nullopt;
        }
        const QByteArray bytes = input_.readLine(kMaxRowBytes);
        if (bytes.isEmpty() && !input_.atEnd()) {
            error_ = input_.errorString();
            return std::nullopt;
        }
        if (bytes.size() >= kMaxRowBytes - 1 && !bytes.endsWith('\n')) {
            error_ = QStringLiteral("line %1 is longer than 1 MiB").arg(lineCount_ + 1);
            return std::nullopt;
        }
        if (record.isEmpty()) rowLine_ = lineCount_ + 1;
        ++lineCount_;
        const QString text = QString::fromUtf8(bytes);
        // Each quote toggles; `""` toggles twice, so the parity of the count is what matters.
        if (text.count(QLatin1Char('"')) % 2 != 0) quoted = !quoted;
        record += text;
        if (record.size() > kMaxRowBytes) {
            error_ = QStringLiteral("the row at line %1 is longer than 1 MiB").arg(rowLine_);
            return std::nullopt;
        }
    } while (quoted);
    if (lineCount_ == 1 && record.startsWith(QChar(0xFEFF))) record.remove(0, 1);
    while (record.endsWith(QLatin1Char('\n')) || record.endsWith(QLatin1Char('\r'))) record.chop(1);
    return record;
}

std::optional<QStringList> CsvRows::next() {
    while (auto record = readRecord()) {
        if (!record->trimmed().isEmpty()) return splitRecord(*record);
    }
    return std::nullopt;
}

std::optional<qsizetype> CsvHeader::index(QLatin1String name, int occurrence) const {
    for (qsizetype i = 0; i < names_.size(); ++i) {
        if (names_[i].trimmed().compare(name, Qt::CaseInsensitive) == 0 && occurrence-- == 0)
            return i;
    }
    return std::nullopt;
}

QString CsvHeader::cell(const QStringList& row, QLatin1String name, int occurrence) const {
    const auto at = index(name, occurrence);
    if (!at || *at >= row.size()) return {};
    return row[*at].trimmed();
}

}  // namespace stridelog

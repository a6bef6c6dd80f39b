// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_csv.h"

#include <QStringList>

namespace stridelog {
namespace {

// One table for the whole journal. Each row fills the columns of its record kind and leaves
// the others empty; `start` and `notes` are shared by the kinds that have them. Rows end in
// CRLF and fields are quoted when they hold a comma, a quote or a line break (RFC 4180).

const QStringList kColumns{
    QStringLiteral("record"),      QStringLiteral("id"),         QStringLiteral("name"),
    QStringLiteral("limit_km"),    QStringLiteral("start_km"),   QStringLiteral("since"),
    QStringLiteral("retired_on"),  QStringLiteral("start"),      QStringLiteral("end"),
    QStringLiteral("distance_km"), QStringLiteral("duration_s"), QStringLiteral("shoe_id"),
    QStringLiteral("surface"),     QStringLiteral("hilly"),      QStringLiteral("type"),
    QStringLiteral("rpe"),         QStringLiteral("cadence"),    QStringLiteral("hr"),
    QStringLiteral("source"),      QStringLiteral("run_id"),     QStringLiteral("knee"),
    QStringLiteral("site"),        QStringLiteral("intensity"),  QStringLiteral("onset"),
    QStringLiteral("swelling"),    QStringLiteral("locking"),    QStringLiteral("sharp"),
    QStringLiteral("notes"),
};

// Spreadsheets run a cell that starts with one of these as a formula; a leading apostrophe
// makes them show it as text instead (a journal note should never run anything).
bool looksLikeFormula(const QString& text) {
    static const QString starts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && starts.contains(text.front());
}

QString quoted(const QString& field) {
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes) return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString userText(const QString& text) {
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

// Kilometres with exactly three decimals, from whole metres, so no rounding can creep in.
QString kilometres(Distance distance) {
    const std::int64_t metres = distance.metres();
    const QString sign = metres < 0 ? QStringLiteral("-") : QString();
    const std::int64_t magnitude = metres < 0 ? -metres : metres;
    return QStringLiteral("%1%2.%3")
        .arg(sign)
        .arg(magnitude / 1000)
        .arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
}

QString number(const std::optional<int>& value) {
    return value ? QString::number(*value) : QString();
}

QString flag(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString date(const std::optional<QDate>& value) {
    return value ? value->toString(Qt::ISODate) : QString();
}

template <class E>
QString name(const std::optional<E>& value) {
    return value ? toString(*value) : QString();
}

template <class Tag>
QString id(const std::optional<Id<Tag>>& value) {
    return value ? QString::number(value->value()) : QString();
}

// A row under construction: cells by column name, the rest empty.
class Row {
public:
    explicit Row(const QString& record) : cells_(kColumns.size()) {
        set(QStringLiteral("record"), record);
    }
    Row& set(const QString& column, const QString& value) {
        cells_[kColumns.indexOf(column)] = value;
        return *this;
    }
    QByteArray toCsv() const {
        QStringList fields;
        for (const QString& cell : cells_) fields << quoted(cell);
        return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }

private:
    QStringList cells_;
};

Row shoeRow(const Shoe& shoe) {
    Row row(QStringLiteral("shoe"));
    row.set(QStringLiteral("id"), QString::number(shoe.id.value()))
        .set(QStringLiteral("name"), userText(shoe.name))
        .set(QStringLiteral("limit_km"), kilometres(shoe.limit))
        .set(QStringLiteral("start_km"), kilometres(shoe.startDistance))
        .set(QStringLiteral("since"), date(shoe.since))
        .set(QStringLiteral("retired_on"), date(shoe.retiredOn))
        .set(QStringLiteral("notes"), userText(shoe.notes));
    return row;
}

Row runRow(const Run& run) {
    Row row(QStringLiteral("run"));
    row.set(QStringLiteral("id"), QString::number(run.id.value()))
        .set(QStringLiteral("start"), run.start.toLocalIsoString())
        .set(QStringLiteral("distance_km"), kilometres(run.distance))
        .set(QStringLiteral("duration_s"), QString::number(run.duration.seconds()))
        .set(QStringLiteral("shoe_id"), id(run.shoe))
        .set(QStringLiteral("surface"), name(run.surface))
        .set(QStringLiteral("hilly"), flag(run.hilly))
        .set(QStringLiteral("type"), name(run.type))
        .set(QStringLiteral("rpe"), number(run.rpe))
        .set(QStringLiteral("cadence"), number(run.cadence))
        .set(QStringLiteral("hr"), number(run.heartRate))
        .set(QStringLiteral("source"), toString(run.source))
        .set(QStringLiteral("notes"), userText(run.notes));
    return row;
}

Row painRow(const PainEntry& pain) {
    Row row(QStringLiteral("pain"));
    row.set(QStringLiteral("id"), QString::number(pain.id.value()))
        .set(QStringLiteral("start"), pain.start.toLocalIsoString())
        .set(QStringLiteral("end"), pain.end ? pain.end->toLocalIsoString() : QString())
        .set(QStringLiteral("run_id"), id(pain.run))
        .set(QStringLiteral("knee"), toString(pain.knee))
        .set(QStringLiteral("site"), toString(pain.site))
        .set(QStringLiteral("intensity"), QString::number(pain.intensity))
        .set(QStringLiteral("onset"), toString(pain.onset))
        .set(QStringLiteral("swelling"), flag(pain.swelling))
        .set(QStringLiteral("locking"), flag(pain.locking))
        .set(QStringLiteral("sharp"), flag(pain.sharp))
        .set(QStringLiteral("notes"), userText(pain.notes));
    return row;
}

}  // namespace

QByteArray writeJournalCsv(const JournalSnapshot& journal) {
    QByteArray csv = kColumns.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const Shoe& shoe : journal.shoes) csv += shoeRow(shoe).toCsv();
    for (const Run& run : journal.runs) csv += runRow(run).toCsv();
    for (const PainEntry& pain : journal.pains) csv += painRow(pain).toCsv();
    return csv;
}

}  // namespace stridelog

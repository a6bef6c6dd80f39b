// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A prepared query with named parameters: the only way the store talks SQL, so no user text is
// ever spliced into a statement.

#include "sql_error.h"
#include "store_error.h"

#include "core/model/enum_names.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace stridelog {

class Statement {
public:
    Statement(QSqlDatabase& db, const QString& sql);

    Statement& bind(const QString& name, const QVariant& value);
    template <class T>
    Statement& bind(const QString& name, const std::optional<T>& value) {
        return bind(name, value ? QVariant::fromValue(*value) : QVariant());
    }
    StoreResult<Done> exec(const QString& doing);
    // Rows changed by the last exec().
    int rowsAffected() const { return query_.numRowsAffected(); }
    qint64 lastInsertId() const { return query_.lastInsertId().toLongLong(); }
    QSqlQuery& query() { return query_; }

private:
    QSqlQuery query_;
    bool prepared_ = false;
};

// "Started on a local day from `from` to `to`" for tables that keep start_utc and
// start_offset (runs, pain): the local day is the UTC start shifted by its own offset. Use
// with bindLocalDayRange(); either end may be open.
inline const QString kLocalDayRangeCondition = QStringLiteral(
    "(:from IS NULL OR date(start_utc + start_offset, 'unixepoch') >= :from) AND "
    "(:to IS NULL OR date(start_utc + start_offset, 'unixepoch') <= :to)");
void bindLocalDayRange(Statement& statement, const std::optional<QDate>& from,
                       const std::optional<QDate>& to);

// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so absent text is ''.
inline QVariant textValue(const QString& text) {
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// Reading helpers: NULL becomes an empty optional.
std::optional<int> optionalInt(const QVariant& value);
std::optional<qint64> optionalInt64(const QVariant& value);

// Enumerations are stored as the words of their EnumNames table.
template <class E>
QVariant enumOrNull(const std::optional<E>& value) {
    return value ? QVariant(toString(*value)) : QVariant();
}
template <class E>
std::optional<E> enumFromVariant(const QVariant& value) {
    if (value.isNull()) return std::nullopt;
    return fromString<E>(value.toString());
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

namespace stridelog {

Statement::Statement(QSqlDatabase& db, const QString& sql) : query_(db) {
    query_.setForwardOnly(true);
    prepared_ = query_.prepare(sql);
}

Statement& Statement::bind(const QString& name, const QVariant& value) {
    query_.bindValue(name, value);
    return *this;
}

StoreResult<Done> Statement::exec(const QString& doing) {
    if (!prepared_ || !query_.exec()) return Unexpected{fromSqlError(query_.lastError(), doing)};
    return Done{};
}

void bindLocalDayRange(Statement& statement, const std::optional<QDate>& from,
                       const std::optional<QDate>& to) {
    statement
        .bind(QStringLiteral(":from"), from ? QVariant(from->toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":to"), to ? QVariant(to->toString(Qt::ISODate)) : QVariant());
}

std::optional<int> optionalInt(const QVariant& value) {
    if (value.isNull()) return std::nullopt;
    return value.toInt();
}

std::optional<qint64> optionalInt64(const QVariant& value) {
    if (value.isNull()) return std::nullopt;
    return value.toLongLong();
}

}  // namespace stridelog

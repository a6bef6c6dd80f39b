// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

namespace stridelog {

Transaction::~Transaction() {
    if (open_) QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
}

StoreResult<Done> Transaction::begin(const QString& doing) {
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return Unexpected{fromSqlError(query.lastError(), doing)};
    }
    open_ = true;
    return Done{};
}

StoreResult<Done> Transaction::beginReading(const QString& doing) {
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("BEGIN DEFERRED"))) {
        return Unexpected{fromSqlError(query.lastError(), doing)};
    }
    open_ = true;
    return Done{};
}

StoreResult<Done> Transaction::commit(const QString& doing) {
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return Unexpected{fromSqlError(query.lastError(), doing)};
    }
    open_ = false;
    return Done{};
}

}  // namespace stridelog

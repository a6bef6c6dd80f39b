// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One user action, one transaction: inTransaction() begins (IMMEDIATE, so the write lock is
// taken up front and a busy journal fails before any work), runs the body, and commits only if
// the body succeeded. Anything else — an error, an early return, an exception — rolls back,
// leaving the journal as it was.

#include "sql_error.h"
#include "store_error.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <type_traits>

namespace stridelog {

class Transaction {
public:
    explicit Transaction(QSqlDatabase& db) : db_(db) {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    StoreResult<Done> begin(const QString& doing);
    // A read-only transaction: several reads see one moment, and no write lock is taken.
    StoreResult<Done> beginReading(const QString& doing);
    StoreResult<Done> commit(const QString& doing);

private:
    QSqlDatabase& db_;
    bool open_ = false;
};

template <class Body>
auto inTransaction(QSqlDatabase& db, const QString& doing, Body&& body)
    -> std::invoke_result_t<Body> {
    Transaction transaction(db);
    if (auto begun = transaction.begin(doing); !begun) return Unexpected{begun.error()};
    auto result = body();
    if (!result) return result;  // the destructor rolls back
    if (auto committed = transaction.commit(doing); !committed) {
        return Unexpected{committed.error()};
    }
    return result;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Journal::write, shared by the files that implement Journal: one user action in one
// transaction, and one changed() signal once it is committed.

#include "database.h"
#include "journal.h"
#include "transaction.h"

namespace stridelog {

// The whole journal in one read transaction (journal.cpp); with every track when asked, for
// export and restore (Journal::snapshotWithTracks).
StoreResult<JournalSnapshot> readSnapshot(QSqlDatabase& db, bool withTracks);

// Runs one user action in a transaction and tells listeners once it is committed.
template <class Body>
auto Journal::write(const QString& doing, Body&& body) -> std::invoke_result_t<Body> {
    auto result = inTransaction(database_->connection(), doing, std::forward<Body>(body));
    if (result) Q_EMIT changed();
    return result;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Journal::write, shared by the files that implement Journal: one user action in one
// transaction, and one changed() signal once it is committed.

#include "database.h"
#include "journal.h"
#include "transaction.h"

#include <type_traits>
#include <vector>

namespace stridelog {

// The whole journal in one read transaction (journal.cpp); with every track when asked, for
// export and restore (Journal::snapshotWithTracks).
StoreResult<JournalSnapshot> readSnapshot(QSqlDatabase& db, bool withTracks);

// Runs one user action in a transaction and tells listeners, once it is committed, what it
// changed: `describe` is given the action's result (the new id of an added entry).
template <class Body, class Describe>
auto Journal::write(const QString& doing, Body&& body, Describe&& describe)
    -> std::invoke_result_t<Body> {
    auto result = inTransaction(database_->connection(), doing, std::forward<Body>(body));
    if (result) Q_EMIT changed(describe(*result));
    return result;
}

// The change of one entry, for write()'s `describe`.
enum class ChangeHow { Added, Changed, Removed };

template <class IdType>
EntryChanges<IdType>& entriesOf(JournalChange& change) {
    if constexpr (std::is_same_v<IdType, RunId>) {
        return change.runs;
    } else if constexpr (std::is_same_v<IdType, PainId>) {
        return change.pains;
    } else if constexpr (std::is_same_v<IdType, QDate>) {
        return change.mornings;
    } else if constexpr (std::is_same_v<IdType, ProgrammeId>) {
        return change.programmes;
    } else {
        static_assert(std::is_same_v<IdType, ShoeId>);
        return change.shoes;
    }
}

template <class IdType>
JournalChange changeOf(ChangeHow how, const std::vector<IdType>& ids) {
    JournalChange change;
    EntryChanges<IdType>& entries = entriesOf<IdType>(change);
    std::vector<IdType>& list = how == ChangeHow::Added     ? entries.added
                                : how == ChangeHow::Changed ? entries.changed
                                                            : entries.removed;
    list = ids;
    return change;
}

template <class IdType>
JournalChange changeOf(ChangeHow how, IdType id) {
    return changeOf(how, std::vector<IdType>{id});
}

}  // namespace stridelog

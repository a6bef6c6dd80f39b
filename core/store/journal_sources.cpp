// SPDX-License-Identifier: GPL-3.0-or-later
// Journal actions on the watched folders (issue 18), each one transaction. They are settings
// of the journal, so a change is announced as one.

#include "journal.h"

#include "journal_write.h"
#include "source_table.h"

namespace stridelog {

StoreResult<bool> Journal::addSourceFolder(const QString& path) {
    return write(
        QStringLiteral("adding the watched folder"),
        [&] { return source_table::add(database_->connection(), path); },
        [](bool) {
            JournalChange change;
            change.settings = true;
            return change;
        });
}

StoreResult<Done> Journal::removeSourceFolder(const QString& path) {
    return write(
        QStringLiteral("removing the watched folder"),
        [&] { return source_table::remove(database_->connection(), path); },
        [](Done) {
            JournalChange change;
            change.settings = true;
            return change;
        });
}

StoreResult<QStringList> Journal::sourceFolders() const {
    return source_table::selectAll(database_->connection());
}

}  // namespace stridelog

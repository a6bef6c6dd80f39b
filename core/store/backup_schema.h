// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks the shape of a journal file before any of its rows is read: a backup handed to
// `restore` may be crafted. Its four tables must be plain tables (not views, which can run
// arbitrary queries when read, nor virtual tables) with the columns this program reads, and
// it may hold no views or triggers at all. Reads only sqlite_schema and table_info, so the
// check is quick whatever the file holds.

#include "store_error.h"

#include <QSqlDatabase>

namespace stridelog {

// `db` is an open connection to the file; `userVersion` its schema version (columns added by
// later migrations are required only from their version on).
StoreResult<Done> checkJournalSchema(QSqlDatabase& db, int userVersion);

}  // namespace stridelog

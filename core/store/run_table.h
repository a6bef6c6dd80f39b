// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `run` table: rows to Run values and back. Called by Journal inside its transactions.
// A run's start is kept as UTC seconds plus the UTC offset it was recorded in.

#include "store_error.h"

#include "core/model/run.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace stridelog::run_table {

StoreResult<RunId> insert(QSqlDatabase& db, const Run& run, bool keepId = false);
StoreResult<Done> update(QSqlDatabase& db, const Run& run);
StoreResult<Done> remove(QSqlDatabase& db, RunId id);
// Oldest first; `from`/`to` are inclusive local dates.
StoreResult<std::vector<Run>> select(QSqlDatabase& db, std::optional<QDate> from = {},
                                     std::optional<QDate> to = {});
// Runs that may be `run` again: the same source key, or a start within `seconds` of its start.
StoreResult<std::vector<Run>> selectNear(QSqlDatabase& db, const Run& run, std::int64_t seconds);
StoreResult<Run> selectOne(QSqlDatabase& db, RunId id);
StoreResult<std::optional<ShoeId>> lastUsedShoe(QSqlDatabase& db);

}  // namespace stridelog::run_table

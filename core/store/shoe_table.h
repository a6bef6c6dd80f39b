// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `shoe` table: rows to Shoe values and back. Called by Journal inside its transactions.

#include "store_error.h"

#include "core/model/shoe.h"

#include <QSqlDatabase>

#include <vector>

namespace stridelog::shoe_table {

// With `keepId` the shoe's own id is written (restore); otherwise SQLite assigns one.
StoreResult<ShoeId> insert(QSqlDatabase& db, const Shoe& shoe, bool keepId = false);
StoreResult<Done> update(QSqlDatabase& db, const Shoe& shoe);
// Runs in the pair keep their data and lose the link.
StoreResult<Done> remove(QSqlDatabase& db, ShoeId id);
StoreResult<std::vector<Shoe>> selectAll(QSqlDatabase& db);
StoreResult<Shoe> selectOne(QSqlDatabase& db, ShoeId id);

}  // namespace stridelog::shoe_table

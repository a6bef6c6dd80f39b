// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `pain` table: rows to PainEntry values and back. Called by Journal inside its
// transactions. An entry with no end is ongoing.

#include "store_error.h"

#include "core/model/pain_entry.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace stridelog::pain_table {

StoreResult<PainId> insert(QSqlDatabase& db, const PainEntry& pain, bool keepId = false);
StoreResult<Done> update(QSqlDatabase& db, const PainEntry& pain);
StoreResult<Done> remove(QSqlDatabase& db, PainId id);
// By start, oldest first; `from`/`to` are inclusive local dates of the start.
StoreResult<std::vector<PainEntry>> select(QSqlDatabase& db, std::optional<QDate> from = {},
                                           std::optional<QDate> to = {});
StoreResult<PainEntry> selectOne(QSqlDatabase& db, PainId id);

}  // namespace stridelog::pain_table

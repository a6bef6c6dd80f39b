// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `morning_check` table: one row per local day, the day its key. Called by Journal inside
// its transactions.

#include "store_error.h"

#include "core/model/morning_check.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace stridelog::morning_table {

// Writes the check of its day, replacing one that is there; returns whether one was replaced.
StoreResult<bool> put(QSqlDatabase& db, const MorningCheck& morning);
StoreResult<Done> remove(QSqlDatabase& db, QDate day);
// By day, oldest first; `from`/`to` inclusive.
StoreResult<std::vector<MorningCheck>> select(QSqlDatabase& db, std::optional<QDate> from = {},
                                              std::optional<QDate> to = {});

}  // namespace stridelog::morning_table

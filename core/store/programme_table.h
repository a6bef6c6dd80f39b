// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `comeback_programme` table: the ways back the runner started (RULES.md R16). Called by
// Journal inside its transactions.

#include "store_error.h"

#include "core/model/comeback_programme.h"

#include <QSqlDatabase>

#include <vector>

namespace stridelog::programme_table {

StoreResult<ProgrammeId> insert(QSqlDatabase& db, const ComebackProgramme& programme,
                                bool keepId = false);
StoreResult<Done> update(QSqlDatabase& db, const ComebackProgramme& programme);
// By start, oldest first.
StoreResult<std::vector<ComebackProgramme>> selectAll(QSqlDatabase& db);
StoreResult<ComebackProgramme> selectOne(QSqlDatabase& db, ProgrammeId id);

}  // namespace stridelog::programme_table

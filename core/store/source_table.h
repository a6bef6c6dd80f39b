// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `source_folder` table (schema 5): the folders a runner asked to be watched for new
// activity files (issue 18), one row per absolute path. Called by Journal inside its
// transactions.

#include "store_error.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace stridelog::source_table {

// False when the folder was already there (nothing written).
StoreResult<bool> add(QSqlDatabase& db, const QString& path);
// NotFound when the folder is not one of the sources.
StoreResult<Done> remove(QSqlDatabase& db, const QString& path);
StoreResult<QStringList> selectAll(QSqlDatabase& db);  // by path

}  // namespace stridelog::source_table

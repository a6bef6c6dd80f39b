// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `setting` table: one row per setting key (SettingsKeys), missing keys taking their
// defaults. Called by Journal inside its transactions.

#include "store_error.h"

#include "core/model/settings.h"

#include <QSqlDatabase>

namespace stridelog::settings_table {

StoreResult<Settings> load(QSqlDatabase& db);
StoreResult<Done> save(QSqlDatabase& db, const Settings& settings);

}  // namespace stridelog::settings_table

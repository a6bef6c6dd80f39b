// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The journal's schema history. Each migration has a number, a description and its SQL; the
// schema version lives in PRAGMA user_version. Migrations are applied in order, each in its own
// transaction together with the version bump, so a failure leaves the file at the last good
// version. Never edit a released migration: add the next number. Never drop a table holding
// a runner's data.

#include "store_error.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace stridelog {

struct Migration {
    int version;
    QString description;
    QStringList statements;
};

// The application id in the SQLite header ("STLG"), telling our journals from other SQLite
// files.
inline constexpr std::uint32_t kJournalApplicationId = 0x53544C47;

const std::vector<Migration>& journalMigrations();

// Brings `db` from `fromVersion` to the last of `migrations`.
StoreResult<Done> applyMigrations(QSqlDatabase& db, int fromVersion,
                                  const std::vector<Migration>& migrations);

}  // namespace stridelog

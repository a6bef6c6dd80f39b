// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One SQLite connection to a journal file, opened safely. open():
//   1. refuses a file that is not SQLite, belongs to another program, or has a newer schema,
//      reading only its 100-byte header: nothing is written to a file we refuse;
//   2. creates a missing journal (and its folder) with mode 0600; SQLite gives the -wal and
//      -shm side files the same mode;
//   3. checks the version again through SQLite (read-only first when a -wal file is there, so
//      a newer schema found only in the WAL leaves the file and its WAL untouched), checks the
//      schema's shape (backup_schema.h) and runs a quick integrity check of every table but
//      the tracks' (read one run at a time; the backups and `check` check every page);
//   4. only then switches to WAL with synchronous=FULL and foreign keys, and migrates (each
//      step under the write lock, re-reading the version there, so two processes creating the
//      same new journal at once both succeed).
// Used by Journal; tests use it directly to inject migrations.

#include "migrations.h"
#include "store_error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace stridelog {

// Called with the journal's path just before an existing journal is migrated (the app takes a
// backup of the old version there).
using BeforeMigration = std::function<void(const QString& path)>;

class Database {
public:
    static StoreResult<std::unique_ptr<Database>> open(
        const QString& path, int busyTimeoutMs,
        const std::vector<Migration>& migrations = journalMigrations(),
        const BeforeMigration& beforeMigration = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return db_; }
    const QString& path() const { return path_; }
    int schemaVersion() const { return schemaVersion_; }

private:
    Database(QString path, QString connectionName);
    StoreResult<Done> prepare(int busyTimeoutMs, const std::vector<Migration>& migrations,
                              const BeforeMigration& beforeMigration);
    StoreResult<int> readUserVersion();

    QString path_;
    QString connectionName_;
    QString canonicalPath_;  // what the process-wide list of open journals is keyed by
    QSqlDatabase db_;
    int schemaVersion_ = 0;
};

// The last schema version `migrations` reaches.
int latestVersion(const std::vector<Migration>& migrations);

}  // namespace stridelog

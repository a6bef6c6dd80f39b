// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "sql_error.h"

#include <QSqlQuery>

namespace stridelog {

const std::vector<Migration>& journalMigrations() {
    static const std::vector<Migration> migrations = {
        {1,
         QStringLiteral("shoes, runs, pain entries and settings"),
         {
             QStringLiteral("PRAGMA application_id = %1").arg(kJournalApplicationId),
             QStringLiteral("CREATE TABLE shoe ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
                            " limit_m INTEGER NOT NULL CHECK (limit_m > 0),"
                            " start_m INTEGER NOT NULL DEFAULT 0 CHECK (start_m >= 0),"
                            " since TEXT,"
                            " retired_on TEXT,"
                            " notes TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE run ("
                            " id INTEGER PRIMARY KEY,"
                            " start_utc INTEGER NOT NULL,"
                            " start_offset INTEGER NOT NULL,"
                            " distance_m INTEGER NOT NULL CHECK (distance_m > 0),"
                            " duration_s INTEGER NOT NULL CHECK (duration_s > 0),"
                            " shoe_id INTEGER REFERENCES shoe(id) ON DELETE SET NULL,"
                            " surface TEXT,"
                            " hilly INTEGER NOT NULL DEFAULT 0,"
                            " type TEXT,"
                            " rpe INTEGER,"
                            " cadence INTEGER,"
                            " hr INTEGER,"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " source TEXT NOT NULL DEFAULT 'manual')"),
             QStringLiteral("CREATE TABLE pain ("
                            " id INTEGER PRIMARY KEY,"
                            " start_utc INTEGER NOT NULL,"
                            " start_offset INTEGER NOT NULL,"
                            " end_utc INTEGER,"
                            " end_offset INTEGER,"
                            " run_id INTEGER REFERENCES run(id) ON DELETE SET NULL,"
                            " knee TEXT NOT NULL,"
                            " site TEXT NOT NULL,"
                            " intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),"
                            " onset TEXT NOT NULL,"
                            " swelling INTEGER NOT NULL DEFAULT 0,"
                            " locking INTEGER NOT NULL DEFAULT 0,"
                            " sharp INTEGER NOT NULL DEFAULT 0,"
                            " notes TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX run_by_start ON run(start_utc)"),
             QStringLiteral("CREATE INDEX pain_by_start ON pain(start_utc)"),
         }},
        {2,
         QStringLiteral("import keys, so a re-imported activity is a duplicate; lookup indexes"),
         {
             QStringLiteral("ALTER TABLE run ADD COLUMN source_key TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX run_by_source_key ON run(source_key)"
                            " WHERE source_key IS NOT NULL"),
             QStringLiteral("CREATE INDEX run_by_shoe ON run(shoe_id)"),
             QStringLiteral("CREATE INDEX pain_by_run ON pain(run_id)"),
         }},
        // No foreign key to run: a deleted run's track stays until its id is used again (or
        // the journal is restored), so undoing the delete brings the track back with the run.
        {3,
         QStringLiteral("imported tracks and laps, one compact row per run"),
         {
             QStringLiteral("CREATE TABLE run_track ("
                            " run_id INTEGER PRIMARY KEY,"
                            " points INTEGER NOT NULL CHECK (points >= 0),"
                            " data BLOB NOT NULL)"),
         }},
        // One morning check per local day: the day is the key, so a second check of the same
        // day replaces the first (RULES.md "Ratings"). A programme keeps only what the runner
        // chose and confirmed; where it stands is worked out by the rules.
        {4,
         QStringLiteral("ratings of each run, morning checks and the way back"),
         {
             QStringLiteral("ALTER TABLE run ADD COLUMN pain_during INTEGER"
                            " CHECK (pain_during BETWEEN 0 AND 10)"),
             QStringLiteral("ALTER TABLE run ADD COLUMN pain_after INTEGER"
                            " CHECK (pain_after BETWEEN 0 AND 10)"),
             QStringLiteral("CREATE TABLE morning_check ("
                            " day TEXT PRIMARY KEY,"
                            " pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),"
                            " swelling INTEGER NOT NULL DEFAULT 0,"
                            " limp INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE comeback_programme ("
                            " id INTEGER PRIMARY KEY,"
                            " start_utc INTEGER NOT NULL,"
                            " start_offset INTEGER NOT NULL,"
                            " profile TEXT NOT NULL,"
                            " cleared INTEGER NOT NULL DEFAULT 0,"
                            " walk_ok INTEGER NOT NULL DEFAULT 0,"
                            " stopped_utc INTEGER,"
                            " stopped_offset INTEGER)"),
         }},
        {5,
         QStringLiteral("the folders watched for new activity files"),
         {
             QStringLiteral("CREATE TABLE source_folder (path TEXT PRIMARY KEY)"),
         }},
    };
    return migrations;
}

namespace {

StoreResult<Done> applyOne(QSqlDatabase& db, const Migration& migration) {
    const QString doing = QStringLiteral("upgrading the journal to version %1 (%2)")
                              .arg(migration.version)
                              .arg(migration.description);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Unexpected{fromSqlError(query.lastError(), doing)};
    // Under the write lock, look again: another process opening the same journal may have
    // applied this step since we read the version.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        const StoreError error = fromSqlError(query.lastError(), doing);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Unexpected{error};
    }
    if (query.value(0).toInt() >= migration.version) {
        query.finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Done{};
    }
    query.finish();
    for (const QString& statement : migration.statements) {
        if (!query.exec(statement)) {
            const StoreError error = fromSqlError(query.lastError(), doing);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Unexpected{error};
        }
    }
    // PRAGMA takes no bound parameters; the version is our own integer, never user text.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)) ||
        !query.exec(QStringLiteral("COMMIT"))) {
        const StoreError error = fromSqlError(query.lastError(), doing);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Unexpected{error};
    }
    return Done{};
}

}  // namespace

StoreResult<Done> applyMigrations(QSqlDatabase& db, int fromVersion,
                                  const std::vector<Migration>& migrations) {
    for (const Migration& migration : migrations) {
        if (migration.version <= fromVersion) continue;
        if (auto applied = applyOne(db, migration); !applied) return applied;
    }
    return Done{};
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "backup_schema.h"
#include "file_modes.h"
#include "sql_error.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <thread>

namespace stridelog {
namespace {

constexpr qsizetype kHeaderSize = 100;
constexpr char kSqliteMagic[] = "SQLite format 3";  // 16 bytes with its NUL

std::uint32_t bigEndian32(const QByteArray& bytes, qsizetype offset) {
    std::uint32_t value = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        value = (value << 8) | static_cast<std::uint8_t>(bytes.at(offset + i));
    }
    return value;
}

// The journals this process holds open, by canonical path, with their number of connections.
// Reading the header of such a file with a plain open() and close() would drop every POSIX lock
// this process holds on it (close() releases them all, SQLite's among them): another program
// closing the journal would then think itself its last user and delete the WAL this process is
// still writing to. A journal already open here had its header judged when it was opened.
struct OpenJournals {
    QMutex mutex;
    QHash<QString, int> connections;
};

OpenJournals& openJournals() {
    static OpenJournals journals;
    return journals;
}

bool isOpenHere(const QString& canonicalPath) {
    OpenJournals& journals = openJournals();
    const QMutexLocker lock(&journals.mutex);
    return journals.connections.value(canonicalPath) > 0;
}

QString uniqueConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("stridelog-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Step 1 of open(): judge an existing file by its header alone.
StoreResult<Done> checkHeader(const QString& path, int knownVersion) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return storeFailure(StoreErrorKind::Unwritable,
                            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray header = file.read(kHeaderSize);
    if (header.isEmpty()) return Done{};  // an empty file is a new journal
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kSqliteMagic, 16))) {
        return storeFailure(
            StoreErrorKind::NotAJournal,
            QStringLiteral("%1 is not a Stridelog journal (not an SQLite file)").arg(path));
    }
    const auto userVersion = bigEndian32(header, 60);
    const auto applicationId = bigEndian32(header, 68);
    if (applicationId != 0 && applicationId != kJournalApplicationId) {
        return storeFailure(StoreErrorKind::NotAJournal,
                            QStringLiteral("%1 is an SQLite file of another program, not a "
                                           "Stridelog journal")
                                .arg(path));
    }
    if (userVersion > static_cast<std::uint32_t>(knownVersion)) {
        return storeFailure(StoreErrorKind::NewerSchema,
                            QStringLiteral("%1 was written by a newer Stridelog (journal version "
                                           "%2; this program knows up to %3); it was not changed")
                                .arg(path)
                                .arg(userVersion)
                                .arg(knownVersion));
    }
    return Done{};
}

// A journal left with a -wal file (its program was killed) may hold a newer schema only in the
// WAL. Opening it read-write would replay and checkpoint that WAL into the file before we could
// refuse it, so the version is read first through a read-only connection, which never writes
// the file or its WAL.
StoreResult<Done> peekBehindWal(const QString& path, int knownVersion) {
    if (QFileInfo(path + QStringLiteral("-wal")).size() <= 0) return Done{};
    const QString name = uniqueConnectionName() + QStringLiteral("-peek");
    int version = 0;
    bool read = false;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            read = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
            if (read) version = query.value(0).toInt();
            problem = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (read && version > knownVersion) {
        return storeFailure(StoreErrorKind::NewerSchema,
                            QStringLiteral("%1 was written by a newer Stridelog (journal version "
                                           "%2; this program knows up to %3); it was not changed")
                                .arg(path)
                                .arg(version)
                                .arg(knownVersion));
    }
    // Anything else (a damaged WAL, say) is judged by the full open that follows.
    return Done{};
}

// Switching a new journal to WAL needs the file to itself, and SQLite does not wait for that:
// its busy handler is not called for the switch (the pragma already holds a read lock, and
// waiting there could deadlock), so two processes creating one journal at once found it
// "locked by another program". The switch is tried again here for as long as the busy timeout
// lets any other writer wait; once one process has switched, the file stays WAL and the
// other's switch succeeds at once.
StoreResult<Done> switchToWal(QSqlDatabase& db, const QString& path, int busyTimeoutMs) {
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) return Done{};
        StoreError error = fromSqlError(query.lastError(), QStringLiteral("opening %1").arg(path));
        if (error.kind != StoreErrorKind::Locked || waited.elapsed() >= busyTimeoutMs) {
            return Unexpected{error};
        }
        query.finish();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

// SQLite's quick check of the tables the rules read at open (shoes, runs, pain, settings, and
// their indexes) and of the schema; not of the tracks, which a journal of ten years holds tens
// of megabytes of and which are read one run at a time, when a run is opened: SQLite refuses
// a damaged track then, and the full check of every page is the backups' and `check`'s.
StoreResult<Done> quickCheck(QSqlDatabase& db, const QString& path) {
    QSqlQuery query(db);
    QStringList tables{QStringLiteral("sqlite_schema")};
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                   "name <> 'run_track' ORDER BY name"))) {
        return Unexpected{fromSqlError(query.lastError(), QStringLiteral("checking %1").arg(path))};
    }
    while (query.next()) tables << query.value(0).toString();
    query.finish();
    for (const QString& table : tables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!query.exec(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted)) ||
            !query.next()) {
            return Unexpected{
                fromSqlError(query.lastError(), QStringLiteral("checking %1").arg(path))};
        }
        if (query.value(0).toString() != QLatin1String("ok")) {
            return storeFailure(StoreErrorKind::Corrupt,
                                QStringLiteral("%1 is damaged (%2); restore it from a backup")
                                    .arg(path, query.value(0).toString()));
        }
        query.finish();
    }
    return Done{};
}

}  // namespace

int latestVersion(const std::vector<Migration>& migrations) {
    return migrations.empty() ? 0 : migrations.back().version;
}

Database::Database(QString path, QString connectionName)
    : path_(std::move(path)),
      connectionName_(std::move(connectionName)),
      canonicalPath_(QFileInfo(path_).canonicalFilePath()),
      db_(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_)) {
    OpenJournals& journals = openJournals();
    const QMutexLocker lock(&journals.mutex);
    ++journals.connections[canonicalPath_];
}

Database::~Database() {
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
    OpenJournals& journals = openJournals();
    const QMutexLocker lock(&journals.mutex);
    if (--journals.connections[canonicalPath_] <= 0) journals.connections.remove(canonicalPath_);
}

StoreResult<std::unique_ptr<Database>> Database::open(const QString& path, int busyTimeoutMs,
                                                      const std::vector<Migration>& migrations,
                                                      const BeforeMigration& beforeMigration) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        if (!QFileInfo(absolute).isFile()) {
            return storeFailure(StoreErrorKind::NotAJournal,
                                QStringLiteral("%1 is not a file").arg(absolute));
        }
        const bool openHere = isOpenHere(QFileInfo(absolute).canonicalFilePath());
        if (auto header = openHere ? StoreResult<Done>(Done{})
                                   : checkHeader(absolute, latestVersion(migrations));
            !header) {
            return Unexpected{header.error()};
        }
    } else if (auto created = createPrivateFile(absolute);
               !created && !QFileInfo(absolute).isFile()) {
        // Another process creating the same journal at this moment is no failure: the
        // migrations below run under SQLite's write lock and skip what it has done.
        return Unexpected{created.error()};
    }
    if (auto peeked = peekBehindWal(absolute, latestVersion(migrations)); !peeked) {
        return Unexpected{peeked.error()};
    }
    std::unique_ptr<Database> database(new Database(absolute, uniqueConnectionName()));
    if (auto prepared = database->prepare(busyTimeoutMs, migrations, beforeMigration); !prepared) {
        return Unexpected{prepared.error()};
    }
    return database;
}

StoreResult<int> Database::readUserVersion() {
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return Unexpected{fromSqlError(query.lastError(), QStringLiteral("reading %1").arg(path_))};
    }
    return query.value(0).toInt();
}

StoreResult<Done> Database::prepare(int busyTimeoutMs, const std::vector<Migration>& migrations,
                                    const BeforeMigration& beforeMigration) {
    db_.setDatabaseName(path_);
    db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db_.open()) {
        return Unexpected{fromSqlError(db_.lastError(), QStringLiteral("opening %1").arg(path_))};
    }
    // Step 3: the header may be behind a WAL file; ask SQLite before anything is written. The
    // version and the table count are read in one transaction: another process creating the
    // journal at this moment commits both at once, so we never see its tables without its
    // version (which would look like another program's database).
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("BEGIN DEFERRED"))) {
        return Unexpected{fromSqlError(query.lastError(), QStringLiteral("opening %1").arg(path_))};
    }
    const auto version = readUserVersion();
    bool foreignTables = false;
    if (version && *version == 0) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
            QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
            return Unexpected{
                fromSqlError(query.lastError(), QStringLiteral("reading %1").arg(path_))};
        }
        foreignTables = query.value(0).toInt() > 0;
    }
    query.finish();
    QSqlQuery(db_).exec(QStringLiteral("COMMIT"));
    if (!version) return Unexpected{version.error()};
    if (*version > latestVersion(migrations)) {
        return storeFailure(StoreErrorKind::NewerSchema,
                            QStringLiteral("%1 was written by a newer Stridelog (journal version "
                                           "%2); it was not changed")
                                .arg(path_)
                                .arg(*version));
    }
    if (foreignTables) {
        // A version-0 file with tables is some other program's database.
        return storeFailure(StoreErrorKind::NotAJournal,
                            QStringLiteral("%1 is an SQLite file of another program, not a "
                                           "Stridelog journal")
                                .arg(path_));
    }
    // A crafted file (a view where a table belongs) is refused before any row is read.
    if (auto shape = checkJournalSchema(db_, *version); !shape) {
        StoreError error = shape.error();
        error.message = QStringLiteral("%1 is %2").arg(path_, error.message);
        return Unexpected{error};
    }
    if (auto checked = quickCheck(db_, path_); !checked) return checked;
    query.finish();
    // Step 4: the first writes.
    if (auto wal = switchToWal(db_, path_, busyTimeoutMs); !wal) return wal;
    for (const QString& pragma : {QStringLiteral("PRAGMA synchronous = FULL"),
                                  QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!query.exec(pragma)) {
            return Unexpected{
                fromSqlError(query.lastError(), QStringLiteral("opening %1").arg(path_))};
        }
    }
    query.finish();
    if (*version > 0 && *version < latestVersion(migrations) && beforeMigration) {
        beforeMigration(path_);
    }
    if (auto migrated = applyMigrations(db_, *version, migrations); !migrated) return migrated;
    schemaVersion_ = latestVersion(migrations);
    return Done{};
}

}  // namespace stridelog

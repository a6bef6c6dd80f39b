// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "file_modes.h"
#include "sql_error.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

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

}  // namespace

int latestVersion(const std::vector<Migration>& migrations) {
    return migrations.empty() ? 0 : migrations.back().version;
}

Database::Database(QString path, QString connectionName)
    : path_(std::move(path)),
      connectionName_(std::move(connectionName)),
      db_(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_)) {}

Database::~Database() {
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
}

StoreResult<std::unique_ptr<Database>> Database::open(const QString& path, int busyTimeoutMs,
                                                      const std::vector<Migration>& migrations) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        if (!QFileInfo(absolute).isFile()) {
            return storeFailure(StoreErrorKind::NotAJournal,
                                QStringLiteral("%1 is not a file").arg(absolute));
        }
        if (auto header = checkHeader(absolute, latestVersion(migrations)); !header) {
            return Unexpected{header.error()};
        }
    } else if (auto created = createPrivateFile(absolute); !created) {
        return Unexpected{created.error()};
    }
    std::unique_ptr<Database> database(new Database(absolute, uniqueConnectionName()));
    if (auto prepared = database->prepare(busyTimeoutMs, migrations); !prepared) {
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

StoreResult<Done> Database::prepare(int busyTimeoutMs, const std::vector<Migration>& migrations) {
    db_.setDatabaseName(path_);
    db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db_.open()) {
        return Unexpected{fromSqlError(db_.lastError(), QStringLiteral("opening %1").arg(path_))};
    }
    // Step 3: the header may be behind a WAL file; ask SQLite before anything is written.
    const auto version = readUserVersion();
    if (!version) return Unexpected{version.error()};
    if (*version > latestVersion(migrations)) {
        return storeFailure(StoreErrorKind::NewerSchema,
                            QStringLiteral("%1 was written by a newer Stridelog (journal version "
                                           "%2); it was not changed")
                                .arg(path_)
                                .arg(*version));
    }
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        return Unexpected{
            fromSqlError(query.lastError(), QStringLiteral("checking %1").arg(path_))};
    }
    if (query.value(0).toString() != QLatin1String("ok")) {
        return storeFailure(StoreErrorKind::Corrupt,
                            QStringLiteral("%1 is damaged (%2); restore it from a backup")
                                .arg(path_, query.value(0).toString()));
    }
    if (*version == 0) {
        // A version-0 file with tables is some other program's database.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
            return Unexpected{
                fromSqlError(query.lastError(), QStringLiteral("reading %1").arg(path_))};
        }
        if (query.value(0).toInt() > 0) {
            return storeFailure(StoreErrorKind::NotAJournal,
                                QStringLiteral("%1 is an SQLite file of another program, not a "
                                               "Stridelog journal")
                                    .arg(path_));
        }
    }
    query.finish();
    // Step 4: the first writes.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
          QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!query.exec(pragma)) {
            return Unexpected{
                fromSqlError(query.lastError(), QStringLiteral("opening %1").arg(path_))};
        }
    }
    query.finish();
    if (auto migrated = applyMigrations(db_, *version, migrations); !migrated) return migrated;
    schemaVersion_ = latestVersion(migrations);
    return Done{};
}

}  // namespace stridelog

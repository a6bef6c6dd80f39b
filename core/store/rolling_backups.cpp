// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolling_backups.h"

#include "file_modes.h"
#include "journal_files.h"
#include "sql_error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace stridelog {
namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

QString connectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("stridelog-backup-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs `body` on a read-only connection to `path`; false when it cannot be opened.
template <class Body>
bool withReadOnly(const QString& path, Body&& body) {
    const QString name = connectionName();
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        opened = db.open();
        if (opened) body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

// `20261130T104500Z-daily.sqlite`, `…-before-restore-2.sqlite`.
const QRegularExpression& namePattern() {
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{8}T\\d{6}Z)-(daily|before-migration|before-restore)(-\\d+)?\\.sqlite$"));
    return pattern;
}

QDate localDay(const Instant& instant) {
    return QDateTime::fromSecsSinceEpoch(instant.utcSeconds()).date();
}

std::pair<int, int> isoWeek(const Instant& instant) {
    int year = 0;
    const int week = localDay(instant).weekNumber(&year);
    return {year, week};
}

StoreResult<QString> makeFolder(const QString& folder) {
    if (!QDir().mkpath(folder)) {
        return storeFailure(StoreErrorKind::Unwritable,
                            QStringLiteral("cannot create the backups folder %1").arg(folder));
    }
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

StoreResult<QString> newTemporary(const QString& folder, const QString& finalName) {
    for (int n = 0; n < 1000; ++n) {
        const QString temporary =
            QDir(folder).filePath(partialNameFor(finalName, QCoreApplication::applicationPid(), n));
        if (createPrivateFile(temporary)) return temporary;
    }
    return storeFailure(StoreErrorKind::Unwritable,
                        QStringLiteral("cannot create a backup in %1").arg(folder));
}

StoreResult<Done> copyInto(const QString& journalPath, const QString& temporary) {
    QString problem;
    bool copied = false;
    const bool opened = withReadOnly(journalPath, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("VACUUM INTO :target"));
        query.bindValue(QStringLiteral(":target"), temporary);
        copied = query.exec();
        problem = query.lastError().text();
    });
    if (opened && copied) return Done{};
    return storeFailure(StoreErrorKind::Unwritable,
                        QStringLiteral("cannot back up %1: %2").arg(journalPath, problem));
}

QString numbered(const QString& name, int n) {
    if (n <= 1) return name;
    return name.left(name.size() - 7) + QStringLiteral("-%1.sqlite").arg(n);
}

}  // namespace

bool passesIntegrityCheck(const QString& path) {
    bool ok = false;
    withReadOnly(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        ok = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() &&
             query.value(0).toString() == QLatin1String("ok");
    });
    return ok;
}

RollingBackups::RollingBackups(const QString& journalPath, const Clock& clock)
    : journalPath_(QFileInfo(journalPath).absoluteFilePath()),
      folder_(backupsFolderFor(journalPath)),
      clock_(clock) {}

StoreResult<QString> RollingBackups::take(BackupKind kind) {
    if (auto folder = makeFolder(folder_); !folder) return folder;
    const QString stamp =
        QDateTime::fromSecsSinceEpoch(clock_.now().utcSeconds(), Qt::UTC).toString(kStampFormat);
    const QString name = QStringLiteral("%1-%2.sqlite").arg(stamp, toString(kind));
    auto temporary = newTemporary(folder_, name);
    if (!temporary) return temporary;
    if (auto copied = copyInto(journalPath_, *temporary); !copied) {
        QFile::remove(*temporary);
        return Unexpected{copied.error()};
    }
    if (!passesIntegrityCheck(*temporary)) {
        QFile::remove(*temporary);
        return storeFailure(StoreErrorKind::Corrupt,
                            QStringLiteral("the backup of %1 did not pass SQLite's integrity "
                                           "check; it was not kept")
                                .arg(journalPath_));
    }
    for (int n = 1; n < 10000; ++n) {
        const QString target = QDir(folder_).filePath(numbered(name, n));
        const PlaceResult placed = placeWithoutReplacing(*temporary, target);
        if (placed == PlaceResult::Exists) continue;
        if (placed == PlaceResult::Failed) break;
        prune();
        return target;
    }
    QFile::remove(*temporary);
    return storeFailure(StoreErrorKind::Unwritable,
                        QStringLiteral("cannot write a backup in %1").arg(folder_));
}

StoreResult<std::optional<QString>> RollingBackups::takeDailyIfDue() {
    const QDate today = localDay(clock_.now());
    for (const RollingBackup& backup : list(false)) {
        if (backup.kind == BackupKind::Daily && localDay(backup.taken) == today) {
            return std::optional<QString>();
        }
    }
    return take(BackupKind::Daily).transform([](QString path) {
        return std::optional<QString>(std::move(path));
    });
}

std::vector<RollingBackup> RollingBackups::list(bool verify) const {
    std::vector<RollingBackup> backups;
    const QDir folder(folder_);
    for (const QFileInfo& info : folder.entryInfoList(QDir::Files, QDir::Name)) {
        const auto match = namePattern().match(info.fileName());
        if (!match.hasMatch()) continue;
        const QDateTime taken = QDateTime::fromString(match.captured(1), kStampFormat);
        if (!taken.isValid()) continue;
        RollingBackup backup;
        backup.file = info.absoluteFilePath();
        backup.taken =
            Instant(QDateTime(taken.date(), taken.time(), Qt::UTC).toSecsSinceEpoch(), 0);
        backup.size = info.size();
        backup.kind = fromString<BackupKind>(match.captured(2)).value_or(BackupKind::Daily);
        backup.ok = verify && passesIntegrityCheck(backup.file);
        backups.push_back(backup);
    }
    // Newest first; of two taken in the same second, the later number first.
    std::sort(backups.begin(), backups.end(), [](const RollingBackup& a, const RollingBackup& b) {
        if (a.taken != b.taken) return a.taken > b.taken;
        if (a.file.size() != b.file.size()) return a.file.size() > b.file.size();
        return a.file > b.file;
    });
    return backups;
}

std::optional<RollingBackup> RollingBackups::newestGood() const {
    for (const RollingBackup& backup : list(false)) {
        if (passesIntegrityCheck(backup.file)) {
            RollingBackup good = backup;
            good.ok = true;
            return good;
        }
    }
    return std::nullopt;
}

void RollingBackups::prune() const {
    QSet<QDate> days;
    QSet<std::pair<int, int>> weeks;
    for (const RollingBackup& backup : list(false)) {
        if (backup.kind != BackupKind::Daily) continue;
        const QDate day = localDay(backup.taken);
        const auto week = isoWeek(backup.taken);
        bool keep = false;
        if (!days.contains(day) && days.size() < kDailyBackupsKept) {
            days.insert(day);
            keep = true;
        }
        if (!weeks.contains(week) && weeks.size() < kWeeklyBackupsKept) {
            weeks.insert(week);
            keep = true;
        }
        if (!keep) QFile::remove(backup.file);
    }
    removeStalePartials(folder_);
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore.h"

#include "core/store/rolling_backups.h"

#include "core/io/journal_json.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace stridelog {
namespace {

bool looksLikeSqlite(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

// Reads a backup without touching it: a copy is opened (and migrated, if older) in a
// temporary folder.
StoreResult<JournalSnapshot> readBackup(const QString& source, const Clock& clock) {
    QTemporaryDir folder;
    if (!folder.isValid()) {
        return storeFailure(StoreErrorKind::Unwritable,
                            QStringLiteral("cannot make a temporary folder to read the backup"));
    }
    const QString copy = folder.filePath(QStringLiteral("backup.sqlite"));
    if (!QFile::copy(source, copy)) {
        return storeFailure(StoreErrorKind::Unwritable,
                            QStringLiteral("cannot read the backup %1").arg(source));
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    OpenOptions options;
    options.clock = &clock;
    auto backup = Journal::open(copy, options);
    if (!backup) {
        StoreError error = backup.error();
        error.message.replace(copy, source);
        // A bad backup is bad input to restore; the journal itself is fine.
        return storeFailure(StoreErrorKind::InvalidInput, error.message);
    }
    return (*backup)->snapshotWithTracks();
}

StoreResult<JournalSnapshot> readExport(const QString& source) {
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        return storeFailure(StoreErrorKind::InvalidInput,
                            QStringLiteral("cannot read %1: %2").arg(source, file.errorString()));
    }
    auto snapshot = readJournalJson(file.readAll());
    if (!snapshot) {
        return storeFailure(StoreErrorKind::InvalidInput,
                            QStringLiteral("%1 is neither a Stridelog backup nor a JSON export: %2")
                                .arg(source, snapshot.error()));
    }
    return std::move(snapshot).value();
}

}  // namespace

StoreResult<QString> restoreJournal(Journal& journal, const QString& sourceFile) {
    return restoreJournal(journal, sourceFile, journal.clock());
}

StoreResult<QString> restoreJournal(Journal& journal, const QString& sourceFile,
                                    const Clock& clock) {
    if (!QFileInfo(sourceFile).isFile()) {
        return storeFailure(StoreErrorKind::InvalidInput,
                            QStringLiteral("there is no file %1 to restore from").arg(sourceFile));
    }
    auto snapshot =
        looksLikeSqlite(sourceFile) ? readBackup(sourceFile, clock) : readExport(sourceFile);
    if (!snapshot) return Unexpected{snapshot.error()};
    // Everything that can refuse the restore is checked before the safety copy is written, so
    // a refused restore leaves no copy behind.
    if (auto valid = Journal::checkRestorable(*snapshot); !valid) return Unexpected{valid.error()};
    // Named to the second; a second restore in the same second gets `-2`, never the same file.
    auto safetyCopy = RollingBackups(journal.path(), clock).take(BackupKind::BeforeRestore);
    if (!safetyCopy) return Unexpected{safetyCopy.error()};
    if (auto replaced = journal.replaceAll(*snapshot); !replaced) {
        // Nothing was replaced, so there is nothing to keep a copy of.
        QFile::remove(*safetyCopy);
        return Unexpected{replaced.error()};
    }
    return *safetyCopy;
}

}  // namespace stridelog

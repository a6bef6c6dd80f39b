// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>
#include <optional>

namespace stridelog {
namespace {

const QStringList& sideSuffixes() {
    static const QStringList suffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                         QStringLiteral("-journal")};
    return suffixes;
}

// The path with every symbolic link in it resolved. A file that does not exist yet is judged
// by its folder's real path plus its name, so `link/../journal.sqlite` and a missing name in
// a linked folder both come out as where they would really be written.
QString realPath(const QString& path) {
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty()) return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty()) return QDir::cleanPath(info.absoluteFilePath());
    return QDir(folder).filePath(info.fileName());
}

struct FileId {
    dev_t device;
    ino_t inode;
};

std::optional<FileId> fileId(const QString& path) {
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) return std::nullopt;
    return FileId{status.st_dev, status.st_ino};
}

bool sameFile(const QString& a, const QString& b) {
    if (realPath(a) == realPath(b)) return true;
    const auto idA = fileId(a);
    const auto idB = fileId(b);
    return idA && idB && idA->device == idB->device && idA->inode == idB->inode;
}

bool isInside(const QString& folder, const QString& candidate) {
    const QString realFolder = realPath(folder);
    const QString real = realPath(candidate);
    return real == realFolder || real.startsWith(realFolder + QLatin1Char('/'));
}

}  // namespace

QString backupsFolderFor(const QString& journalPath) {
    return QFileInfo(journalPath).absoluteFilePath() + QStringLiteral(".backups");
}

bool isJournalOrSideFile(const QString& journalPath, const QString& candidate) {
    // Side files are named after the path SQLite was given; judge both that name and the
    // journal's real name, since the journal itself may be reached through a link.
    const QString given = QFileInfo(journalPath).absoluteFilePath();
    const QString real = realPath(journalPath);
    for (const QString& base : {given, real}) {
        for (const QString& suffix : sideSuffixes()) {
            if (sameFile(base + suffix, candidate)) return true;
        }
        if (isInside(backupsFolderFor(base), candidate)) return true;
    }
    // A hard link to one of the backups is a backup too.
    const auto id = fileId(candidate);
    if (!id) return false;
    const QDir backups(backupsFolderFor(real));
    for (const QFileInfo& backup : backups.entryInfoList(QDir::Files | QDir::Hidden)) {
        const auto backupId = fileId(backup.absoluteFilePath());
        if (backupId && backupId->device == id->device && backupId->inode == id->inode) return true;
    }
    return false;
}

StoreResult<Done> refuseJournalFiles(const QString& journalPath, const QString& candidate) {
    if (!isJournalOrSideFile(journalPath, candidate)) return Done{};
    return storeFailure(StoreErrorKind::InvalidInput,
                        QStringLiteral("%1 is the journal or one of its own files; choose "
                                       "another file (nothing was written)")
                            .arg(candidate));
}

QString partialNameFor(const QString& finalName, qint64 pid, int attempt) {
    return QStringLiteral(".%1.%2-%3.partial").arg(finalName).arg(pid).arg(attempt);
}

void removeStalePartials(const QString& folder, const QString& finalName) {
    static const QRegularExpression pattern(QStringLiteral("^\\.(.*)\\.(\\d+)-\\d+\\.partial$"));
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch()) continue;
        if (!finalName.isEmpty() && match.captured(1) != finalName) continue;
        const auto pid = static_cast<pid_t>(match.captured(2).toLongLong());
        // kill(pid, 0) fails with ESRCH only when no such process exists.
        if (::kill(pid, 0) != 0 && errno == ESRCH) QFile::remove(dir.filePath(name));
    }
}

PlaceResult placeWithoutReplacing(const QString& temporary, const QString& target) {
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(target);
    if (::link(from.constData(), to.constData()) != 0) {
        return errno == EEXIST ? PlaceResult::Exists : PlaceResult::Failed;
    }
    ::unlink(from.constData());
    return PlaceResult::Placed;
}

}  // namespace stridelog

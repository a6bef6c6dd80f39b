// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_modes.h"

#include "disk_full.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>
#include <cerrno>

namespace stridelog {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creates the missing folders of `folder`, each 0700 whatever the umask (under umask 000
// QDir::mkpath would make them 0777: anyone could list, add or remove the journal's files).
// Folders that exist are left as they are.
bool makePrivateFolders(const QString& folder) {
    QStringList missing;
    for (QString current = QDir::cleanPath(folder); !QFileInfo(current).exists();
         current = QFileInfo(current).path()) {
        missing.prepend(current);
        if (current == QFileInfo(current).path()) break;  // the root
    }
    for (const QString& created : missing) {
        if (::mkdir(QFile::encodeName(created).constData(), 0700) != 0 && errno != EEXIST) {
            return false;
        }
        // mkdir(2) applies the umask, which may take more away than asked.
        ::chmod(QFile::encodeName(created).constData(), 0700);
    }
    return QFileInfo(folder).isDir();
}

StoreResult<Done> makeFolderFor(const QString& path) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!makePrivateFolders(folder)) {
        return storeFailure(StoreErrorKind::Unwritable,
                            QStringLiteral("cannot create the folder %1").arg(folder));
    }
    return Done{};
}

}  // namespace

StoreResult<Done> createPrivateFile(const QString& path) {
    if (auto folder = makeFolderFor(path); !folder) return folder;
    QFile file(path);
    // NewOnly: never truncate something that appeared in the meantime. The permissions are
    // given at creation, so the file is never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        return storeFailure(StoreErrorKind::Unwritable,
                            QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    }
    return Done{};
}

StoreResult<Done> writePrivateFileAtomically(const QString& path, const QByteArray& bytes) {
    if (auto folder = makeFolderFor(path); !folder) return folder;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) ||
        file.write(bytes) != bytes.size() || !committed(file)) {
        return storeFailure(StoreErrorKind::Unwritable,
                            QStringLiteral("cannot write %1: %2").arg(path, fileErrorText(file)));
    }
    return Done{};
}

}  // namespace stridelog

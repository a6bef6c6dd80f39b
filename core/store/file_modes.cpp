// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_modes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace stridelog {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

StoreResult<Done> makeFolderFor(const QString& path) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
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
        file.write(bytes) != bytes.size() || !file.commit()) {
        return storeFailure(StoreErrorKind::Unwritable,
                            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    return Done{};
}

}  // namespace stridelog

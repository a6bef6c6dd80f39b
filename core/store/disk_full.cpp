// SPDX-License-Identifier: GPL-3.0-or-later
#include "disk_full.h"

#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/statvfs.h>
#include <cerrno>

namespace stridelog {

QString diskFullText() {
    return QStringLiteral("the disk is full; free some space and try again");
}

bool lastErrorWasDiskFull() {
    return errno == ENOSPC || errno == EDQUOT;
}

bool diskIsFull(const QString& path) {
    const QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    struct statvfs status {};
    if (::statvfs(QFile::encodeName(existing).constData(), &status) != 0) return false;
    return status.f_bavail == 0;
}

QString fileErrorText(const QFileDevice& file) {
    if (lastErrorWasDiskFull() || diskIsFull(file.fileName())) return diskFullText();
    return file.errorString();
}

bool committed(QSaveFile& file) {
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const int failure = errno;  // cancelWriting() may make other calls
        file.cancelWriting();
        errno = failure;
        return false;
    }
    return file.commit();
}

}  // namespace stridelog

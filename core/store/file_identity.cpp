// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_identity.h"

#include <QFile>

#include <sys/stat.h>

namespace stridelog {

std::optional<FileIdentity> fileIdentityAt(const QString& path) {
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) return std::nullopt;
    return FileIdentity{static_cast<std::uint64_t>(status.st_dev),
                        static_cast<std::uint64_t>(status.st_ino)};
}

bool isStillTheFileAt(const FileIdentity& opened, const QString& path) {
    return fileIdentityAt(path) == opened;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "folder_walk.h"

#include <QFile>

#include <algorithm>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stridelog {
namespace {

bool roundTrips(const QByteArray& native) {
    return QFile::encodeName(QFile::decodeName(native)) == native;
}

void walk(const QByteArray& folder, bool (*wanted)(const QString&), HeldFiles& held,
          std::vector<WalkedFile>& found, int depth) {
    if (depth > 64) return;  // deeper than any export
    DIR* dir = ::opendir(folder.constData());
    if (dir == nullptr) return;
    while (const dirent* entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..") continue;
        const QByteArray path = folder + '/' + name;
        struct stat status {};
        if (::lstat(path.constData(), &status) != 0) continue;
        if (S_ISDIR(status.st_mode)) {
            walk(path, wanted, held, found, depth + 1);
            continue;
        }
        // A link to a file counts; a link to a folder is not followed (no loops).
        if (S_ISLNK(status.st_mode) && ::stat(path.constData(), &status) != 0) continue;
        if (!S_ISREG(status.st_mode) || !wanted(QFile::decodeName(name))) continue;
        const QString shown = QFile::decodeName(path);
        // A name that does not survive decoding is read through a held copy; without one (it
        // could not be opened) the importer reports that under the shown name.
        const QString readable = roundTrips(path) ? QString() : held.hold(path);
        found.push_back({readable.isEmpty() ? shown : readable, shown});
    }
    ::closedir(dir);
}

const QLatin1String kHeldPrefix("/proc/self/fd/");

// The bytes of the path a held path stands for (what the descriptor was opened as).
QByteArray nativePath(const QString& path) {
    const QByteArray encoded = QFile::encodeName(path);
    if (!path.startsWith(kHeldPrefix)) return encoded;
    constexpr qsizetype kMostBytes = 4096;
    QByteArray target(kMostBytes, '\0');
    const qsizetype length =
        ::readlink(encoded.constData(), target.data(), static_cast<std::size_t>(kMostBytes));
    if (length <= 0 || length >= kMostBytes) return encoded;
    target.truncate(length);
    return target;
}

}  // namespace

QString argumentPath(const char* argument, HeldFiles& held) {
    const QByteArray native(argument);
    const QString decoded = QFile::decodeName(native);
    if (roundTrips(native)) return decoded;
    struct stat status {};
    if (::stat(native.constData(), &status) != 0) return decoded;
    const QString readable = held.hold(native);
    return readable.isEmpty() ? decoded : readable;
}

QString shownPath(const QString& path) {
    return path.startsWith(kHeldPrefix) ? QFile::decodeName(nativePath(path)) : path;
}

HeldFiles::~HeldFiles() {
    for (int descriptor : descriptors_) ::close(descriptor);
}

QString HeldFiles::hold(const QByteArray& nativePath) {
    const int descriptor = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) return {};
    descriptors_.push_back(descriptor);
    return QStringLiteral("/proc/self/fd/%1").arg(descriptor);
}

std::vector<WalkedFile> walkFolder(const QString& folder, bool (*wanted)(const QString& name),
                                   HeldFiles& held) {
    std::vector<WalkedFile> found;
    // A folder held open for its name walks by that name's bytes, so its files are shown
    // under it and read like any other.
    QByteArray root = nativePath(folder);
    while (root.size() > 1 && root.endsWith('/')) root.chop(1);
    walk(root, wanted, held, found, 0);
    std::sort(found.begin(), found.end(),
              [](const WalkedFile& a, const WalkedFile& b) { return a.shown < b.shown; });
    return found;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Walks a folder for activity files by the bytes of their names. A name that is not valid
// UTF-8 (an old camera's or another system's encoding) has no QString that names the file
// again, so such a file is opened here and read through /proc/self/fd/N while the import runs;
// it is named in messages as a terminal shows it (each invalid byte as U+FFFD).

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace stridelog {

// Files opened for names that do not round-trip; closed when the last copy goes.
class HeldFiles {
public:
    HeldFiles() = default;
    ~HeldFiles();
    HeldFiles(const HeldFiles&) = delete;
    HeldFiles& operator=(const HeldFiles&) = delete;
    // Opens `nativePath` and returns a path that reads it, or an empty string.
    QString hold(const QByteArray& nativePath);

private:
    std::vector<int> descriptors_;
};

// A command-line argument as a path that opens the file it names: its decoded text when that
// names the same bytes, else (a name that is not valid UTF-8, for a file or folder that exists)
// a path through a descriptor `held` keeps open. Anything else comes back decoded.
QString argumentPath(const char* argument, HeldFiles& held);
// The name to show for `path`, as a terminal shows it: a held path's file by its own name.
QString shownPath(const QString& path);

struct WalkedFile {
    QString path;   // what to open
    QString shown;  // what to call it
};

// Every file under `folder` (recursively) for which `wanted(name)` holds, sorted by shown name.
std::vector<WalkedFile> walkFolder(const QString& folder, bool (*wanted)(const QString& name),
                                   HeldFiles& held);

}  // namespace stridelog

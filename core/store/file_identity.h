// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which file a path names, by device and inode, so the app can notice that the journal it
// has open is no longer at its path: its folder deleted, the file removed, or another file
// moved over it. SQLite goes on writing into the open (now nameless) file without a word, and
// everything written is gone when the connection closes. The identity is taken when the
// journal is opened and compared with what the path names now.

#include <QString>

#include <cstdint>
#include <optional>

namespace stridelog {

struct FileIdentity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    bool operator==(const FileIdentity&) const = default;
};

// What `path` names now (symbolic links followed), or nothing when no file is there.
std::optional<FileIdentity> fileIdentityAt(const QString& path);
// True while `path` still names the file identified by `opened`.
bool isStillTheFileAt(const FileIdentity& opened, const QString& path);

}  // namespace stridelog

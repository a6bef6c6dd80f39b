// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A full disk, said as such. SQLite reports it as a "disk I/O error" when the write that
// failed was not its own (the -shm file growing), and a QSaveFile whose commit found no room
// says "Unknown error": neither tells a runner what to do. Both are judged here, right after
// the failure, from errno and from the file system's free space.

#include <QString>

class QFileDevice;
class QSaveFile;

namespace stridelog {

// "the disk is full; free some space and try again".
QString diskFullText();
// True when the last failed system call ran out of room (ENOSPC, EDQUOT).
bool lastErrorWasDiskFull();
// True when the file system holding `path` (or its folder, for a file not there) has no room
// left for the user's files.
bool diskIsFull(const QString& path);
// What went wrong with `file`: the disk full said as such, else its own error text.
QString fileErrorText(const QFileDevice& file);
// Flushes `file` and commits it only when every byte was written. QSaveFile::commit() alone
// renames a file whose buffered bytes never reached a full disk: an empty export, "written".
bool committed(QSaveFile& file);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether another process sees the SQLite locks this process holds on a journal. POSIX drops
// all of a process's locks on a file when any descriptor of it is closed, so code that opens
// and closes a journal's files behind SQLite's back (a second connection's header check, a
// file dialog typing files by their contents) lets another program delete the WAL in use.

#include <QFile>
#include <QString>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace stridelog::test {

// Whether another process sees a lock of this process on `length` bytes at `start` of `file`.
inline bool anotherProcessSeesALock(const QString& file, off_t start, off_t length) {
    const QByteArray name = QFile::encodeName(file);
    const pid_t child = fork();
    if (child == 0) {
        // Only async-signal-safe calls here.
        const int fd = ::open(name.constData(), O_RDWR);
        struct flock lock {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = start;
        lock.l_len = length;
        const bool held = fd >= 0 && ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
        _exit(held ? 0 : 1);
    }
    int status = 0;
    if (child < 0 || ::waitpid(child, &status, 0) != child) return false;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// SQLite's SHARED lock on the journal (PENDING_BYTE + 2, 510 bytes), held while a connection
// has it open in WAL mode.
inline bool anotherProcessSeesOurSharedLock(const QString& journal) {
    return anotherProcessSeesALock(journal, 0x40000000 + 2, 510);
}

// The SHARED lock and the "in use" byte of the -shm (128), by which another program knows not
// to delete the WAL.
inline bool theJournalsLocksAreHeld(const QString& journal) {
    return anotherProcessSeesOurSharedLock(journal) &&
           anotherProcessSeesALock(journal + QStringLiteral("-shm"), 128, 1);
}

}  // namespace stridelog::test

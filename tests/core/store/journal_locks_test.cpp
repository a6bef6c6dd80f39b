// SPDX-License-Identifier: GPL-3.0-or-later
// A second Journal on the same file in this process (the app's import opens one on its worker
// thread) must not drop the locks the first one holds: POSIX drops all of a process's locks on
// a file when any descriptor of it is closed, and another program that no longer sees them
// deletes the WAL the first connection is still writing to.

#include "store_test_support.h"

#include "core/store/journal.h"

#include <QFile>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace stridelog::test {
namespace {

// Whether another process sees a shared lock of this process on the journal: SQLite's SHARED
// range (PENDING_BYTE + 2, 510 bytes), held while a connection has the file open in WAL mode.
bool anotherProcessSeesOurLock(const QString& path) {
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = fork();
    if (child == 0) {
        // Only async-signal-safe calls here.
        const int fd = ::open(name.constData(), O_RDWR);
        struct flock lock {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = 0x40000000 + 2;
        lock.l_len = 510;
        const bool held = fd >= 0 && ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
        _exit(held ? 0 : 1);
    }
    int status = 0;
    if (child < 0 || ::waitpid(child, &status, 0) != child) return false;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

class JournalLocks : public StoreTest {};

TEST_F(JournalLocks, ASecondJournalOnTheSameFileKeepsTheFirstOnesLocks) {
    auto first = Journal::open(journalPath());
    ASSERT_TRUE(first) << first.error().message.toStdString();
    ASSERT_TRUE((*first)->addRun(sampleRun()));
    ASSERT_TRUE((*first)->runs());
    ASSERT_TRUE(anotherProcessSeesOurLock(journalPath()));
    {
        auto second = Journal::open(journalPath());
        ASSERT_TRUE(second) << second.error().message.toStdString();
        EXPECT_EQ((*second)->runs().value().size(), 1u);
    }
    EXPECT_TRUE(anotherProcessSeesOurLock(journalPath()));
}

}  // namespace
}  // namespace stridelog::test

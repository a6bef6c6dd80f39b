// SPDX-License-Identifier: GPL-3.0-or-later
// A second Journal on the same file in this process (the app's import opens one on its worker
// thread) must not drop the locks the first one holds: POSIX drops all of a process's locks on
// a file when any descriptor of it is closed, and another program that no longer sees them
// deletes the WAL the first connection is still writing to.

#include "store_test_support.h"

#include "core/store/journal.h"

#include "tests/support/sqlite_locks.h"

namespace stridelog::test {
namespace {

class JournalLocks : public StoreTest {};

TEST_F(JournalLocks, ASecondJournalOnTheSameFileKeepsTheFirstOnesLocks) {
    auto first = Journal::open(journalPath());
    ASSERT_TRUE(first) << first.error().message.toStdString();
    ASSERT_TRUE((*first)->addRun(sampleRun()));
    ASSERT_TRUE((*first)->runs());
    ASSERT_TRUE(anotherProcessSeesOurSharedLock(journalPath()));
    {
        auto second = Journal::open(journalPath());
        ASSERT_TRUE(second) << second.error().message.toStdString();
        EXPECT_EQ((*second)->runs().value().size(), 1u);
    }
    EXPECT_TRUE(anotherProcessSeesOurSharedLock(journalPath()));
}

}  // namespace
}  // namespace stridelog::test

// SPDX-License-Identifier: GPL-3.0-or-later
// The watched folders kept in the journal (schema 5): added once, listed, removed, kept across
// opening again, and a schema-4 journal upgraded with its runs untouched.

#include "store_test_support.h"

#include "core/store/journal.h"

namespace stridelog::test {
namespace {

class JournalSources : public StoreTest {};

TEST_F(JournalSources, FoldersAreAddedOnceListedAndRemoved) {
    {
        auto journal = Journal::open(journalPath());
        ASSERT_TRUE(journal);
        EXPECT_EQ((*journal)->addSourceFolder(QStringLiteral("/home/r/Sync/runs")).value(), true);
        EXPECT_EQ((*journal)->addSourceFolder(QStringLiteral("/home/r/Gadgetbridge")).value(),
                  true);
        EXPECT_EQ((*journal)->addSourceFolder(QStringLiteral("/home/r/Sync/runs")).value(), false);
    }
    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal);
    EXPECT_EQ(
        (*journal)->sourceFolders().value(),
        QStringList({QStringLiteral("/home/r/Gadgetbridge"), QStringLiteral("/home/r/Sync/runs")}));
    ASSERT_TRUE((*journal)->removeSourceFolder(QStringLiteral("/home/r/Gadgetbridge")));
    const auto again = (*journal)->removeSourceFolder(QStringLiteral("/home/r/Gadgetbridge"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ((*journal)->sourceFolders().value(),
              QStringList{QStringLiteral("/home/r/Sync/runs")});
}

TEST_F(JournalSources, ASchemaFourJournalIsUpgradedKeepingItsRuns) {
    {
        auto journal = Journal::open(journalPath());
        ASSERT_TRUE(journal);
        ASSERT_TRUE((*journal)->addRun(sampleRun()));
    }
    // Back to how 1.1 left the file: no source table, version 4.
    runSql(journalPath(), QStringLiteral("DROP TABLE source_folder;\nPRAGMA user_version = 4"));
    ASSERT_EQ(queryInt(journalPath(), QStringLiteral("PRAGMA user_version")), 4);

    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal) << journal.error().message.toStdString();
    EXPECT_EQ((*journal)->runs()->size(), 1u);
    EXPECT_TRUE((*journal)->sourceFolders()->isEmpty());
    EXPECT_EQ((*journal)->addSourceFolder(QStringLiteral("/media/runs")).value(), true);
    journal.value().reset();
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("PRAGMA user_version")), 5);
}

}  // namespace
}  // namespace stridelog::test

// SPDX-License-Identifier: GPL-3.0-or-later
// Backups taken while the journal is in use, and restoring from them.

#include "store_test_support.h"

#include "core/store/journal.h"
#include "core/workflows/restore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace stridelog::test {
namespace {

class JournalBackup : public StoreTest {
protected:
    std::unique_ptr<Journal> openJournal(const QString& path) {
        auto opened = Journal::open(path);
        EXPECT_TRUE(opened) << opened.error().message.toStdString();
        return opened ? std::move(opened).value() : nullptr;
    }
};

TEST_F(JournalBackup, BackupHoldsWhatWasCommittedNotAnotherWritersOpenTransaction) {
    auto journal = openJournal(journalPath());
    ASSERT_TRUE(journal->addRun(sampleRun(QDate(2026, 3, 1))));

    // Another program is in the middle of writing when the backup is taken.
    QSqlDatabase writer =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
    writer.setDatabaseName(journalPath());
    ASSERT_TRUE(writer.open());
    QSqlQuery(writer).exec(QStringLiteral("BEGIN IMMEDIATE"));
    ASSERT_TRUE(QSqlQuery(writer).exec(QStringLiteral(
        "INSERT INTO run (start_utc, start_offset, distance_m, duration_s) VALUES (1, 0, 5000, "
        "1800)")));

    const QString backup = pathFor(QStringLiteral("backup.sqlite"));
    auto done = journal->backupTo(backup);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    ASSERT_TRUE(QSqlQuery(writer).exec(QStringLiteral("COMMIT")));
    writer.close();
    writer = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));

    EXPECT_EQ(queryInt(backup, QStringLiteral("SELECT count(*) FROM run")), 1);
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM run")), 2);
    EXPECT_EQ(QFile::permissions(backup) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);
    auto reopened = openJournal(backup);
    ASSERT_TRUE(reopened);
    EXPECT_TRUE(reopened->checkIntegrity());
}

TEST_F(JournalBackup, BackupReplacesAnOlderBackupAndLeavesNoPartialFile) {
    auto journal = openJournal(journalPath());
    const QString backup = pathFor(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(journal->backupTo(backup));
    ASSERT_TRUE(journal->addRun(sampleRun()));
    ASSERT_TRUE(journal->backupTo(backup));
    EXPECT_EQ(queryInt(backup, QStringLiteral("SELECT count(*) FROM run")), 1);
    const QStringList leftovers =
        QDir(pathFor(QString()))
            .entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    EXPECT_TRUE(leftovers.isEmpty());
}

TEST_F(JournalBackup, RestoreFromABackupBringsBackItsContentAndKeepsWhatItReplaced) {
    auto journal = openJournal(journalPath());
    ASSERT_TRUE(journal->addShoe(sampleShoe(QStringLiteral("Kept"))));
    ASSERT_TRUE(journal->addRun(sampleRun(QDate(2026, 3, 1), 8000)));
    const QString backup = pathFor(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(journal->backupTo(backup));
    const QByteArray backupHash = fileHash(backup);
    ASSERT_TRUE(journal->addRun(sampleRun(QDate(2026, 3, 2), 12000)));

    auto safety = restoreJournal(*journal, backup);
    ASSERT_TRUE(safety) << safety.error().message.toStdString();
    auto runs = journal->runs();
    ASSERT_EQ(runs->size(), 1u);
    EXPECT_EQ(runs->front().distance.metres(), 8000);
    EXPECT_EQ(fileHash(backup), backupHash);  // the backup itself is never changed
    EXPECT_EQ(queryInt(*safety, QStringLiteral("SELECT count(*) FROM run")), 2);
}

TEST_F(JournalBackup, RestoreFromSomethingElseIsBadInputAndChangesNothing) {
    auto journal = openJournal(journalPath());
    ASSERT_TRUE(journal->addRun(sampleRun()));
    const QString junk = pathFor(QStringLiteral("junk.txt"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a journal");
    file.close();

    auto result = restoreJournal(*journal, junk);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_EQ(journal->runs()->size(), 1u);
}

TEST_F(JournalBackup, RestoreFromAMissingFileIsBadInput) {
    auto journal = openJournal(journalPath());
    auto result = restoreJournal(*journal, pathFor(QStringLiteral("nothing.sqlite")));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, StoreErrorKind::InvalidInput);
}

}  // namespace
}  // namespace stridelog::test

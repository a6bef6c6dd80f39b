// SPDX-License-Identifier: GPL-3.0-or-later
// The ways a journal could be lost that the store closes: safety copies that overwrite one
// another, output written onto the journal's own files, a newer schema found only in a -wal,
// crafted backups, and two processes creating the same journal at once.

#include "store_test_support.h"

#include "core/io/journal_json.h"
#include "core/store/journal.h"
#include "core/store/journal_files.h"
#include "core/store/rolling_backups.h"
#include "core/workflows/restore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <unistd.h>
#include <atomic>
#include <memory>
#include <thread>

namespace stridelog::test {
namespace {

class JournalSafety : public StoreTest {
protected:
    std::unique_ptr<Journal> openJournal(const QString& path) {
        auto opened = Journal::open(path);
        EXPECT_TRUE(opened) << opened.error().message.toStdString();
        return opened ? std::move(opened).value() : nullptr;
    }

    // A JSON export holding `runs` runs, to restore from.
    QString exportWithRuns(const QString& name, int runs) {
        JournalSnapshot snapshot;
        for (int i = 0; i < runs; ++i) {
            stridelog::Run run = sampleRun(QDate(2026, 3, 1).addDays(i));
            run.id = RunId(i + 1);
            snapshot.runs.push_back(run);
        }
        const QString path = pathFor(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(writeJournalJson(snapshot, Instant::fromLocal(QDate(2026, 4, 1), QTime(9, 0))));
        return path;
    }
};

TEST_F(JournalSafety, TwoRestoresInTheSameSecondKeepBothSafetyCopies) {
    auto journal = openJournal(journalPath());
    ASSERT_TRUE(journal->addRun(sampleRun(QDate(2026, 2, 1))));
    const FixedClock clock(Instant::fromLocal(QDate(2026, 4, 2), QTime(10, 0)));

    auto first = restoreJournal(*journal, exportWithRuns(QStringLiteral("a.json"), 2), clock);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    auto second = restoreJournal(*journal, exportWithRuns(QStringLiteral("b.json"), 3), clock);
    ASSERT_TRUE(second) << second.error().message.toStdString();

    EXPECT_NE(*first, *second);
    // The first copy still holds the journal as it was before the first restore.
    EXPECT_EQ(queryInt(*first, QStringLiteral("SELECT count(*) FROM run")), 1);
    EXPECT_EQ(queryInt(*second, QStringLiteral("SELECT count(*) FROM run")), 2);
    EXPECT_EQ(QFile::permissions(*first) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);
}

TEST_F(JournalSafety, JournalAndSideFilesAreRecognisedHoweverNamed) {
    auto journal = openJournal(journalPath());
    const QString journalFile = journalPath();
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        EXPECT_TRUE(isJournalOrSideFile(journalFile, journalFile + suffix)) << suffix.toStdString();
    }
    ASSERT_TRUE(QDir().mkpath(pathFor(QStringLiteral("sub"))));
    EXPECT_TRUE(isJournalOrSideFile(journalFile, pathFor(QStringLiteral("sub/../journal.sqlite"))));
    ASSERT_TRUE(QFile::link(journalFile, pathFor(QStringLiteral("link.sqlite"))));
    EXPECT_TRUE(isJournalOrSideFile(journalFile, pathFor(QStringLiteral("link.sqlite"))));
    ASSERT_EQ(::link(QFile::encodeName(journalFile).constData(),
                     QFile::encodeName(pathFor(QStringLiteral("hard.sqlite"))).constData()),
              0);
    EXPECT_TRUE(isJournalOrSideFile(journalFile, pathFor(QStringLiteral("hard.sqlite"))));
    // A link to the folder, and a side file through it.
    ASSERT_TRUE(
        QFile::link(QFileInfo(journalFile).absolutePath(), pathFor(QStringLiteral("sub/up"))));
    EXPECT_TRUE(
        isJournalOrSideFile(journalFile, pathFor(QStringLiteral("sub/up/journal.sqlite-wal"))));
    EXPECT_TRUE(
        isJournalOrSideFile(journalFile, backupsFolderFor(journalFile) + QStringLiteral("/x")));
    EXPECT_FALSE(isJournalOrSideFile(journalFile, pathFor(QStringLiteral("export.json"))));
    EXPECT_FALSE(isJournalOrSideFile(journalFile, pathFor(QStringLiteral("journal.sqlite.json"))));
}

TEST_F(JournalSafety, BackupOntoTheJournalOrItsWalIsRefusedAndWritesNothing) {
    auto journal = openJournal(journalPath());
    ASSERT_TRUE(journal->addRun(sampleRun()));
    const QByteArray before = fileHash(journalPath());
    const QByteArray walBefore = fileHash(journalPath() + QStringLiteral("-wal"));
    for (const QString& target : {journalPath(), journalPath() + QStringLiteral("-wal"),
                                  pathFor(QStringLiteral("./journal.sqlite-shm"))}) {
        auto done = journal->backupTo(target);
        ASSERT_FALSE(done) << target.toStdString();
        EXPECT_EQ(done.error().kind, StoreErrorKind::InvalidInput);
    }
    EXPECT_EQ(fileHash(journalPath()), before);
    EXPECT_EQ(fileHash(journalPath() + QStringLiteral("-wal")), walBefore);
    EXPECT_EQ(journal->runs()->size(), 1u);
}

TEST_F(JournalSafety, NewerSchemaOnlyInTheWalIsRefusedWithFileAndWalUntouched) {
    openJournal(journalPath()).reset();
    const QString copy = pathFor(QStringLiteral("left.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(journalPath());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        // The program that wrote version 99 is killed: its file and WAL are left as they are.
        ASSERT_TRUE(QFile::copy(journalPath(), copy));
        ASSERT_TRUE(
            QFile::copy(journalPath() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    ASSERT_GT(QFileInfo(copy + QStringLiteral("-wal")).size(), 0);
    const QByteArray file = fileHash(copy);
    const QByteArray wal = fileHash(copy + QStringLiteral("-wal"));

    auto opened = Journal::open(copy);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, StoreErrorKind::NewerSchema);
    EXPECT_EQ(fileHash(copy), file);
    EXPECT_EQ(fileHash(copy + QStringLiteral("-wal")), wal);
}

TEST_F(JournalSafety, BackupWhoseTableIsAViewIsRefusedBeforeAnyRowIsReadAndNoCopyIsKept) {
    auto journal = openJournal(journalPath());
    ASSERT_TRUE(journal->addRun(sampleRun()));
    const QString crafted = pathFor(QStringLiteral("crafted.sqlite"));
    openJournal(crafted).reset();
    // A recursive view that would take minutes and gigabytes to read.
    runSql(crafted, QStringLiteral("ALTER TABLE run RENAME TO run_old;\n"
                                   "CREATE VIEW run AS WITH RECURSIVE n(x) AS (SELECT 1 UNION "
                                   "ALL SELECT x + 1 FROM n) SELECT x AS id, x AS start_utc, 0 "
                                   "AS start_offset, 1000 AS distance_m, 600 AS duration_s, NULL "
                                   "AS shoe_id, NULL AS surface, 0 AS hilly, NULL AS type, NULL "
                                   "AS rpe, NULL AS cadence, NULL AS hr, '' AS notes, 'manual' "
                                   "AS source, NULL AS source_key FROM n"));
    const QByteArray before = fileHash(journalPath());

    auto restored = restoreJournal(*journal, crafted);
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("view")))
        << restored.error().message.toStdString();
    EXPECT_EQ(fileHash(journalPath()), before);
    EXPECT_EQ(
        QDir(pathFor(QString())).entryList(QDir::Files),
        (QStringList{QStringLiteral("crafted.sqlite"), QStringLiteral("journal.sqlite"),
                     QStringLiteral("journal.sqlite-shm"), QStringLiteral("journal.sqlite-wal")}));
    EXPECT_TRUE(QDir(backupsFolderFor(journalPath())).entryList(QDir::Files).isEmpty());
}

TEST_F(JournalSafety, BackupMissingAColumnIsRefused) {
    auto journal = openJournal(journalPath());
    const QString crafted = pathFor(QStringLiteral("crafted.sqlite"));
    openJournal(crafted).reset();
    runSql(crafted, QStringLiteral("DROP TABLE pain;\nCREATE TABLE pain (id INTEGER PRIMARY KEY)"));
    auto restored = restoreJournal(*journal, crafted);
    ASSERT_FALSE(restored);
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("column")))
        << restored.error().message.toStdString();
}

TEST_F(JournalSafety, RefusedRestoreLeavesNoSafetyCopy) {
    auto journal = openJournal(journalPath());
    ASSERT_TRUE(journal->addRun(sampleRun()));
    // A pain entry that refers to a run the export does not hold.
    JournalSnapshot snapshot;
    PainEntry pain = samplePain();
    pain.id = PainId(1);
    pain.run = RunId(42);
    snapshot.pains.push_back(pain);
    const QString source = pathFor(QStringLiteral("bad.json"));
    QFile file(source);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(writeJournalJson(snapshot, Instant::fromLocal(QDate(2026, 4, 1), QTime(9, 0))));
    file.close();
    const QByteArray before = fileHash(journalPath());
    const QStringList filesBefore = QDir(pathFor(QString())).entryList(QDir::Files);

    auto restored = restoreJournal(*journal, source);
    ASSERT_FALSE(restored);
    EXPECT_EQ(fileHash(journalPath()), before);
    // No safety copy anywhere: not beside the journal, not in its backups folder.
    EXPECT_EQ(QDir(pathFor(QString())).entryList(QDir::Files), filesBefore);
    EXPECT_TRUE(QDir(backupsFolderFor(journalPath())).entryList(QDir::Files).isEmpty());
}

TEST_F(JournalSafety, TwoOpenersCreatingTheSameNewJournalBothSucceed) {
    for (int round = 0; round < 20; ++round) {
        const QString path = pathFor(QStringLiteral("new-%1.sqlite").arg(round));
        std::atomic<int> ready{0};
        std::atomic<int> opened{0};
        std::vector<std::string> errors(2);
        auto open = [&](int which) {
            ++ready;
            while (ready < 2) std::this_thread::yield();
            auto journal = Journal::open(path);
            if (journal) {
                ++opened;
            } else {
                errors[static_cast<std::size_t>(which)] = journal.error().message.toStdString();
            }
        };
        // QThreads, not std::threads: Qt frees what it keeps for each of its own threads (a
        // thread it only adopted leaves that behind, which LeakSanitizer reports).
        const std::unique_ptr<QThread> a(QThread::create(open, 0));
        const std::unique_ptr<QThread> b(QThread::create(open, 1));
        a->start();
        b->start();
        a->wait();
        b->wait();
        EXPECT_EQ(opened, 2) << errors[0] << " / " << errors[1];
        EXPECT_EQ(queryInt(path, QStringLiteral("PRAGMA user_version")),
                  Journal::currentSchemaVersion());
    }
}

}  // namespace
}  // namespace stridelog::test

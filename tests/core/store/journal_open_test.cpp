// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a journal: creation, permissions, migrations, and the files we must refuse without
// writing a byte.

#include "store_test_support.h"

#include "core/model/track.h"
#include "core/store/database.h"
#include "core/store/journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace stridelog::test {
namespace {

constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner |
                                                     QFileDevice::WriteOwner |
                                                     QFileDevice::ReadUser | QFileDevice::WriteUser;

class JournalOpen : public StoreTest {};

TEST_F(JournalOpen, CreatesAMissingJournalAndItsFolderWithTheCurrentSchema) {
    const QString path = pathFor(QStringLiteral("deep/er/journal.sqlite"));
    auto journal = Journal::open(path);
    ASSERT_TRUE(journal) << journal.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
    journal.value().reset();
    EXPECT_EQ(queryInt(path, QStringLiteral("PRAGMA user_version")),
              Journal::currentSchemaVersion());
    EXPECT_EQ(queryInt(path, QStringLiteral("PRAGMA application_id")), 0x53544C47);
}

TEST_F(JournalOpen, JournalAndItsSideFilesAreOwnerOnly) {
    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal);
    ASSERT_TRUE((*journal)->addShoe(sampleShoe()));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = journalPath() + suffix;
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        EXPECT_EQ(QFile::permissions(file), kOwnerReadWrite) << file.toStdString();
    }
}

TEST_F(JournalOpen, UsesWriteAheadLogging) {
    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal);
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM pragma_journal_mode "
                                                     "WHERE journal_mode = 'wal'")),
              1);
}

TEST_F(JournalOpen, ReopeningKeepsWhatWasWritten) {
    {
        auto journal = Journal::open(journalPath());
        ASSERT_TRUE(journal);
        ASSERT_TRUE((*journal)->addRun(sampleRun()));
    }
    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal);
    auto runs = (*journal)->runs();
    ASSERT_TRUE(runs);
    ASSERT_EQ(runs->size(), 1u);
    EXPECT_EQ(runs->front().distance.metres(), 10'000);
}

TEST_F(JournalOpen, MigratesAVersionOneJournalKeepingEveryEntry) {
    runSql(journalPath(), QString::fromUtf8(readFixture(QStringLiteral("journal_v1.sql"))));
    ASSERT_EQ(queryInt(journalPath(), QStringLiteral("PRAGMA user_version")), 1);

    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal) << journal.error().message.toStdString();
    auto snapshot = (*journal)->snapshot();
    ASSERT_TRUE(snapshot);
    ASSERT_EQ(snapshot->shoes.size(), 1u);
    EXPECT_EQ(snapshot->shoes[0].id, ShoeId(3));
    EXPECT_EQ(snapshot->shoes[0].name, QStringLiteral("Road pair «v1»"));
    EXPECT_EQ(snapshot->shoes[0].startDistance.metres(), 120'000);
    ASSERT_EQ(snapshot->runs.size(), 1u);
    EXPECT_EQ(snapshot->runs[0].start.toLocalIsoString(), QStringLiteral("2026-03-10T07:30:00"));
    EXPECT_EQ(snapshot->runs[0].shoe, ShoeId(3));
    EXPECT_EQ(snapshot->runs[0].surface, Surface::Trail);
    EXPECT_TRUE(snapshot->runs[0].hilly);
    ASSERT_EQ(snapshot->pains.size(), 1u);
    EXPECT_TRUE(snapshot->pains[0].isOngoing());
    EXPECT_EQ(snapshot->pains[0].run, RunId(7));
    EXPECT_EQ(snapshot->settings.weeklyIncreasePct, 15);
    journal.value().reset();
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("PRAGMA user_version")),
              Journal::currentSchemaVersion());
}

TEST_F(JournalOpen, NewerSchemaIsRefusedAndLeftByteForByte) {
    { ASSERT_TRUE(Journal::open(journalPath())); }
    runSql(journalPath(),
           QStringLiteral("PRAGMA user_version = %1").arg(Journal::currentSchemaVersion() + 1));
    const QByteArray before = fileHash(journalPath());

    auto journal = Journal::open(journalPath());
    ASSERT_FALSE(journal);
    EXPECT_EQ(journal.error().kind, StoreErrorKind::NewerSchema);
    EXPECT_TRUE(journal.error().message.contains(QStringLiteral("newer")));
    EXPECT_EQ(fileHash(journalPath()), before);
    EXPECT_FALSE(QFileInfo::exists(journalPath() + QStringLiteral("-wal")));
}

TEST_F(JournalOpen, RandomBytesAreNotAJournalAndStayUntouched) {
    QFile file(journalPath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray noise(4096, '\0');
    QRandomGenerator generator(42);
    for (auto& byte : noise) byte = static_cast<char>(generator.bounded(256));
    file.write(noise);
    file.close();
    const QByteArray before = fileHash(journalPath());

    auto journal = Journal::open(journalPath());
    ASSERT_FALSE(journal);
    EXPECT_EQ(journal.error().kind, StoreErrorKind::NotAJournal);
    EXPECT_EQ(fileHash(journalPath()), before);
}

TEST_F(JournalOpen, TruncatedJournalIsRefusedAndStaysUntouched) {
    {
        auto journal = Journal::open(journalPath());
        ASSERT_TRUE(journal);
        for (int day = 1; day <= 28; ++day) {
            ASSERT_TRUE((*journal)->addRun(sampleRun(QDate(2026, 2, day))));
        }
    }
    QFile file(journalPath());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 4096);
    ASSERT_TRUE(file.resize(1000));
    file.close();
    const QByteArray before = fileHash(journalPath());

    auto journal = Journal::open(journalPath());
    ASSERT_FALSE(journal);
    EXPECT_TRUE(journal.error().kind == StoreErrorKind::Corrupt ||
                journal.error().kind == StoreErrorKind::NotAJournal)
        << journal.error().message.toStdString();
    EXPECT_EQ(fileHash(journalPath()), before);
}

// Writes an invalid b-tree page type over the first page of `table`, as a bad disk might.
void damageRootPage(const QString& path, const QString& table) {
    const qint64 page = queryInt(
        path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'").arg(table));
    const qint64 pageSize = queryInt(path, QStringLiteral("PRAGMA page_size"));
    ASSERT_GT(page, 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek((page - 1) * pageSize));
    ASSERT_EQ(file.write(QByteArray(1, '\x07')), 1);
}

TEST_F(JournalOpen, ADamagedRunsTableIsRefusedAndStaysUntouched) {
    {
        auto journal = Journal::open(journalPath());
        ASSERT_TRUE(journal);
        for (int day = 1; day <= 28; ++day) {
            ASSERT_TRUE((*journal)->addRun(sampleRun(QDate(2026, 2, day))));
        }
    }
    damageRootPage(journalPath(), QStringLiteral("run"));
    const QByteArray before = fileHash(journalPath());

    auto journal = Journal::open(journalPath());
    ASSERT_FALSE(journal);
    EXPECT_EQ(journal.error().kind, StoreErrorKind::Corrupt)
        << journal.error().message.toStdString();
    EXPECT_EQ(fileHash(journalPath()), before);
}

// The check at open leaves out the tracks (read one run at a time); a damaged one is refused
// when its run is opened, and the full check (backups, `check`) finds it.
TEST_F(JournalOpen, ADamagedTrackIsRefusedWhenReadAndFoundByTheFullCheck) {
    RunId id;
    {
        auto journal = Journal::open(journalPath());
        ASSERT_TRUE(journal);
        Track track;
        for (int i = 0; i < 3000; ++i) {
            TrackSample sample;
            sample.seconds = i;
            sample.metres = i * 2.9;
            sample.heartRate = 140 + i % 17;
            track.samples.push_back(sample);
        }
        auto added = (*journal)->addRunWithTrack(sampleRun(), track);
        ASSERT_TRUE(added);
        id = *added;
    }
    damageRootPage(journalPath(), QStringLiteral("run_track"));

    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal) << journal.error().message.toStdString();
    EXPECT_TRUE((*journal)->snapshot());
    EXPECT_FALSE((*journal)->track(id));
    const auto checked = (*journal)->checkIntegrity();
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().kind, StoreErrorKind::Corrupt);
}

TEST_F(JournalOpen, AnotherProgramsDatabaseIsNotAJournal) {
    runSql(journalPath(), QStringLiteral("CREATE TABLE contacts (name TEXT)"));
    const QByteArray before = fileHash(journalPath());
    auto journal = Journal::open(journalPath());
    ASSERT_FALSE(journal);
    EXPECT_EQ(journal.error().kind, StoreErrorKind::NotAJournal);
    EXPECT_EQ(fileHash(journalPath()), before);
}

TEST_F(JournalOpen, AFolderIsNotAJournal) {
    QDir().mkpath(journalPath());
    auto journal = Journal::open(journalPath());
    ASSERT_FALSE(journal);
    EXPECT_EQ(journal.error().kind, StoreErrorKind::NotAJournal);
}

TEST_F(JournalOpen, AFailingMigrationIsRolledBackToTheLastGoodVersion) {
    { ASSERT_TRUE(Journal::open(journalPath())); }
    std::vector<Migration> migrations = journalMigrations();
    const int next = Journal::currentSchemaVersion() + 1;
    migrations.push_back({next,
                          QStringLiteral("a broken change"),
                          {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                           QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y INTEGER")}});

    auto database = Database::open(journalPath(), 1000, migrations);
    ASSERT_FALSE(database);
    EXPECT_TRUE(database.error().message.contains(QStringLiteral("a broken change")));

    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("PRAGMA user_version")), next - 1);
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE "
                                                     "name = 'half_done'")),
              0);
    EXPECT_TRUE(Journal::open(journalPath()));
}

TEST_F(JournalOpen, AFolderThatCannotBeMadeIsReportedAsUnwritable) {
    // A plain file where the folder should be: no one, not even root, can create the journal.
    QFile blocker(pathFor(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto journal = Journal::open(pathFor(QStringLiteral("not-a-folder/journal.sqlite")));
    ASSERT_FALSE(journal);
    EXPECT_EQ(journal.error().kind, StoreErrorKind::Unwritable);
}

}  // namespace
}  // namespace stridelog::test

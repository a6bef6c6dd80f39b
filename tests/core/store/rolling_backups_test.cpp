// SPDX-License-Identifier: GPL-3.0-or-later
// Backups taken without being asked: one a day, never over one another, verified, 0600, the
// last 7 days and 4 weeks kept; the clock is a FixedClock so days pass at will.

#include "store_test_support.h"

#include "core/store/journal.h"
#include "core/store/journal_files.h"
#include "core/store/rolling_backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace stridelog::test {
namespace {

class RollingBackupsTest : public StoreTest {
protected:
    void SetUp() override {
        auto opened = Journal::open(journalPath());
        ASSERT_TRUE(opened);
        journal_ = std::move(opened).value();
        ASSERT_TRUE(journal_->addRun(sampleRun()));
    }
    static Instant at(QDate day, QTime time = QTime(8, 0)) { return Instant::fromLocal(day, time); }

    std::unique_ptr<Journal> journal_;
    FixedClock clock_{at(QDate(2026, 5, 4))};
};

TEST_F(RollingBackupsTest, OneDailyBackupPerDay) {
    RollingBackups backups(journalPath(), clock_);
    auto first = backups.takeDailyIfDue();
    ASSERT_TRUE(first) << first.error().message.toStdString();
    ASSERT_TRUE(first->has_value());
    clock_.set(at(QDate(2026, 5, 4), QTime(21, 0)));
    auto again = backups.takeDailyIfDue();
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->has_value());
    clock_.set(at(QDate(2026, 5, 5)));
    auto nextDay = backups.takeDailyIfDue();
    ASSERT_TRUE(nextDay);
    EXPECT_TRUE(nextDay->has_value());
    EXPECT_EQ(backups.list().size(), 2u);
}

TEST_F(RollingBackupsTest, BackupHoldsTheJournalIsPrivateAndVerified) {
    RollingBackups backups(journalPath(), clock_);
    auto taken = backups.take(BackupKind::BeforeMigration);
    ASSERT_TRUE(taken) << taken.error().message.toStdString();
    EXPECT_TRUE(taken->startsWith(backupsFolderFor(journalPath()) + QLatin1Char('/')));
    EXPECT_EQ(queryInt(*taken, QStringLiteral("SELECT count(*) FROM run")), 1);
    EXPECT_EQ(QFile::permissions(*taken) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadUser | QFileDevice::WriteUser),
              0);
    const auto listed = backups.list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_TRUE(listed.front().ok);
    EXPECT_EQ(listed.front().kind, BackupKind::BeforeMigration);
    EXPECT_EQ(listed.front().size, QFileInfo(*taken).size());
    // No temporary file is left.
    EXPECT_EQ(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST_F(RollingBackupsTest, BackupsInTheSameSecondNeverReplaceOneAnother) {
    RollingBackups backups(journalPath(), clock_);
    auto first = backups.take(BackupKind::BeforeRestore);
    ASSERT_TRUE(first);
    const QByteArray firstBytes = fileHash(*first);
    ASSERT_TRUE(journal_->addRun(sampleRun(QDate(2026, 3, 12))));
    auto second = backups.take(BackupKind::BeforeRestore);
    ASSERT_TRUE(second);
    EXPECT_NE(*first, *second);
    EXPECT_EQ(fileHash(*first), firstBytes);
    EXPECT_EQ(queryInt(*second, QStringLiteral("SELECT count(*) FROM run")), 2);
    // Newest first.
    EXPECT_EQ(backups.list().front().file, *second);
}

TEST_F(RollingBackupsTest, KeepsTheLastSevenDaysAndFourWeeks) {
    RollingBackups backups(journalPath(), clock_);
    const QDate first(2026, 3, 2);  // a Monday
    for (int day = 0; day < 60; ++day) {
        clock_.set(at(first.addDays(day)));
        ASSERT_TRUE(backups.take(BackupKind::Daily));
    }
    QList<QDate> kept;
    for (const RollingBackup& backup : backups.list()) {
        kept << QDateTime::fromSecsSinceEpoch(backup.taken.utcSeconds()).date();
    }
    const QDate last = first.addDays(59);
    // The last 7 days (Friday to Thursday: two weeks), then the newest of each earlier week
    // until 4 weeks have one: two more Sundays.
    ASSERT_EQ(kept.size(), 7 + 2) << kept.size();
    for (int i = 0; i < 7; ++i) EXPECT_EQ(kept[i], last.addDays(-i));
    int year = 0;
    QSet<int> weeks;
    for (const QDate& day : kept) weeks.insert(day.weekNumber(&year));
    EXPECT_EQ(weeks.size(), 4);
}

TEST_F(RollingBackupsTest, BackupsBeforeARestoreOrMigrationAreNeverPruned) {
    RollingBackups backups(journalPath(), clock_);
    ASSERT_TRUE(backups.take(BackupKind::BeforeRestore));
    for (int day = 1; day <= 40; ++day) {
        clock_.set(at(QDate(2026, 5, 4).addDays(day)));
        ASSERT_TRUE(backups.take(BackupKind::Daily));
    }
    int beforeRestore = 0;
    for (const RollingBackup& backup : backups.list())
        beforeRestore += backup.kind == BackupKind::BeforeRestore ? 1 : 0;
    EXPECT_EQ(beforeRestore, 1);
}

TEST_F(RollingBackupsTest, NewestGoodSkipsADamagedBackup) {
    RollingBackups backups(journalPath(), clock_);
    auto good = backups.take(BackupKind::Daily);
    ASSERT_TRUE(good);
    clock_.set(at(QDate(2026, 5, 5)));
    auto damaged = backups.take(BackupKind::Daily);
    ASSERT_TRUE(damaged);
    QFile file(*damaged);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(100);
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    const auto listed = backups.list();
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_FALSE(listed[0].ok);
    EXPECT_TRUE(listed[1].ok);
    const auto newest = backups.newestGood();
    ASSERT_TRUE(newest);
    EXPECT_EQ(newest->file, *good);
}

TEST(RollingBackupsMigration, AnOlderJournalIsBackedUpAsItWasBeforeItIsMigrated) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("journal.sqlite"));
    runSql(path, QString::fromUtf8(readFixture(QStringLiteral("journal_v1.sql"))));
    const FixedClock clock(Instant::fromLocal(QDate(2026, 5, 4), QTime(8, 0)));
    OpenOptions options;
    int calls = 0;
    options.beforeMigration = [&](const QString& journal) {
        ++calls;
        ASSERT_TRUE(RollingBackups(journal, clock).take(BackupKind::BeforeMigration));
    };
    auto journal = Journal::open(path, options);
    ASSERT_TRUE(journal) << journal.error().message.toStdString();
    EXPECT_EQ(calls, 1);
    const auto listed = RollingBackups(path, clock).list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed.front().kind, BackupKind::BeforeMigration);
    EXPECT_EQ(queryInt(listed.front().file, QStringLiteral("PRAGMA user_version")), 1);
    EXPECT_EQ(queryInt(path, QStringLiteral("PRAGMA user_version")),
              Journal::currentSchemaVersion());

    // A journal already at this version is not backed up again on open.
    journal.value().reset();
    ASSERT_TRUE(Journal::open(path, options));
    EXPECT_EQ(calls, 1);
}

TEST_F(RollingBackupsTest, NoFolderMeansNoBackups) {
    RollingBackups backups(journalPath(), clock_);
    EXPECT_TRUE(backups.list().empty());
    EXPECT_FALSE(backups.newestGood());
}

}  // namespace
}  // namespace stridelog::test

// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 4 (RULES.md "Ratings" and R16): a run's two ratings, one morning check per day, the
// ways back; a schema-3 journal upgrades keeping every entry, and each action is one change.

#include "store_test_support.h"

#include "core/model/clock.h"
#include "core/store/journal.h"
#include "core/workflows/restore.h"

#include <QFile>
#include <QSignalSpy>

namespace stridelog::test {
namespace {

class JournalComeback : public StoreTest {
protected:
    void SetUp() override {
        journal = openOnClock(clock);
        ASSERT_NE(journal, nullptr);
        spy = std::make_unique<QSignalSpy>(journal.get(), &Journal::changed);
    }
    JournalChange last() const {
        EXPECT_GE(spy->count(), 1);
        return spy->count() == 0 ? JournalChange{} : spy->last().at(0).value<JournalChange>();
    }
    static ComebackProgramme programmeFrom(QDate day) {
        ComebackProgramme programme;
        programme.start = Instant::fromLocal(day, QTime(0, 0));
        programme.profile = ComebackProfile::Tendon;
        programme.walkOk = true;
        return programme;
    }

    FixedClock clock{Instant::fromLocal(QDate(2026, 3, 20), QTime(12, 0))};
    std::unique_ptr<Journal> journal;
    std::unique_ptr<QSignalSpy> spy;
};

TEST_F(JournalComeback, MigratesAVersionThreeJournalKeepingEveryEntry) {
    journal.reset();
    const QString path = pathFor(QStringLiteral("v3.sqlite"));
    runSql(path, QString::fromUtf8(readFixture(QStringLiteral("journal_v3.sql"))));
    ASSERT_EQ(queryInt(path, QStringLiteral("PRAGMA user_version")), 3);
    {
        auto opened = Journal::open(path);
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        auto snapshot = (*opened)->snapshot();
        ASSERT_TRUE(snapshot);
        ASSERT_EQ(snapshot->runs.size(), 2u);
        EXPECT_EQ(snapshot->runs[0].id, RunId(7));
        EXPECT_EQ(snapshot->runs[0].rpe, 6);
        EXPECT_FALSE(snapshot->runs[0].painDuring);
        EXPECT_FALSE(snapshot->runs[0].painAfter);
        EXPECT_EQ(snapshot->runs[1].sourceKey, QStringLiteral("sha256:0f3a"));
        ASSERT_EQ(snapshot->pains.size(), 1u);
        EXPECT_EQ(snapshot->pains[0].site, Site::Below);
        EXPECT_EQ(snapshot->shoes.at(0).name, QStringLiteral("Road pair «v3»"));
        EXPECT_EQ(snapshot->settings.weeklyIncreasePct, 15);
        EXPECT_TRUE(snapshot->mornings.empty());
        EXPECT_TRUE(snapshot->programmes.empty());
        stridelog::Run rated = snapshot->runs[0];
        rated.painDuring = 2;
        rated.painAfter = 1;
        ASSERT_TRUE((*opened)->updateRun(rated));
        ASSERT_TRUE((*opened)->putMorning({QDate(2026, 3, 11), 1, false, false}));
    }
    EXPECT_EQ(queryInt(path, QStringLiteral("PRAGMA user_version")), 5);
    EXPECT_EQ(Journal::currentSchemaVersion(), 5);
    EXPECT_EQ(queryInt(path, QStringLiteral("SELECT pain_during FROM run WHERE id = 7")), 2);
    EXPECT_EQ(queryInt(path, QStringLiteral("SELECT count(*) FROM morning_check")), 1);
}

TEST_F(JournalComeback, AJournalOfTheNextSchemaIsStillRefused) {
    journal.reset();
    runSql(journalPath(),
           QStringLiteral("PRAGMA user_version = %1").arg(Journal::currentSchemaVersion() + 1));
    const QByteArray before = fileHash(journalPath());
    auto opened = Journal::open(journalPath());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, StoreErrorKind::NewerSchema);
    EXPECT_EQ(fileHash(journalPath()), before);
}

TEST_F(JournalComeback, RatingsOfARunComeBackAsGivenAndAbsentStaysAbsent) {
    stridelog::Run run = sampleRun(QDate(2026, 3, 18));
    run.painDuring = 0;
    run.painAfter = 10;
    const RunId rated = journal->addRun(run).value();
    const RunId unrated = journal->addRun(sampleRun(QDate(2026, 3, 19))).value();
    EXPECT_EQ(journal->run(rated)->painDuring, 0);
    EXPECT_EQ(journal->run(rated)->painAfter, 10);
    EXPECT_FALSE(journal->run(unrated)->painDuring);
    EXPECT_FALSE(journal->run(unrated)->painAfter);
}

TEST_F(JournalComeback, ARatingOutsideZeroToTenIsRefusedAndNothingWritten) {
    stridelog::Run run = sampleRun(QDate(2026, 3, 18));
    run.painDuring = 11;
    auto added = journal->addRun(run);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_TRUE(journal->runs()->empty());
    EXPECT_EQ(spy->count(), 0);
}

TEST_F(JournalComeback, ASecondMorningCheckOfADayReplacesTheFirst) {
    ASSERT_TRUE(journal->putMorning({QDate(2026, 3, 19), 3, true, false}));
    EXPECT_EQ(last().mornings.added, std::vector<QDate>{QDate(2026, 3, 19)});
    ASSERT_TRUE(journal->putMorning({QDate(2026, 3, 18), 1, false, false}));
    ASSERT_TRUE(journal->putMorning({QDate(2026, 3, 19), 2, false, true}));
    EXPECT_EQ(last().mornings.changed, std::vector<QDate>{QDate(2026, 3, 19)});
    EXPECT_TRUE(last().mornings.added.empty());
    auto mornings = journal->mornings();
    ASSERT_TRUE(mornings);
    EXPECT_EQ(*mornings, (std::vector<MorningCheck>{{QDate(2026, 3, 18), 1, false, false},
                                                    {QDate(2026, 3, 19), 2, false, true}}));
    RunFilter one;
    one.from = QDate(2026, 3, 19);
    EXPECT_EQ(journal->mornings(one)->size(), 1u);
}

TEST_F(JournalComeback, AMorningCheckOutsideTheLimitsIsRefusedAndNothingWritten) {
    auto refused = journal->putMorning({QDate(2026, 3, 19), 11, false, false});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_FALSE(journal->putMorning({QDate(2026, 3, 22), 1, false, false}));  // after tomorrow
    EXPECT_TRUE(journal->mornings()->empty());
    EXPECT_EQ(spy->count(), 0);
}

TEST_F(JournalComeback, DeletingAMorningCheckNamesItsDayAndAMissingOneIsNotFound) {
    ASSERT_TRUE(journal->putMorning({QDate(2026, 3, 19), 3, false, false}));
    ASSERT_TRUE(journal->deleteMorning(QDate(2026, 3, 19)));
    EXPECT_EQ(last().mornings.removed, std::vector<QDate>{QDate(2026, 3, 19)});
    auto missing = journal->deleteMorning(QDate(2026, 3, 19));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, StoreErrorKind::NotFound);
    EXPECT_TRUE(journal->mornings()->empty());
}

TEST_F(JournalComeback, AProgrammeStartsAndStopsAndANewStartClosesTheOpenOne) {
    const ProgrammeId first = journal->startProgramme(programmeFrom(QDate(2026, 3, 1))).value();
    EXPECT_EQ(last().programmes.added, std::vector<ProgrammeId>{first});
    const ProgrammeId second = journal->startProgramme(programmeFrom(QDate(2026, 3, 10))).value();
    EXPECT_EQ(last().programmes.changed, std::vector<ProgrammeId>{first});
    auto programmes = journal->programmes();
    ASSERT_TRUE(programmes);
    ASSERT_EQ(programmes->size(), 2u);
    EXPECT_EQ(programmes->at(0).stoppedAt, Instant::fromLocal(QDate(2026, 3, 10), QTime(0, 0)));
    EXPECT_EQ(programmes->at(1).id, second);
    EXPECT_EQ(programmes->at(1).profile, ComebackProfile::Tendon);
    EXPECT_TRUE(programmes->at(1).walkOk);
    EXPECT_FALSE(programmes->at(1).cleared);
    EXPECT_FALSE(programmes->at(1).stoppedAt);

    const Instant stop = Instant::fromLocal(QDate(2026, 3, 15), QTime(0, 0));
    ASSERT_TRUE(journal->stopProgramme(second, stop));
    EXPECT_EQ(last().programmes.changed, std::vector<ProgrammeId>{second});
    EXPECT_EQ(journal->programmes()->at(1).stoppedAt, stop);
    auto again = journal->stopProgramme(second, stop);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, StoreErrorKind::InvalidInput);
    auto before = journal->stopProgramme(
        journal->startProgramme(programmeFrom(QDate(2026, 3, 16))).value(), stop);
    ASSERT_FALSE(before);  // stopped before it started
    EXPECT_FALSE(journal->programmes()->back().stoppedAt);
}

TEST_F(JournalComeback, RestoringABackupBringsBackRatingsMorningsAndProgrammes) {
    stridelog::Run run = sampleRun(QDate(2026, 3, 18));
    run.painDuring = 4;
    ASSERT_TRUE(journal->addRun(run));
    ASSERT_TRUE(journal->putMorning({QDate(2026, 3, 19), 2, true, true}));
    ASSERT_TRUE(journal->startProgramme(programmeFrom(QDate(2026, 3, 17))));
    const JournalSnapshot saved = journal->snapshot().value();
    const QString backup = pathFor(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(journal->backupTo(backup));
    ASSERT_TRUE(journal->deleteMorning(QDate(2026, 3, 19)));

    auto restored = restoreJournal(*journal, backup);
    ASSERT_TRUE(restored) << restored.error().message.toStdString();
    const JournalSnapshot back = journal->snapshot().value();
    EXPECT_EQ(back.runs.at(0).painDuring, 4);
    EXPECT_EQ(back.mornings, saved.mornings);
    EXPECT_EQ(back.programmes, saved.programmes);
}

TEST_F(JournalComeback, ABackupWithoutTheMorningTableIsRefused) {
    const QString crafted = pathFor(QStringLiteral("crafted.sqlite"));
    { ASSERT_TRUE(Journal::open(crafted)); }
    runSql(crafted, QStringLiteral("DROP TABLE morning_check"));
    auto restored = restoreJournal(*journal, crafted);
    ASSERT_FALSE(restored);
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("morning_check")))
        << restored.error().message.toStdString();
}

TEST_F(JournalComeback, ABackupWhoseProgrammesAreAViewIsRefused) {
    const QString crafted = pathFor(QStringLiteral("crafted.sqlite"));
    { ASSERT_TRUE(Journal::open(crafted)); }
    runSql(crafted, QStringLiteral("DROP TABLE comeback_programme;\n"
                                   "CREATE VIEW comeback_programme AS SELECT 1 AS id"));
    auto restored = restoreJournal(*journal, crafted);
    ASSERT_FALSE(restored);
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("view")))
        << restored.error().message.toStdString();
}

}  // namespace
}  // namespace stridelog::test

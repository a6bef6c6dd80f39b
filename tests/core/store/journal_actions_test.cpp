// SPDX-License-Identifier: GPL-3.0-or-later
// Journal actions: each one a transaction that commits whole or leaves the file as it was.

#include "store_test_support.h"

#include "core/store/journal.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace stridelog::test {
namespace {

class JournalActions : public StoreTest {
protected:
    void SetUp() override {
        journal = openOnClock(clock);
        ASSERT_NE(journal, nullptr);
    }
    FixedClock clock{Instant::fromLocal(QDate(2026, 3, 20), QTime(12, 0))};
    std::unique_ptr<Journal> journal;
};

TEST_F(JournalActions, RunRoundTripsEveryField) {
    auto shoe = journal->addShoe(sampleShoe());
    ASSERT_TRUE(shoe);
    stridelog::Run run = sampleRun();
    run.shoe = *shoe;
    run.hilly = true;
    run.rpe = 7;
    run.heartRate = 148;
    run.notes = QStringLiteral("Ünïcødé 🏃 'x'; DROP TABLE run; --");
    auto id = journal->addRun(run);
    ASSERT_TRUE(id) << id.error().message.toStdString();

    auto stored = journal->run(*id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->start, run.start);
    EXPECT_EQ(stored->start.utcOffsetSeconds(), run.start.utcOffsetSeconds());
    EXPECT_EQ(stored->distance, run.distance);
    EXPECT_EQ(stored->duration, run.duration);
    EXPECT_EQ(stored->shoe, *shoe);
    EXPECT_EQ(stored->surface, Surface::Road);
    EXPECT_TRUE(stored->hilly);
    EXPECT_EQ(stored->type, RunType::Easy);
    EXPECT_EQ(stored->rpe, 7);
    EXPECT_EQ(stored->cadence, 168);
    EXPECT_EQ(stored->heartRate, 148);
    EXPECT_EQ(stored->notes, run.notes);
    EXPECT_EQ(stored->source, RunSource::Manual);
}

TEST_F(JournalActions, PainRoundTripsEveryFieldAndOngoingHasNoEnd) {
    auto run = journal->addRun(sampleRun());
    ASSERT_TRUE(run);
    PainEntry pain = samplePain();
    pain.run = *run;
    pain.end.reset();
    pain.swelling = true;
    pain.sharp = true;
    auto id = journal->addPain(pain);
    ASSERT_TRUE(id);
    auto stored = journal->pain(*id);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->isOngoing());
    EXPECT_EQ(stored->run, *run);
    EXPECT_EQ(stored->knee, Knee::Right);
    EXPECT_EQ(stored->site, Site::Outside);
    EXPECT_EQ(stored->onset, Onset::Late);
    EXPECT_EQ(stored->intensity, 4);
    EXPECT_TRUE(stored->swelling);
    EXPECT_FALSE(stored->locking);
    EXPECT_TRUE(stored->sharp);
}

TEST_F(JournalActions, InvalidRunIsRejectedAndNothingWritten) {
    const QByteArray before = fileHash(journalPath() + QStringLiteral("-wal"));
    stridelog::Run run = sampleRun();
    run.distance = Distance::fromMetres(400'001);
    auto id = journal->addRun(run);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("400 km")));
    EXPECT_EQ(fileHash(journalPath() + QStringLiteral("-wal")), before);
    EXPECT_TRUE(*journal->isEmpty());
}

TEST_F(JournalActions, RunDatedAfterTomorrowIsRejected) {
    EXPECT_TRUE(journal->addRun(sampleRun(QDate(2026, 3, 21))));
    auto late = journal->addRun(sampleRun(QDate(2026, 3, 22)));
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().kind, StoreErrorKind::InvalidInput);
}

TEST_F(JournalActions, RunInAMissingPairIsBadInputAndNothingWritten) {
    stridelog::Run run = sampleRun();
    run.shoe = ShoeId(99);
    auto id = journal->addRun(run);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("99")));
    EXPECT_TRUE(*journal->isEmpty());
}

TEST_F(JournalActions, PainAfterAMissingRunIsBadInput) {
    PainEntry pain = samplePain();
    pain.run = RunId(12);
    auto id = journal->addPain(pain);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().kind, StoreErrorKind::InvalidInput);
}

TEST_F(JournalActions, ChangingOrDeletingWhatIsNotThereIsNotFound) {
    stridelog::Run run = sampleRun();
    run.id = RunId(5);
    EXPECT_EQ(journal->updateRun(run).error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(journal->deleteRun(RunId(5)).error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(journal->deletePain(PainId(5)).error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(journal->retireShoe(ShoeId(5), QDate(2026, 3, 1)).error().kind,
              StoreErrorKind::NotFound);
}

TEST_F(JournalActions, DeletingARunKeepsThePainEntryUnlinked) {
    auto run = journal->addRun(sampleRun());
    PainEntry pain = samplePain();
    pain.run = *run;
    auto painId = journal->addPain(pain);
    ASSERT_TRUE(journal->deleteRun(*run));
    auto stored = journal->pain(*painId);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored->run.has_value());
}

TEST_F(JournalActions, RetiringAPairSetsItsDate) {
    auto shoe = journal->addShoe(sampleShoe());
    ASSERT_TRUE(journal->retireShoe(*shoe, QDate(2026, 3, 15)));
    EXPECT_EQ(journal->shoe(*shoe)->retiredOn, QDate(2026, 3, 15));
}

TEST_F(JournalActions, RunsFilterByTheLocalDayTheyHappenedOn) {
    stridelog::Run tokyo = sampleRun();
    // 23:30 in Tokyo on 10 March is 15:30 in Berlin: the run belongs to 10 March either way,
    // and 00:30 in Tokyo on 11 March (16:30 on the 10th in Berlin) belongs to the 11th.
    tokyo.start = Instant::fromDateTime(
        QDateTime(QDate(2026, 3, 11), QTime(0, 30), Qt::OffsetFromUTC, 9 * 3600));
    ASSERT_TRUE(journal->addRun(tokyo));
    ASSERT_TRUE(journal->addRun(sampleRun(QDate(2026, 3, 10))));
    RunFilter eleventh{QDate(2026, 3, 11), QDate(2026, 3, 11)};
    auto runs = journal->runs(eleventh);
    ASSERT_TRUE(runs);
    ASSERT_EQ(runs->size(), 1u);
    EXPECT_EQ(runs->front().start.utcOffsetSeconds(), 9 * 3600);
}

TEST_F(JournalActions, RunsListOldestFirst) {
    ASSERT_TRUE(journal->addRun(sampleRun(QDate(2026, 3, 12))));
    ASSERT_TRUE(journal->addRun(sampleRun(QDate(2026, 3, 2))));
    auto runs = journal->runs();
    ASSERT_EQ(runs->size(), 2u);
    EXPECT_LT(runs->at(0).start, runs->at(1).start);
}

TEST_F(JournalActions, LastUsedPairIsTheNewestRunsPair) {
    auto older = journal->addShoe(sampleShoe(QStringLiteral("Old")));
    auto newer = journal->addShoe(sampleShoe(QStringLiteral("New")));
    stridelog::Run first = sampleRun(QDate(2026, 3, 12));
    first.shoe = *older;
    stridelog::Run second = sampleRun(QDate(2026, 3, 2));
    second.shoe = *newer;
    ASSERT_TRUE(journal->addRun(first));
    ASSERT_TRUE(journal->addRun(second));
    EXPECT_EQ(*journal->lastUsedShoe(), std::optional<ShoeId>(*older));
}

TEST_F(JournalActions, SettingsAreSavedAndDefaultsFillTheRest) {
    Settings settings = *journal->settings();
    EXPECT_EQ(settings, Settings{});
    settings.weekStart = Qt::Sunday;
    settings.bodyWeightKg = 92.5;
    settings.units = UnitSystem::Miles;
    ASSERT_TRUE(journal->saveSettings(settings));
    EXPECT_EQ(*journal->settings(), settings);
}

TEST_F(JournalActions, EachCommittedActionSignalsOnceAndAFailedOneNever) {
    QSignalSpy spy(journal.get(), &Journal::changed);
    ASSERT_TRUE(journal->addShoe(sampleShoe()));
    EXPECT_EQ(spy.count(), 1);
    stridelog::Run bad = sampleRun();
    bad.duration = Duration::fromSeconds(0);
    EXPECT_FALSE(journal->addRun(bad));
    EXPECT_EQ(spy.count(), 1);
}

TEST_F(JournalActions, AFailedBulkInsertLeavesTheJournalAsItWas) {
    ASSERT_TRUE(journal->addShoe(sampleShoe(QStringLiteral("Existing"))));
    JournalSnapshot incoming;
    Shoe shoe = sampleShoe();
    shoe.id = ShoeId(1);
    incoming.shoes.push_back(shoe);
    stridelog::Run good = sampleRun();
    good.id = RunId(1);
    good.shoe = ShoeId(1);
    stridelog::Run dangling = sampleRun(QDate(2026, 3, 11));
    dangling.id = RunId(2);
    dangling.shoe = ShoeId(7);  // not in the snapshot: fails after two rows were written
    incoming.runs = {good, dangling};
    auto result = journal->insertAll(incoming);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_EQ(journal->shoes()->size(), 1u);
    EXPECT_TRUE(journal->runs()->empty());
}

TEST_F(JournalActions, BulkInsertMapsLocalIdsToNewOnes) {
    ASSERT_TRUE(journal->addShoe(sampleShoe(QStringLiteral("Existing"))));
    JournalSnapshot incoming;
    Shoe shoe = sampleShoe(QStringLiteral("Demo"));
    shoe.id = ShoeId(1);
    incoming.shoes.push_back(shoe);
    stridelog::Run run = sampleRun();
    run.id = RunId(1);
    run.shoe = ShoeId(1);
    incoming.runs.push_back(run);
    PainEntry pain = samplePain();
    pain.id = PainId(1);
    pain.run = RunId(1);
    incoming.pains.push_back(pain);
    ASSERT_TRUE(journal->insertAll(incoming));
    auto snapshot = *journal->snapshot();
    ASSERT_EQ(snapshot.shoes.size(), 2u);
    EXPECT_EQ(snapshot.runs[0].shoe, snapshot.shoes[1].id);
    EXPECT_EQ(snapshot.pains[0].run, snapshot.runs[0].id);
}

TEST_F(JournalActions, ALockedJournalFailsAsLockedAndWritesNothing) {
    OpenOptions impatient;
    impatient.busyTimeoutMs = 100;
    auto other = Journal::open(journalPath(), impatient);
    ASSERT_TRUE(other);
    // Hold the write lock from a second connection, as another program would.
    QSqlDatabase holder =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(journalPath());
    ASSERT_TRUE(holder.open());
    QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE"));

    auto result = (*other)->addShoe(sampleShoe());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, StoreErrorKind::Locked);

    QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    EXPECT_TRUE((*other)->shoes()->empty());
}

TEST_F(JournalActions, IntegrityCheckPassesOnAHealthyJournal) {
    ASSERT_TRUE(journal->addRun(sampleRun()));
    EXPECT_TRUE(journal->checkIntegrity());
}

}  // namespace
}  // namespace stridelog::test

namespace stridelog::test {
namespace {

class JournalUndoSupport : public StoreTest {
protected:
    void SetUp() override {
        auto opened = Journal::open(journalPath());
        ASSERT_TRUE(opened);
        journal = std::move(opened).value();
    }
    std::unique_ptr<Journal> journal;
};

TEST_F(JournalUndoSupport, ADeletedRunComesBackUnderItsOwnIdAndRelinksItsPain) {
    auto runId = journal->addRun(sampleRun());
    PainEntry pain = samplePain();
    pain.run = *runId;
    auto painId = journal->addPain(pain);
    const stridelog::Run before = *journal->run(*runId);
    ASSERT_TRUE(journal->deleteRun(*runId));

    ASSERT_FALSE(journal->pain(*painId)->run.has_value());

    ASSERT_TRUE(journal->putBackRun(before, {*painId}));
    EXPECT_EQ(journal->run(*runId)->distance, before.distance);
    EXPECT_EQ(journal->pain(*painId)->run, *runId);
}

TEST_F(JournalUndoSupport, PuttingBackOverAnExistingIdFailsAndChangesNothing) {
    auto runId = journal->addRun(sampleRun(QDate(2026, 3, 10), 5000));
    stridelog::Run clash = sampleRun(QDate(2026, 3, 11), 9000);
    clash.id = *runId;
    auto result = journal->putBackRun(clash);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_EQ(journal->run(*runId)->distance.metres(), 5000);
}

TEST_F(JournalUndoSupport, ADeletedPairComesBackWithItsRuns) {
    auto shoeId = journal->addShoe(sampleShoe());
    stridelog::Run run = sampleRun();
    run.shoe = *shoeId;
    auto runId = journal->addRun(run);
    const Shoe before = *journal->shoe(*shoeId);
    ASSERT_TRUE(journal->deleteShoe(*shoeId));
    EXPECT_FALSE(journal->run(*runId)->shoe.has_value());
    EXPECT_EQ(journal->deleteShoe(*shoeId).error().kind, StoreErrorKind::NotFound);

    ASSERT_TRUE(journal->putBackShoe(before, {*runId}));
    EXPECT_EQ(journal->run(*runId)->shoe, *shoeId);
}

}  // namespace
}  // namespace stridelog::test

namespace stridelog::test {
namespace {

TEST_F(JournalActions, BulkInsertLeavesTheSettingsAsTheyWere) {
    Settings mine;
    mine.weeklyIncreasePct = 20;
    mine.units = UnitSystem::Miles;
    ASSERT_TRUE(journal->saveSettings(mine));
    JournalSnapshot incoming;  // carries default settings
    stridelog::Run run = sampleRun();
    run.id = RunId(1);
    incoming.runs.push_back(run);
    ASSERT_TRUE(journal->insertAll(incoming));
    EXPECT_EQ(*journal->settings(), mine);
}

}  // namespace
}  // namespace stridelog::test

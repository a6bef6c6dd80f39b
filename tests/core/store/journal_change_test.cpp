// SPDX-License-Identifier: GPL-3.0-or-later
// Journal::changed() names what each committed action changed (JournalChange), and an import
// can be taken out and put back (the app's undo and redo of an import) in one transaction each.

#include "store_test_support.h"

#include "core/model/clock.h"
#include "core/store/journal.h"

#include <QSignalSpy>

namespace stridelog::test {
namespace {

class JournalChanges : public StoreTest {
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
    FixedClock clock{Instant::fromLocal(QDate(2026, 3, 20), QTime(12, 0))};
    std::unique_ptr<Journal> journal;
    std::unique_ptr<QSignalSpy> spy;
};

TEST_F(JournalChanges, EachActionNamesTheEntriesItAddedChangedOrRemoved) {
    const ShoeId shoe = journal->addShoe(sampleShoe()).value();
    EXPECT_EQ(last().shoes.added, std::vector<ShoeId>{shoe});
    stridelog::Run run = sampleRun();
    run.shoe = shoe;
    run.id = journal->addRun(run).value();
    EXPECT_EQ(last().runs.added, std::vector<RunId>{run.id});
    EXPECT_TRUE(last().shoes.empty());
    run.notes = QStringLiteral("hills");
    ASSERT_TRUE(journal->updateRun(run));
    EXPECT_EQ(last().runs.changed, std::vector<RunId>{run.id});
    PainEntry pain = samplePain();
    pain.run = run.id;
    pain.id = journal->addPain(pain).value();
    EXPECT_EQ(last().pains.added, std::vector<PainId>{pain.id});
    ASSERT_TRUE(journal->deleteRun(run.id));
    EXPECT_EQ(last().runs.removed, std::vector<RunId>{run.id});
    ASSERT_TRUE(journal->putBackRun(run, {pain.id}));
    EXPECT_EQ(last().runs.added, std::vector<RunId>{run.id});
    EXPECT_EQ(last().pains.changed, std::vector<PainId>{pain.id});
    ASSERT_TRUE(journal->deletePain(pain.id));
    EXPECT_EQ(last().pains.removed, std::vector<PainId>{pain.id});
    ASSERT_TRUE(journal->retireShoe(shoe, QDate(2026, 3, 15)));
    EXPECT_EQ(last().shoes.changed, std::vector<ShoeId>{shoe});
    ASSERT_TRUE(journal->deleteShoe(shoe));
    EXPECT_EQ(last().shoes.removed, std::vector<ShoeId>{shoe});
    Settings settings = journal->settings().value();
    settings.units = UnitSystem::Miles;
    ASSERT_TRUE(journal->saveSettings(settings));
    EXPECT_TRUE(last().settings);
    EXPECT_FALSE(last().everything);
    EXPECT_TRUE(last().runs.empty());
}

TEST_F(JournalChanges, ARestoreIsAChangeOfEverything) {
    ASSERT_TRUE(journal->replaceAll(JournalSnapshot{}));
    EXPECT_TRUE(last().everything);
}

TEST_F(JournalChanges, AnImportNamesTheRunsAndPairsItAddedButNotTheDuplicates) {
    const RunId existing = journal->addRun(sampleRun(QDate(2026, 3, 1))).value();
    ImportBatch batch;
    Shoe pair = sampleShoe(QStringLiteral("Imported pair"));
    pair.id = ShoeId(1);  // a local id
    batch.newShoes = {pair};
    for (int day : {1, 2, 3}) {
        ImportBatch::Entry entry;
        entry.run = sampleRun(QDate(2026, 3, day));
        entry.run.shoe = pair.id;
        entry.onNewShoe = true;
        batch.runs.push_back(entry);
    }
    batch.findDuplicate = [&](const stridelog::Run&, const std::vector<stridelog::Run>& near) {
        return near.empty() ? std::optional<RunId>() : std::optional<RunId>(near.front().id);
    };
    const auto outcome = journal->importBatch(batch).value();
    ASSERT_EQ(outcome.size(), 3u);
    EXPECT_TRUE(outcome[0].duplicate);
    EXPECT_EQ(outcome[0].id, existing);
    const JournalChange change = last();
    EXPECT_EQ(change.runs.added, (std::vector<RunId>{outcome[1].id, outcome[2].id}));
    ASSERT_EQ(change.shoes.added.size(), 1u);
    EXPECT_FALSE(change.everything);
}

TEST_F(JournalChanges, TakingRunsAndPairsOutRemovesTheirTracksAndPuttingThemBackRestoresAll) {
    const ShoeId pair = journal->addShoe(sampleShoe(QStringLiteral("New pair"))).value();
    stridelog::Run run = sampleRun(QDate(2026, 3, 5));
    run.shoe = pair;
    Track track;
    track.samples.resize(3);
    for (int i = 0; i < 3; ++i) {
        track.samples[static_cast<std::size_t>(i)].seconds = i * 10;
        track.samples[static_cast<std::size_t>(i)].metres = i * 30.0;
    }
    const RunId withTrack = journal->addRunWithTrack(run, track).value();
    // Logged later, outside the import: it stays, and loses and regains its pair.
    const RunId later = journal->addRun(run).value();
    PainEntry pain = samplePain(QDate(2026, 3, 5));
    pain.run = withTrack;
    const PainId painId = journal->addPain(pain).value();
    const qint64 points = queryInt(journalPath(), QStringLiteral("SELECT points FROM run_track"));

    auto taken = journal->takeOut({withTrack}, {pair});
    ASSERT_TRUE(taken) << taken.error().message.toStdString();
    EXPECT_EQ(last().runs.removed, std::vector<RunId>{withTrack});
    EXPECT_EQ(last().shoes.removed, std::vector<ShoeId>{pair});
    EXPECT_EQ(last().runs.changed, std::vector<RunId>{later});
    EXPECT_EQ(last().pains.changed, std::vector<PainId>{painId});
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM run")), 1);
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM shoe")), 0);
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM run_track")), 0);
    EXPECT_FALSE(journal->pain(painId).value().run.has_value());
    EXPECT_FALSE(journal->run(later).value().shoe.has_value());

    ASSERT_TRUE(journal->putBackTaken(*taken));
    EXPECT_EQ(last().runs.added, std::vector<RunId>{withTrack});
    EXPECT_EQ(journal->run(withTrack).value().shoe, pair);
    EXPECT_EQ(journal->run(later).value().shoe, pair);
    EXPECT_EQ(journal->pain(painId).value().run, withTrack);
    EXPECT_EQ(journal->shoe(pair).value().name, QStringLiteral("New pair"));
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT points FROM run_track")), points);
    auto back = journal->track(withTrack);
    ASSERT_TRUE(back && *back);
    EXPECT_EQ((*back)->samples.size(), 3u);
}

TEST_F(JournalChanges, ATakeOutOfARunThatIsGoneChangesNothing) {
    const RunId run = journal->addRun(sampleRun()).value();
    const QByteArray before = fileHash(journalPath());
    const int signals = static_cast<int>(spy->count());
    auto taken = journal->takeOut({run, RunId(run.value() + 40)}, {});
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().kind, StoreErrorKind::NotFound);
    EXPECT_EQ(spy->count(), signals);
    EXPECT_TRUE(journal->run(run));
    EXPECT_EQ(fileHash(journalPath()), before);
}

}  // namespace
}  // namespace stridelog::test

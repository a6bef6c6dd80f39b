// SPDX-License-Identifier: GPL-3.0-or-later
// The runs, pain and shoes tables (and the EntryTableModel under them) follow real edits of a
// journal file through the session: rows are inserted, changed, moved and removed in place,
// never reset for one edit, and QAbstractItemModelTester checks every signal they send.
#include "app/gui/models/date_range_filter.h"
#include "app/gui/models/pain_table_model.h"
#include "app/gui/models/runs_table_model.h"
#include "app/gui/models/shoes_table_model.h"
#include "app/gui/session/journal_edits.h"
#include "app/gui/session/journal_session.h"

#include "core/model/clock.h"
#include "core/store/journal.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>

namespace stridelog::gui {
namespace {

Instant at(int month, int day, int hour = 7) {
    return Instant::fromLocal(QDate(2026, month, day), QTime(hour, 0));
}

// A model with its tester and spies on the signals that matter here.
struct Watched {
    explicit Watched(QAbstractItemModel* watched)
        : model(watched),
          tester(watched, QAbstractItemModelTester::FailureReportingMode::Fatal),
          resets(watched, &QAbstractItemModel::modelAboutToBeReset),
          inserted(watched, &QAbstractItemModel::rowsInserted),
          removed(watched, &QAbstractItemModel::rowsRemoved),
          moved(watched, &QAbstractItemModel::rowsMoved),
          changed(watched, &QAbstractItemModel::dataChanged),
          headers(watched, &QAbstractItemModel::headerDataChanged) {}
    void clear() {
        for (QSignalSpy* spy : {&resets, &inserted, &removed, &moved, &changed, &headers})
            spy->clear();
    }
    QAbstractItemModel* model;
    QAbstractItemModelTester tester;
    QSignalSpy resets, inserted, removed, moved, changed, headers;
};

class TableModelsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder_.isValid());
        OpenOptions options;
        options.clock = &clock_;
        auto journal = Journal::open(folder_.filePath(QStringLiteral("journal.sqlite")), options);
        ASSERT_TRUE(journal) << journal.error().message.toStdString();
        Shoe shoe;
        shoe.name = QStringLiteral("Pegasus 40");
        shoe.since = QDate(2026, 1, 1);
        shoe_ = journal.value()->addShoe(shoe).value();
        for (int day = 1; day <= 20; ++day) {
            stridelog::Run run = sampleRun(at(10, day), 5000 + day * 100);
            ASSERT_TRUE(journal.value()->addRun(run));
        }
        PainEntry pain;
        pain.start = at(10, 5, 9);
        pain.end = at(10, 5, 12);
        pain.intensity = 3;
        ASSERT_TRUE(journal.value()->addPain(pain));
        session_ = std::make_unique<JournalSession>(std::move(journal).value(), clock_);
        runs_ = std::make_unique<RunsTableModel>(*session_);
        pain_ = std::make_unique<PainTableModel>(*session_);
        shoes_ = std::make_unique<ShoesTableModel>(*session_);
        for (EntryTableModel* model :
             std::initializer_list<EntryTableModel*>{runs_.get(), pain_.get(), shoes_.get()}) {
            auto* proxy = new DateRangeFilter(model);
            proxy->setSourceModel(model);
            proxy->sort(0, Qt::DescendingOrder);
            watched_.push_back(std::make_unique<Watched>(model));
            watched_.push_back(std::make_unique<Watched>(proxy));
        }
    }

    stridelog::Run sampleRun(Instant start, int metres) const {
        stridelog::Run run;
        run.start = start;
        run.distance = Distance::fromMetres(metres);
        run.duration = Duration::fromSeconds(metres * 6 / 10);
        run.shoe = shoe_;
        return run;
    }

    Watched& runsTable() { return *watched_[0]; }
    Watched& painTable() { return *watched_[2]; }
    Watched& shoesTable() { return *watched_[4]; }
    void clearSpies() {
        for (auto& watched : watched_) watched->clear();
    }
    int resets() {
        int count = 0;
        for (auto& watched : watched_) count += static_cast<int>(watched->resets.count());
        return count;
    }
    // The source rows must follow the journal's order (oldest first) with the ids it holds.
    void expectRunsInJournalOrder() {
        const auto stored = session_->journal().runs().value();
        ASSERT_EQ(runs_->rowCount(), static_cast<int>(stored.size()));
        for (int row = 0; row < runs_->rowCount(); ++row) {
            EXPECT_EQ(runs_->idAt(row), stored[static_cast<std::size_t>(row)].id.value()) << row;
        }
    }
    QString runCell(RunId id, int column) {
        return runs_->index(runs_->rowOfId(id.value()), column).data().toString();
    }

    QTemporaryDir folder_;
    FixedClock clock_{at(11, 21, 12)};
    ShoeId shoe_;
    std::unique_ptr<JournalSession> session_;
    std::unique_ptr<RunsTableModel> runs_;
    std::unique_ptr<PainTableModel> pain_;
    std::unique_ptr<ShoesTableModel> shoes_;
    std::vector<std::unique_ptr<Watched>> watched_;
};

TEST_F(TableModelsTest, LoggingARunInsertsOneRowAndResetsNothing) {
    const QPersistentModelIndex tenth = runs_->index(10, 0);
    const std::int64_t tenthId = runs_->idAt(10);
    const auto id = edits::logRun(*session_, sampleRun(at(10, 10, 18), 7000));
    ASSERT_TRUE(id);
    EXPECT_EQ(resets(), 0);
    ASSERT_EQ(runsTable().inserted.count(), 1);
    // After the run of the same morning: one row, at the place the journal gives it.
    EXPECT_EQ(runsTable().inserted.first().at(1).toInt(), 10);
    EXPECT_EQ(runsTable().inserted.first().at(2).toInt(), 10);
    expectRunsInJournalOrder();
    EXPECT_EQ(runs_->rowCount(), 21);
    EXPECT_EQ(runs_->idAt(tenth.row()), tenthId);
    EXPECT_EQ(session_->lastChange().runs.added, std::vector<RunId>{*id});
    // The pair's row follows: its distance and run count changed in place.
    EXPECT_EQ(shoesTable().inserted.count(), 0);
    EXPECT_GE(shoesTable().changed.count(), 1);
    EXPECT_EQ(shoes_->index(0, ShoesTableModel::Runs).data().toString(), QStringLiteral("21"));
}

TEST_F(TableModelsTest, ChangingARunChangesItsRowInPlace) {
    const RunId id(runs_->idAt(12));
    const QPersistentModelIndex row = runs_->index(12, RunsTableModel::Notes);
    stridelog::Run run = session_->journal().run(id).value();
    run.notes = QStringLiteral("windy on the dyke");
    clearSpies();
    ASSERT_TRUE(edits::changeRun(*session_, run));
    EXPECT_EQ(resets(), 0);
    EXPECT_EQ(runsTable().inserted.count() + runsTable().removed.count(), 0);
    EXPECT_EQ(runsTable().moved.count(), 0);
    ASSERT_GE(runsTable().changed.count(), 1);
    EXPECT_EQ(row.row(), 12);
    EXPECT_EQ(row.data().toString(), QStringLiteral("windy on the dyke"));
    EXPECT_EQ(session_->lastChange().runs.changed, std::vector<RunId>{id});
}

TEST_F(TableModelsTest, ARunGivenAnotherDateMovesWithItsRow) {
    const RunId id(runs_->idAt(3));
    const QPersistentModelIndex row = runs_->index(3, 0);
    stridelog::Run run = session_->journal().run(id).value();
    run.start = at(10, 15, 18);  // from 4 October to after the run of 15 October
    clearSpies();
    ASSERT_TRUE(edits::changeRun(*session_, run));
    EXPECT_EQ(resets(), 0);
    EXPECT_EQ(runsTable().moved.count(), 1);
    EXPECT_EQ(runsTable().inserted.count() + runsTable().removed.count(), 0);
    expectRunsInJournalOrder();
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(row.row(), 14);
    EXPECT_EQ(runs_->idAt(row.row()), id.value());
}

TEST_F(TableModelsTest, DeletingARunRemovesItsRowAndUndoInsertsItAgain) {
    const RunId id(runs_->idAt(7));
    const QPersistentModelIndex after = runs_->index(8, 0);
    const std::int64_t afterId = runs_->idAt(8);
    clearSpies();
    ASSERT_TRUE(edits::deleteRun(*session_, id));
    EXPECT_EQ(resets(), 0);
    ASSERT_EQ(runsTable().removed.count(), 1);
    EXPECT_EQ(runsTable().removed.first().at(1).toInt(), 7);
    EXPECT_EQ(runs_->rowOfId(id.value()), -1);
    EXPECT_EQ(runs_->idAt(after.row()), afterId);
    EXPECT_EQ(session_->lastChange().runs.removed, std::vector<RunId>{id});

    session_->undoStack().undo();
    EXPECT_EQ(resets(), 0);
    EXPECT_EQ(runsTable().inserted.count(), 1);
    EXPECT_EQ(runs_->rowOfId(id.value()), 7);
    expectRunsInJournalOrder();
    session_->undoStack().redo();
    EXPECT_EQ(resets(), 0);
    EXPECT_EQ(runs_->rowOfId(id.value()), -1);
    expectRunsInJournalOrder();
}

TEST_F(TableModelsTest, PainEntriesAreInsertedChangedAndRemovedInPlace) {
    PainEntry pain;
    pain.start = at(10, 18, 20);
    pain.end = at(10, 18, 22);
    pain.intensity = 5;
    pain.run = RunId(runs_->idAt(17));
    clearSpies();
    const auto id = edits::logPain(*session_, pain);
    ASSERT_TRUE(id);
    EXPECT_EQ(painTable().inserted.count(), 1);
    EXPECT_EQ(pain_->rowCount(), 2);
    pain.id = *id;
    pain.intensity = 7;
    ASSERT_TRUE(edits::changePain(*session_, pain));
    const int row = pain_->rowOfId(id->value());
    EXPECT_EQ(pain_->index(row, PainTableModel::Intensity).data().toString(), QStringLiteral("7"));
    ASSERT_TRUE(edits::deletePain(*session_, *id));
    EXPECT_EQ(painTable().removed.count(), 1);
    EXPECT_EQ(pain_->rowCount(), 1);
    EXPECT_EQ(resets(), 0);
}

TEST_F(TableModelsTest, RenamingAndDeletingAPairUpdatesTheRunsRows) {
    Shoe shoe = session_->journal().shoe(shoe_).value();
    shoe.name = QStringLiteral("Old faithful");
    clearSpies();
    ASSERT_TRUE(edits::changeShoe(*session_, shoe));
    EXPECT_EQ(runCell(RunId(runs_->idAt(0)), RunsTableModel::Shoe), QStringLiteral("Old faithful"));
    EXPECT_GE(runsTable().changed.count(), 1);
    ASSERT_TRUE(edits::deleteShoe(*session_, shoe_));
    EXPECT_EQ(shoesTable().removed.count(), 1);
    EXPECT_EQ(shoes_->rowCount(), 0);
    EXPECT_NE(runCell(RunId(runs_->idAt(0)), RunsTableModel::Shoe), QStringLiteral("Old faithful"));
    session_->undoStack().undo();
    EXPECT_EQ(shoes_->rowCount(), 1);
    EXPECT_EQ(runCell(RunId(runs_->idAt(0)), RunsTableModel::Shoe), QStringLiteral("Old faithful"));
    EXPECT_EQ(resets(), 0);
}

TEST_F(TableModelsTest, SwitchingToMilesChangesHeadersAndCellsWithoutAReset) {
    Settings settings = session_->evaluation().journal.settings;
    settings.units = UnitSystem::Miles;
    clearSpies();
    ASSERT_TRUE(edits::saveSettings(*session_, settings));
    EXPECT_EQ(resets(), 0);
    EXPECT_GE(runsTable().headers.count(), 1);
    EXPECT_TRUE(session_->lastChange().settings);
    EXPECT_TRUE(runs_->headerData(RunsTableModel::Distance, Qt::Horizontal, Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("mi")));
}

TEST_F(TableModelsTest, ReplacingEverythingResetsTheTables) {
    JournalSnapshot empty;
    clearSpies();
    ASSERT_TRUE(session_->journal().replaceAll(empty));
    EXPECT_TRUE(session_->lastChange().everything);
    EXPECT_EQ(runsTable().resets.count(), 1);
    EXPECT_EQ(runs_->rowCount(), 0);
    EXPECT_EQ(shoes_->rowCount(), 0);
    EXPECT_EQ(pain_->rowCount(), 0);
}

TEST_F(TableModelsTest, ManyRowsAtOnceResetInsteadOfStepByStep) {
    ImportBatch batch;
    const int count = static_cast<int>(EntryTableModel::kMostRowSteps) + 1;
    for (int hour = 0; hour < count; ++hour) {
        ImportBatch::Entry entry;
        entry.run = sampleRun(at(9, 1, 0).plusSeconds(hour * 3600), 4000);
        batch.runs.push_back(entry);
    }
    clearSpies();
    ASSERT_TRUE(session_->journal().importBatch(batch));
    EXPECT_FALSE(session_->lastChange().everything);
    EXPECT_EQ(session_->lastChange().runs.added.size(), static_cast<std::size_t>(count));
    EXPECT_EQ(runsTable().resets.count(), 1);
    EXPECT_EQ(runs_->rowCount(), 20 + count);
    expectRunsInJournalOrder();
}

// The rows of a list given by the test, to put EntryTableModel::update through any sequence of
// removals, insertions, moves and changes.
class ListModel : public EntryTableModel {
public:
    explicit ListModel(JournalSession& session) : EntryTableModel(session) { rebuild(); }
    std::vector<Row> shown;

protected:
    QStringList headers() const override { return {QStringLiteral("Entry")}; }
    std::vector<Row> buildRows(const Evaluation&) const override { return shown; }
};

TEST_F(TableModelsTest, AnySequenceOfSmallChangesKeepsRowsAndPersistentIndexesRight) {
    ListModel model(*session_);
    Watched watched(&model);
    std::mt19937 random(20261130);
    const auto pick = [&](std::size_t size) {
        return std::uniform_int_distribution<std::size_t>(0, size - 1)(random);
    };
    std::vector<EntryTableModel::Row> rows;
    std::int64_t nextId = 1;
    for (; nextId <= 30; ++nextId) rows.push_back({nextId, {}, {QString::number(nextId)}, {}});
    model.shown = rows;
    session_->refresh(JournalChange{});
    for (int round = 0; round < 400; ++round) {
        const int steps = 1 + static_cast<int>(pick(4));
        for (int step = 0; step < steps; ++step) {
            switch (pick(4)) {
                case 0:  // a new entry anywhere
                    rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(pick(rows.size() + 1)),
                                {nextId, {}, {QString::number(nextId)}, {}});
                    ++nextId;
                    break;
                case 1:  // an entry removed
                    if (rows.size() > 1)
                        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(pick(rows.size())));
                    break;
                case 2: {  // an entry moved (a run given another date)
                    const std::size_t from = pick(rows.size());
                    EntryTableModel::Row row = rows[from];
                    rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(from));
                    rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(pick(rows.size() + 1)),
                                row);
                    break;
                }
                default:  // an entry changed
                    rows[pick(rows.size())].cells[0].text += QLatin1Char('*');
            }
        }
        // A persistent index on an entry that stays must follow it.
        const std::int64_t followedId =
            model.idAt(static_cast<int>(pick(static_cast<std::size_t>(model.rowCount()))));
        const QPersistentModelIndex followed = model.index(model.rowOfId(followedId), 0);
        model.shown = rows;
        session_->refresh(JournalChange{});
        ASSERT_EQ(watched.resets.count(), 0) << round;
        ASSERT_EQ(model.rowCount(), static_cast<int>(rows.size())) << round;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto& expected = rows[static_cast<std::size_t>(row)];
            ASSERT_EQ(model.idAt(row), expected.id) << round;
            ASSERT_EQ(model.index(row, 0).data().toString(), expected.cells[0].text) << round;
        }
        const bool stays = std::any_of(rows.begin(), rows.end(),
                                       [&](const auto& row) { return row.id == followedId; });
        if (stays) {
            ASSERT_EQ(model.idAt(followed.row()), followedId) << round;
        } else {
            ASSERT_FALSE(followed.isValid()) << round;
        }
    }
}

}  // namespace
}  // namespace stridelog::gui

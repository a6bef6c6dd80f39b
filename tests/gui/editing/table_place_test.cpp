// SPDX-License-Identifier: GPL-3.0-or-later
// A runner working in a long runs table keeps their place: after editing a run in the middle
// of it (Edit…, typing, Save) the same row is selected and the view has not scrolled, and after
// logging a new run the row they had selected stays selected. The rows are updated in place:
// the model is never reset for one edit.

#include "editing_fixture.h"

#include "app/gui/models/entry_table_model.h"
#include "app/gui/models/runs_table_model.h"
#include "app/gui/pages/entry_table_page.h"
#include "app/gui/session/journal_edits.h"

#include <QAbstractProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

class TablePlaceTest : public EditingTest {
protected:
    void SetUp() override {
        EditingTest::SetUp();
        for (int day = 0; day < 150; ++day) {
            addRun(Instant::fromLocal(QDate(2026, 3, 1).addDays(day), QTime(7, 0)), 5000, 1800);
        }
        session().refresh();
        showWindow();
        window_->showPage(Page::Runs);
        page_ = qobject_cast<EntryTablePage*>(window_->page(Page::Runs));
        ASSERT_NE(page_, nullptr);
        table_ = page_->table();
    }

    // Scrolls as a reader would, to a row in the middle, and clicks it.
    std::int64_t clickRowInTheMiddle() {
        table_->verticalScrollBar()->setValue(table_->verticalScrollBar()->maximum() / 2);
        const int row = table_->rowAt(table_->viewport()->height() / 2);
        const QModelIndex index = table_->model()->index(row, RunsTableModel::Distance);
        QTest::mouseClick(table_->viewport(), Qt::LeftButton, {},
                          table_->visualRect(index).center());
        return index.data(EntryTableModel::IdRole).toLongLong();
    }

    EntryTablePage* page_ = nullptr;
    QTableView* table_ = nullptr;
};

TEST_F(TablePlaceTest, EditingARunInTheMiddleKeepsItSelectedAndTheViewWhereItWas) {
    const std::int64_t chosen = clickRowInTheMiddle();
    ASSERT_NE(chosen, 0);
    ASSERT_EQ(page_->selectedId(), chosen);
    const int scroll = table_->verticalScrollBar()->value();
    ASSERT_GT(scroll, 0);
    const int shownRow = table_->rowAt(table_->viewport()->height() / 2);
    QSignalSpy resets(qobject_cast<QAbstractProxyModel*>(table_->model())->sourceModel(),
                      &QAbstractItemModel::modelAboutToBeReset);

    whenModal("stridelog::gui::LogRunDialog", [](QWidget* dialog) {
        auto* distance = child<QLineEdit>(dialog, "runDistance");
        distance->setFocus();
        QTest::keyClick(distance, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(distance, QStringLiteral("9.5"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page_, "editRunButton"), Qt::LeftButton);

    EXPECT_EQ(journal().run(RunId(chosen)).value().distance, Distance::fromMetres(9500));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(page_->selectedId(), chosen);
    EXPECT_EQ(table_->verticalScrollBar()->value(), scroll);
    EXPECT_EQ(table_->rowAt(table_->viewport()->height() / 2), shownRow);
    const QModelIndex current = table_->selectionModel()->currentIndex();
    EXPECT_EQ(current.siblingAtColumn(RunsTableModel::Distance).data().toString(),
              QStringLiteral("9.50"));
}

TEST_F(TablePlaceTest, LoggingARunKeepsTheSelectedRowSelected) {
    const std::int64_t chosen = clickRowInTheMiddle();
    ASSERT_NE(chosen, 0);
    const int rowsBefore = table_->model()->rowCount();
    QSignalSpy resets(qobject_cast<QAbstractProxyModel*>(table_->model())->sourceModel(),
                      &QAbstractItemModel::modelAboutToBeReset);

    whenModal("stridelog::gui::LogRunDialog", [](QWidget* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "runDistance"), QStringLiteral("14"));
        QTest::keyClicks(child<QLineEdit>(dialog, "runDuration"), QStringLiteral("1:15:00"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page_, "logRunButton"), Qt::LeftButton);

    ASSERT_EQ(table_->model()->rowCount(), rowsBefore + 1);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(page_->selectedId(), chosen);
    EXPECT_EQ(table_->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(table_->selectionModel()
                  ->selectedRows()
                  .value(0)
                  .data(EntryTableModel::IdRole)
                  .toLongLong(),
              chosen);
}

TEST_F(TablePlaceTest, TheCountOfEntriesFollowsAddedAndRemovedRows) {
    auto* count = child<QLabel>(page_, "rowCount");
    EXPECT_EQ(count->text(), QStringLiteral("155 entries"));
    const std::int64_t chosen = clickRowInTheMiddle();
    ASSERT_TRUE(edits::deleteRun(session(), RunId(chosen)));
    EXPECT_EQ(count->text(), QStringLiteral("154 entries"));
    session().undoStack().undo();
    EXPECT_EQ(count->text(), QStringLiteral("155 entries"));
}

}  // namespace
}  // namespace stridelog::gui::testing

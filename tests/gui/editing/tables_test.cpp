// SPDX-License-Identifier: GPL-3.0-or-later
// The runs table: numeric sorting, deleting with a confirmation and undo, the date filter,
// and the units setting changing its distance column.

#include "editing_fixture.h"

#include "app/gui/models/runs_table_model.h"
#include "app/gui/pages/entry_table_page.h"

#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using TablesTest = EditingTest;

EntryTablePage* runsPage(MainWindow& window) {
    return qobject_cast<EntryTablePage*>(window.page(Page::Runs));
}

TEST_F(TablesTest, DeletingARowAsksNamingItAndUndoBringsItBack) {
    const RunId longest = RunId(3);  // the 10 km of 14 November
    ASSERT_TRUE(journal().run(longest));
    showWindow();
    window_->showPage(Page::Runs);
    EntryTablePage* page = runsPage(*window_);
    page->focusEntry(longest.value());
    ASSERT_EQ(page->selectedId(), longest.value());

    QString question;
    whenModal("QMessageBox", [&question](QWidget* box) {
        auto* message = qobject_cast<QMessageBox*>(box);
        question = message->text();
        QTest::mouseClick(message->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::keyClick(page->table(), Qt::Key_Delete);

    EXPECT_TRUE(question.contains(QStringLiteral("10.00 km"))) << question.toStdString();
    EXPECT_FALSE(journal().run(longest));
    EXPECT_EQ(page->table()->model()->rowCount(), 4);
    activateWindow();
    QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(journal().run(longest));
    EXPECT_EQ(page->table()->model()->rowCount(), 5);
}

TEST_F(TablesTest, CancellingTheConfirmationDeletesNothing) {
    showWindow();
    EntryTablePage* page = runsPage(*window_);
    page->focusEntry(1);
    whenModal("QMessageBox", [](QWidget* box) {
        QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel),
                          Qt::LeftButton);
    });
    QTest::keyClick(page->table(), Qt::Key_Delete);
    EXPECT_EQ(runCount(), 5u);
}

TEST_F(TablesTest, DistancesSortAsNumbers) {
    addRun(at(2026, 11, 20, 7), 9500, 3000);
    EntryTablePage* page = runsPage(*window_);
    page->table()->sortByColumn(RunsTableModel::Distance, Qt::DescendingOrder);
    const QAbstractItemModel* model = page->table()->model();
    // As text "9.50" would sort above "10.00".
    EXPECT_EQ(model->index(0, RunsTableModel::Distance).data().toString(), QStringLiteral("10.00"));
    EXPECT_EQ(model->index(1, RunsTableModel::Distance).data().toString(), QStringLiteral("9.50"));
}

TEST_F(TablesTest, TheDateFilterKeepsOnlyTheRange) {
    EntryTablePage* page = runsPage(*window_);
    page->setDateRange(QDate(2026, 11, 16), QDate(2026, 11, 22));
    EXPECT_EQ(page->table()->model()->rowCount(), 2);
    page->setDateRange(std::nullopt, std::nullopt);
    EXPECT_EQ(page->table()->model()->rowCount(), 5);
}

TEST_F(TablesTest, SwitchingUnitsToMilesChangesTheDistanceColumn) {
    showWindow();
    const QAbstractItemModel* model = runsPage(*window_)->table()->model();
    EXPECT_EQ(model->headerData(RunsTableModel::Distance, Qt::Horizontal).toString(),
              QStringLiteral("Distance\n(km)"));
    whenModal("stridelog::gui::SettingsDialog", [](QWidget* dialog) {
        auto* units = child<QComboBox>(dialog, "units");
        units->setFocus();
        QTest::keyClick(units, Qt::Key_Down);  // Kilometres → Miles
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    window_->findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();

    EXPECT_EQ(session().evaluation().journal.settings.units, UnitSystem::Miles);
    EXPECT_EQ(model->headerData(RunsTableModel::Distance, Qt::Horizontal).toString(),
              QStringLiteral("Distance\n(mi)"));
    // 10 km is 6.21 miles.
    QStringList distances;
    for (int row = 0; row < model->rowCount(); ++row) {
        distances << model->index(row, RunsTableModel::Distance).data().toString();
    }
    EXPECT_TRUE(distances.contains(QStringLiteral("6.21"))) << distances.join(u' ').toStdString();
}

}  // namespace
}  // namespace stridelog::gui::testing

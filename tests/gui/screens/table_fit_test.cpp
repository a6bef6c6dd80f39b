// SPDX-License-Identifier: GPL-3.0-or-later
// The tables as a runner meets them: columns that fit whatever rows arrive, a last column that
// takes the rest, a date filter whose state can be seen and that really filters, no date
// filter on the Shoes page, the place kept after an edit, and headers without rule ids.

#include "tests/gui/editing/editing_fixture.h"

#include "app/gui/models/entry_table_model.h"
#include "app/gui/models/runs_table_model.h"
#include "app/gui/models/shoes_table_model.h"
#include "app/gui/pages/entry_table_page.h"
#include "app/gui/session/journal_edits.h"

#include <QCheckBox>
#include "app/gui/widgets/date_time_field.h"

#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using TableFit = EditingTest;

EntryTablePage* tablePage(MainWindow& window, Page which) {
    return qobject_cast<EntryTablePage*>(window.page(which));
}

int textWidth(const QTableView& table, const QString& text) {
    return table.fontMetrics().horizontalAdvance(text);
}

TEST_F(TableFit, ColumnsFitRowsThatArriveAfterThePageWasShownEmpty) {
    // A journal opened empty: the runs page is shown before any run exists.
    const std::vector<stridelog::Run> runs = session().evaluation().journal.runs;
    for (const stridelog::Run& run : runs) ASSERT_TRUE(edits::deleteRun(session(), run.id));
    Shoe longName;
    longName.name = QStringLiteral("Pegasus Trail 4 GORE-TEX (the orange pair)");
    const auto pair = edits::addShoe(session(), longName);
    ASSERT_TRUE(pair);
    showWindow();
    window_->showPage(Page::Runs);
    QTableView* table = tablePage(*window_, Page::Runs)->table();
    ASSERT_EQ(table->model()->rowCount(), 0);

    stridelog::Run run;
    run.start = at(2026, 11, 20, 7);
    run.distance = Distance::fromMetres(12'345);
    run.duration = Duration::fromSeconds(4000);
    run.shoe = *pair;
    ASSERT_TRUE(edits::logRun(session(), run));

    ASSERT_EQ(table->model()->rowCount(), 1);
    const QString date = table->model()->index(0, RunsTableModel::Date).data().toString();
    EXPECT_GE(table->columnWidth(RunsTableModel::Date), textWidth(*table, date));
    EXPECT_GE(table->columnWidth(RunsTableModel::Shoe),
              std::min(300, textWidth(*table, longName.name)));
}

// A hidden page fits its columns when it is shown, to the rows that arrived meanwhile.
TEST_F(TableFit, ColumnsFitRowsThatArrivedWhileThePageWasHidden) {
    Shoe longName;
    longName.name = QStringLiteral("Pegasus Trail 4 GORE-TEX (the green pair)");
    const auto pair = edits::addShoe(session(), longName);
    ASSERT_TRUE(pair);
    showWindow();
    window_->showPage(Page::Dashboard);
    QTableView* table = tablePage(*window_, Page::Runs)->table();
    ASSERT_FALSE(table->isVisible());
    stridelog::Run run;
    run.start = at(2026, 11, 20, 7);
    run.distance = Distance::fromMetres(12'345);
    run.duration = Duration::fromSeconds(4000);
    run.shoe = *pair;
    ASSERT_TRUE(edits::logRun(session(), run));

    window_->showPage(Page::Runs);
    EXPECT_GE(table->columnWidth(RunsTableModel::Shoe),
              std::min(300, textWidth(*table, longName.name)));
}

TEST_F(TableFit, TheLastColumnIsNotesAndTakesTheRest) {
    showWindow();
    window_->showPage(Page::Shoes);
    QTableView* table = tablePage(*window_, Page::Shoes)->table();
    const int last = table->model()->columnCount() - 1;
    EXPECT_EQ(table->model()->headerData(last, Qt::Horizontal).toString(), QStringLiteral("Notes"));
    EXPECT_TRUE(table->horizontalHeader()->stretchLastSection());
    int used = 0;
    for (int column = 0; column <= last; ++column) used += table->columnWidth(column);
    EXPECT_GE(used, table->viewport()->width() - 2);
}

TEST_F(TableFit, TheDateFilterIsOffVisiblyAndFiltersWhenOn) {
    addRun(at(2012, 5, 6, 9), 5000, 1800);  // years before the filter's dates
    showWindow();
    window_->showPage(Page::Runs);
    EntryTablePage* page = tablePage(*window_, Page::Runs);
    auto* only = child<QCheckBox>(page, "dateFilterCheck");
    auto* from = child<DateTimeField>(page, "fromDate");
    auto* to = child<DateTimeField>(page, "toDate");
    ASSERT_TRUE(only && from && to);
    // Off: every run shows, and the dates that do not apply are greyed.
    EXPECT_FALSE(only->isChecked());
    EXPECT_FALSE(from->isEnabled());
    EXPECT_FALSE(to->isEnabled());
    EXPECT_EQ(page->table()->model()->rowCount(), 6);

    QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(6, only->height() / 2));
    EXPECT_TRUE(only->isChecked());
    EXPECT_TRUE(from->isEnabled());
    EXPECT_TRUE(page->dateFilterOn());
    // From 2026-08-21 (three months back) to today: the run of 2012 is not shown.
    EXPECT_EQ(page->table()->model()->rowCount(), 5);
    for (int row = 0; row < page->table()->model()->rowCount(); ++row) {
        EXPECT_FALSE(page->table()->model()->index(row, 0).data().toString().contains(
            QStringLiteral("2012")));
    }
    EXPECT_EQ(child<QLabel>(page, "rowCount")->text(), QStringLiteral("Showing 5 of 6"));

    QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(6, only->height() / 2));
    EXPECT_EQ(page->table()->model()->rowCount(), 6);
    EXPECT_FALSE(from->isEnabled());
}

TEST_F(TableFit, TheShoesPageHasNoDateFilter) {
    showWindow();
    window_->showPage(Page::Shoes);
    EntryTablePage* page = tablePage(*window_, Page::Shoes);
    EXPECT_EQ(page->findChild<DateTimeField*>(), nullptr);
    EXPECT_EQ(page->findChild<QCheckBox*>(QStringLiteral("dateFilterCheck")), nullptr);
}

TEST_F(TableFit, AnEditKeepsTheSelectionAndTheScrollPosition) {
    for (int day = 0; day < 150; ++day) {
        addRun(Instant::fromLocal(QDate(2026, 1, 1).addDays(day), QTime(7, 0)), 5000, 1800);
    }
    session().refresh();
    showWindow();
    window_->showPage(Page::Runs);
    EntryTablePage* page = tablePage(*window_, Page::Runs);
    QTableView* table = page->table();
    const std::int64_t chosen =
        table->model()->index(80, 0).data(EntryTableModel::IdRole).toLongLong();
    page->focusEntry(chosen);
    const int scroll = table->verticalScrollBar()->value();
    ASSERT_GT(scroll, 0);
    ASSERT_EQ(page->selectedId(), chosen);

    // An edit of another run (every edit rebuilds the rows).
    auto stored = journal().run(RunId(1));
    ASSERT_TRUE(stored);
    stridelog::Run other = *stored;
    other.notes = QStringLiteral("felt easy");
    ASSERT_TRUE(edits::changeRun(session(), other));

    EXPECT_EQ(page->selectedId(), chosen);
    EXPECT_EQ(table->verticalScrollBar()->value(), scroll);
}

TEST_F(TableFit, HeadersSpeakToRunnersWithoutRuleIds) {
    const QRegularExpression ruleId(QStringLiteral("\\bR\\d+\\b"));
    for (Page which : {Page::Runs, Page::Pain, Page::Shoes}) {
        const QAbstractItemModel* model = tablePage(*window_, which)->table()->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            EXPECT_FALSE(ruleId.match(header).hasMatch()) << header.toStdString();
        }
    }
}

}  // namespace
}  // namespace stridelog::gui::testing

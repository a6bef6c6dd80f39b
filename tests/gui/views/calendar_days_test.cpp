// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar marks today and opens a day's runs on a double-click: the run's own page for a
// day with one run, the Runs page showing only that day for a day with several. "Now" is
// Saturday 2026-11-21 12:00.

#include "views_fixture.h"

#include "app/gui/pages/calendar_page.h"
#include "app/gui/pages/entry_table_page.h"
#include "app/gui/pages/month_grid.h"
#include "app/gui/pages/run_page.h"

#include <QTableView>

namespace stridelog::gui::testing {
namespace {

class CalendarDaysTest : public ViewsTest {
protected:
    RunId addRunOn(QDate day, QTime time) {
        stridelog::Run run;
        run.start = Instant::fromLocal(day, time);
        run.distance = Distance::fromMetres(6000);
        run.duration = Duration::fromSeconds(2100);
        return journal().addRun(run).value();
    }

    MonthGrid* calendar() {
        show();
        window_->showPage(Page::Calendar);
        auto* page = qobject_cast<CalendarPage*>(window_->page(Page::Calendar));
        EXPECT_NE(page, nullptr);
        return page ? page->grid() : nullptr;
    }
};

TEST_F(CalendarDaysTest, TodayIsMarked) {
    MonthGrid* grid = calendar();
    ASSERT_NE(grid, nullptr);
    EXPECT_EQ(grid->today(), QDate(2026, 11, 21));
    // The mark is drawn: today's cell differs from the same empty cell on another day.
    const QImage shown = grid->grab().toImage();
    const QRect today = grid->cellOf(QDate(2026, 11, 21));
    const QRect other = grid->cellOf(QDate(2026, 11, 20));
    ASSERT_FALSE(today.isEmpty());
    const QColor highlight = grid->palette().color(QPalette::Highlight);
    const auto highlighted = [&](const QRect& cell) {
        int count = 0;
        for (int x = cell.left(); x <= cell.right(); ++x) {
            if (shown.pixelColor(x, cell.top() + 2) == highlight) ++count;
        }
        return count;
    };
    EXPECT_GT(highlighted(today), today.width() / 2);
    EXPECT_EQ(highlighted(other), 0);
}

TEST_F(CalendarDaysTest, ADoubleClickOnADayWithOneRunOpensThatRun) {
    const RunId run = addRunOn(QDate(2026, 11, 17), QTime(7, 0));
    session().refresh();
    MonthGrid* grid = calendar();
    ASSERT_NE(grid, nullptr);
    QTest::mouseDClick(grid, Qt::LeftButton, {}, grid->cellOf(QDate(2026, 11, 17)).center());
    auto* runPage = window_->findChild<RunPage*>();
    ASSERT_NE(runPage, nullptr);
    EXPECT_TRUE(runPage->isVisible());
    EXPECT_EQ(runPage->runId(), run);
}

TEST_F(CalendarDaysTest, ADoubleClickOnADayWithSeveralRunsShowsThatDayInTheRunsTable) {
    addRunOn(QDate(2026, 11, 18), QTime(7, 0));
    addRunOn(QDate(2026, 11, 18), QTime(18, 0));
    addRunOn(QDate(2026, 11, 19), QTime(7, 0));
    session().refresh();
    MonthGrid* grid = calendar();
    ASSERT_NE(grid, nullptr);
    QTest::mouseDClick(grid, Qt::LeftButton, {}, grid->cellOf(QDate(2026, 11, 18)).center());
    auto* runs = qobject_cast<EntryTablePage*>(window_->page(Page::Runs));
    ASSERT_NE(runs, nullptr);
    EXPECT_TRUE(runs->isVisible());
    EXPECT_EQ(runs->table()->model()->rowCount(), 2);
}

// An imported history that ended months ago opens where its runs are, not on an empty grid.
TEST_F(CalendarDaysTest, OpensOnTheLastMonthWithRunsWhenThisMonthHasNone) {
    addRunOn(QDate(2025, 8, 3), QTime(7, 0));
    addRunOn(QDate(2025, 8, 24), QTime(7, 0));
    addRunOn(QDate(2025, 7, 12), QTime(7, 0));
    session().refresh();
    ASSERT_NE(calendar(), nullptr);
    auto* page = qobject_cast<CalendarPage*>(window_->page(Page::Calendar));
    EXPECT_EQ(page->month(), QDate(2025, 8, 1));
}

TEST_F(CalendarDaysTest, OpensOnThisMonthWhenItHasRuns) {
    addRunOn(QDate(2025, 8, 3), QTime(7, 0));
    addRunOn(QDate(2026, 11, 2), QTime(7, 0));
    session().refresh();
    ASSERT_NE(calendar(), nullptr);
    auto* page = qobject_cast<CalendarPage*>(window_->page(Page::Calendar));
    EXPECT_EQ(page->month(), QDate(2026, 11, 1));
}

}  // namespace
}  // namespace stridelog::gui::testing

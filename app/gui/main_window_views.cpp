// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: a run or a pair on a page of its own. Both pages live in the stack after the
// navigation's pages, built on first use. The navigation keeps the page they were opened
// from (Runs, Shoes) as its current row, so a click on it goes back.

#include "main_window.h"

#include "pages/entry_table_page.h"
#include "pages/run_page.h"
#include "pages/shoe_page.h"

#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>

namespace stridelog::gui {

namespace {

// Shows `page` in `pages` with `from` as the navigation's row, without the row change
// switching pages; a click on that row (current already) then goes back to it.
void showDetail(MainWindow* window, QListWidget* navigation, QStackedWidget* pages, QWidget* page,
                Page from) {
    if (!page->property("backConnected").toBool()) {
        page->setProperty("backConnected", true);
        QObject::connect(navigation, &QListWidget::itemClicked, page,
                         [window, navigation, pages](QListWidgetItem* item) {
                             const int row = navigation->row(item);
                             window->page(static_cast<Page>(row));  // built on first use
                             pages->setCurrentIndex(row);
                         });
    }
    const QSignalBlocker quiet(navigation);
    navigation->setCurrentRow(static_cast<int>(from));
    pages->setCurrentWidget(page);
}

}  // namespace

RunPage* MainWindow::showRun(std::int64_t id) {
    if (!runPage_) {
        runPage_ = new RunPage(*session_, pages_);
        pages_->addWidget(runPage_);
    }
    runPage_->showRun(RunId(id));
    showDetail(this, navigation_, pages_, runPage_, Page::Runs);
    return runPage_;
}

void MainWindow::showDay(QDate day) {
    std::vector<std::int64_t> runs;
    for (const Run& run : session_->evaluation().journal.runs) {
        if (run.start.localDate() == day) runs.push_back(run.id.value());
    }
    if (runs.empty()) return;
    if (runs.size() == 1) {
        showRun(runs.front());
        return;
    }
    showPage(Page::Runs);
    if (auto* table = qobject_cast<EntryTablePage*>(page(Page::Runs)))
        table->setDateRange(day, day);
}

ShoePage* MainWindow::showShoe(std::int64_t id) {
    if (!shoePage_) {
        shoePage_ = new ShoePage(*session_, pages_);
        pages_->addWidget(shoePage_);
    }
    shoePage_->showShoe(ShoeId(id));
    showDetail(this, navigation_, pages_, shoePage_, Page::Shoes);
    return shoePage_;
}

}  // namespace stridelog::gui

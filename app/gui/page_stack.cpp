// SPDX-License-Identifier: GPL-3.0-or-later
#include "page_stack.h"

#include "pages/calendar_page.h"
#include "pages/dashboard_page.h"
#include "pages/entry_table_page.h"
#include "pages/knee_page.h"
#include "pages/pain_page.h"
#include "pages/run_page.h"
#include "pages/runs_page.h"
#include "pages/shoe_page.h"
#include "pages/shoes_page.h"
#include "pages/way_back_page.h"

#include "core/rules/warning.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>

namespace stridelog::gui {

PageStack::PageStack(JournalSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    navigation_ = new QListWidget(this);
    navigation_->setObjectName(QStringLiteral("navigation"));
    navigation_->setAccessibleName(tr("Pages"));
    navigation_->addItems({tr("Dashboard"), tr("Runs"), tr("Knee pain"), tr("Shoes"), tr("Knee"),
                           tr("Calendar"), tr("Way back")});
    navigation_->setFixedWidth(navigation_->sizeHintForColumn(0) + 32);
    pages_ = new QStackedWidget(this);
    auto* dashboard = new DashboardPage(session_, pages_);
    connect(dashboard, &DashboardPage::subjectActivated, this, &PageStack::showSubject);
    pages_->addWidget(dashboard);
    for (int slot = 1; slot < kPageCount; ++slot) pages_->addWidget(new QWidget(pages_));
    layout->addWidget(navigation_);
    layout->addWidget(pages_, 1);
    connect(navigation_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        pages_->setCurrentWidget(page(static_cast<Page>(row)));
    });
    // While a detail page is shown its row is current, so only a click says "go back".
    connect(navigation_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const int row = navigation_->row(item);
        if (row >= 0 && pages_->currentIndex() >= kPageCount)
            pages_->setCurrentWidget(page(static_cast<Page>(row)));
    });
    connect(pages_, &QStackedWidget::currentChanged, this,
            [this](int index) { Q_EMIT pageShown(pages_->widget(index)); });
    navigation_->setCurrentRow(0);
}

void PageStack::showPage(Page page) {
    navigation_->setCurrentRow(static_cast<int>(page));
}

int PageStack::currentIndex() const {
    return pages_->currentIndex();
}

JournalPage* PageStack::page(Page page) {
    const int slot = static_cast<int>(page);
    if (auto* built = qobject_cast<JournalPage*>(pages_->widget(slot))) return built;
    JournalPage* created = build(page);
    QWidget* placeholder = pages_->widget(slot);
    pages_->insertWidget(slot, created);
    pages_->removeWidget(placeholder);
    delete placeholder;
    return created;
}

JournalPage* PageStack::build(Page page) {
    switch (page) {
        case Page::Dashboard:
            break;  // always built with the stack
        case Page::Runs: {
            auto* runs = new RunsPage(session_, pages_);
            connect(runs, &RunsPage::runOpened, this, &PageStack::showRun);
            return runs;
        }
        case Page::Pain:
            return new PainPage(session_, pages_);
        case Page::Shoes: {
            auto* shoes = new ShoesPage(session_, pages_);
            connect(shoes, &ShoesPage::shoeOpened, this, &PageStack::showShoe);
            return shoes;
        }
        case Page::Knee:
            return new KneePage(session_, pages_);
        case Page::Calendar: {
            auto* calendar = new CalendarPage(session_, pages_);
            connect(calendar, &CalendarPage::dayActivated, this, &PageStack::showDay);
            return calendar;
        }
        case Page::WayBack:
            return new WayBackPage(session_, pages_);
    }
    return qobject_cast<JournalPage*>(pages_->widget(0));
}

void PageStack::showSubject(const WarningSubject& subject) {
    switch (subject.kind) {
        case WarningSubject::Kind::Week:
        case WarningSubject::Kind::Journal:
            showPage(Page::Dashboard);
            break;
        case WarningSubject::Kind::Run:
            showPage(Page::Runs);
            page(Page::Runs)->focusEntry(subject.id);
            break;
        case WarningSubject::Kind::Shoe:
            showPage(Page::Shoes);
            page(Page::Shoes)->focusEntry(subject.id);
            break;
        case WarningSubject::Kind::Pain:
            showPage(Page::Pain);
            page(Page::Pain)->focusEntry(subject.id);
            break;
    }
}

RunPage* PageStack::showRun(std::int64_t id) {
    if (!runPage_) {
        runPage_ = new RunPage(session_, pages_);
        pages_->addWidget(runPage_);
    }
    runPage_->showRun(RunId(id));
    showDetail(runPage_, Page::Runs);
    return runPage_;
}

ShoePage* PageStack::showShoe(std::int64_t id) {
    if (!shoePage_) {
        shoePage_ = new ShoePage(session_, pages_);
        pages_->addWidget(shoePage_);
    }
    shoePage_->showShoe(ShoeId(id));
    showDetail(shoePage_, Page::Shoes);
    return shoePage_;
}

void PageStack::showDay(QDate day) {
    std::vector<std::int64_t> runs;
    for (const Run& run : session_.evaluation().journal.runs) {
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

// `from` becomes the navigation's row without the row change switching pages.
void PageStack::showDetail(QWidget* page, Page from) {
    const QSignalBlocker quiet(navigation_);
    navigation_->setCurrentRow(static_cast<int>(from));
    pages_->setCurrentWidget(page);
}

}  // namespace stridelog::gui

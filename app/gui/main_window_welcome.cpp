// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome of a new journal (welcome/welcome_page.h) and its ways on.

#include "main_window.h"

#include "welcome/demo_journal.h"
#include "welcome/welcome_page.h"

#include "app/gui/widgets/scrolling_page.h"

#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace stridelog::gui {

QWidget* MainWindow::createWelcome() {
    // In a page that scrolls: the welcome never holds the window above a small screen's height.
    auto* page = new QWidget(this);
    auto* welcome = new WelcomePage(*session_, page);
    auto* layout = new QVBoxLayout(scrollingContent(page));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(welcome);
    connect(welcome, &WelcomePage::logRunRequested, this, &MainWindow::logRun);
    connect(welcome, &WelcomePage::importFilesRequested, this, &MainWindow::importActivityFiles);
    connect(welcome, &WelcomePage::importFolderRequested, this, &MainWindow::importActivityFolder);
    // Queued: opening the demo replaces the pages, the welcome included, whose button is
    // still sending its signal.
    connect(welcome, &WelcomePage::demoRequested, this, &MainWindow::exploreDemoJournal,
            Qt::QueuedConnection);
    connect(welcome, &WelcomePage::dismissed, this, [this] {
        welcomeDismissed_ = true;
        updateWelcome();
    });
    return page;
}

void MainWindow::updateWelcome() {
    const bool hasRun = !session_->evaluation().journal.runs.empty();
    // Once the journal has a run the welcome is gone for good in this window.
    if (hasRun) welcomeDismissed_ = true;
    root_->setCurrentIndex(welcomeDismissed_ ? 1 : 0);
}

bool MainWindow::isWelcomeShown() const {
    return root_->currentIndex() == 0;
}

void MainWindow::showWelcome() {
    root_->setCurrentIndex(0);
}

void MainWindow::exploreDemoJournal() {
    auto demo = openDemoJournal(session_->journalPath(), clock_);
    if (!demo) {
        showFailure(tr("The made-up journal could not be opened: %1").arg(demo.error().message));
        return;
    }
    setSession(std::make_unique<JournalSession>(std::move(demo).value(), clock_));
}

}  // namespace stridelog::gui

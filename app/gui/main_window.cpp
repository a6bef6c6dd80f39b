// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "dialogs/dialog_launchers.h"
#include "import/import_controller.h"
#include "pages/dashboard_page.h"
#include "pages/pain_page.h"
#include "pages/runs_page.h"
#include "pages/shoes_page.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <utility>

namespace stridelog::gui {

MainWindow::MainWindow(std::unique_ptr<JournalSession> session, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), clock_(clock) {
    setWindowTitle(tr("Stridelog"));
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    auto* disclaimer = new QLabel(
        tr("Stridelog is a training journal, not medical advice. For pain that worries you, "
           "see a clinician."),
        this);
    disclaimer->setObjectName(QStringLiteral("disclaimer"));
    statusBar()->addPermanentWidget(disclaimer, 1);
    setSession(std::move(session));
}

MainWindow::~MainWindow() {
    import_.reset();
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Ctrl+N logs a run (the everyday action); a new journal is Ctrl+Shift+N.
    file->addAction(tr("&New journal…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &MainWindow::newJournal)
        ->setObjectName(QStringLiteral("newJournalAction"));
    file->addAction(tr("&Open journal…"), QKeySequence::Open, this, &MainWindow::openJournal)
        ->setObjectName(QStringLiteral("openJournalAction"));
    file->addSeparator();
    file->addAction(tr("&Back up…"), this, &MainWindow::backUpJournal)
        ->setObjectName(QStringLiteral("backUpAction"));
    file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreJournal)
        ->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    createExchangeActions(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    editMenu_ = menuBar()->addMenu(tr("&Edit"));
    createHelpMenu();

    QToolBar* toolbar = addToolBar(tr("Log"));
    toolbar->setObjectName(QStringLiteral("logToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction* logRunAction = toolbar->addAction(tr("Log run"), this, &MainWindow::logRun);
    logRunAction->setObjectName(QStringLiteral("logRunAction"));
    logRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    logRunAction->setToolTip(tr("Log a run and any knee pain after it (Ctrl+N)"));
    QAction* logPainAction = toolbar->addAction(tr("Log knee pain"), this, &MainWindow::logPain);
    logPainAction->setObjectName(QStringLiteral("logPainAction"));
    logPainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    logPainAction->setToolTip(tr("Log knee pain without a run (Ctrl+K)"));
}

void MainWindow::createPages() {
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    navigation_ = new QListWidget(central);
    navigation_->setObjectName(QStringLiteral("navigation"));
    navigation_->setAccessibleName(tr("Pages"));
    navigation_->addItems({tr("Dashboard"), tr("Runs"), tr("Knee pain"), tr("Shoes")});
    navigation_->setFixedWidth(navigation_->sizeHintForColumn(0) + 32);
    pages_ = new QStackedWidget(central);
    auto* dashboard = new DashboardPage(*session_, pages_);
    connect(dashboard, &DashboardPage::subjectActivated, this, &MainWindow::showSubject);
    pages_->addWidget(dashboard);
    // The tables are built the first time they are shown: the app opens on the dashboard, and
    // a long journal's tables would otherwise cost more than the whole dashboard at startup.
    for (int slot = 1; slot < kPageCount; ++slot) pages_->addWidget(new QWidget(pages_));
    layout->addWidget(navigation_);
    layout->addWidget(pages_, 1);
    connect(navigation_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        page(static_cast<Page>(row));
        pages_->setCurrentIndex(row);
    });
    navigation_->setCurrentRow(0);
    root_ = new QStackedWidget(this);
    root_->addWidget(createWelcome());
    root_->addWidget(central);
    setCentralWidget(root_);
    connect(session_.get(), &JournalSession::evaluated, this, &MainWindow::updateWelcome);
    updateWelcome();
}

void MainWindow::setSession(std::unique_ptr<JournalSession> session) {
    // The old pages and undo actions refer to the old session: it lives until they are
    // replaced, at the end of this function.
    import_.reset();  // an import of the old journal is cancelled and waited for
    std::unique_ptr<JournalSession> previous = std::exchange(session_, std::move(session));
    welcomeDismissed_ = false;
    import_ = std::make_unique<ImportController>(*session_, this);
    connect(import_.get(), &ImportController::finished, this, [this] {
        for (QAction* action : importActions_) action->setEnabled(true);
    });
    connect(session_.get(), &JournalSession::failed, this, &MainWindow::showFailure);
    editMenu_->clear();
    delete undoAction_;
    delete redoAction_;
    undoAction_ = session_->undoStack().createUndoAction(this, tr("&Undo"));
    undoAction_->setShortcut(QKeySequence::Undo);
    undoAction_->setObjectName(QStringLiteral("undoAction"));
    redoAction_ = session_->undoStack().createRedoAction(this, tr("&Redo"));
    redoAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redoAction_->setObjectName(QStringLiteral("redoAction"));
    editMenu_->addAction(undoAction_);
    editMenu_->addAction(redoAction_);
    editMenu_->addSeparator();
    editMenu_
        ->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::editSettings)
        ->setObjectName(QStringLiteral("settingsAction"));
    setWindowTitle(tr("%1 — Stridelog").arg(session_->journalPath()));
    createPages();
}

void MainWindow::showPage(Page page) {
    navigation_->setCurrentRow(static_cast<int>(page));
}

JournalPage* MainWindow::page(Page page) {
    const int slot = static_cast<int>(page);
    if (auto* built = qobject_cast<JournalPage*>(pages_->widget(slot))) return built;
    JournalPage* created = nullptr;
    switch (page) {
        case Page::Dashboard:
            return nullptr;  // always built with the window
        case Page::Runs:
            created = new RunsPage(*session_, pages_);
            break;
        case Page::Pain:
            created = new PainPage(*session_, pages_);
            break;
        case Page::Shoes:
            created = new ShoesPage(*session_, pages_);
            break;
    }
    QWidget* placeholder = pages_->widget(slot);
    pages_->insertWidget(slot, created);
    pages_->removeWidget(placeholder);
    delete placeholder;
    return created;
}

void MainWindow::showSubject(const WarningSubject& subject) {
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

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (checkedIn_ || !checkInEnabled_) return;
    checkedIn_ = true;
    // After the window is painted: ask about pain still marked as ongoing.
    QTimer::singleShot(0, this, [this] { checkInOngoingPain(*session_, this); });
}

void MainWindow::showFailure(const QString& message) {
    QMessageBox::warning(this, tr("Stridelog"), message);
}

void MainWindow::logRun() {
    showLogRunDialog(*session_, this);
}
void MainWindow::logPain() {
    showLogPainDialog(*session_, this);
}
void MainWindow::editSettings() {
    showSettingsDialog(*session_, this);
}

}  // namespace stridelog::gui

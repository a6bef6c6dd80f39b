// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "charts/chart_accessibility.h"
#include "dialogs/dialog_launchers.h"
#include "import/import_controller.h"
#include "page_stack.h"
#include "reminders/morning_check_strip.h"
#include "widgets/quiet_label.h"
#include "widgets/readable_placeholder.h"
#include "widgets/status_message.h"
#include "window_state.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace stridelog::gui {

MainWindow::MainWindow(std::unique_ptr<JournalSession> session, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), clock_(clock) {
    installChartAccessibility();
    setWindowTitle(tr("Stridelog"));
    setObjectName(QStringLiteral("mainWindow"));
    keepPlaceholdersReadable();
    createActions();
    auto* disclaimer = new QLabel(
        tr("Stridelog is a training journal, not medical advice. For pain that worries you, "
           "see a clinician."),
        this);
    disclaimer->setObjectName(QStringLiteral("disclaimer"));
    // It wraps rather than set the window's minimum width, and leaves the status bar's left
    // part to the messages that say what was just saved, imported or written.
    disclaimer->setWordWrap(true);
    disclaimer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    quieten(disclaimer);
    statusBar()->addPermanentWidget(disclaimer, 1);
    keepMessagesInView(this, disclaimer);
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
    QMenu* journal = menuBar()->addMenu(tr("&Journal"));
    journal->addAction(tr("&Morning check…"), this, &MainWindow::askMorningCheck)
        ->setObjectName(QStringLiteral("morningCheckAction"));
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
    pages_ = new PageStack(*session_, this);
    root_ = new QStackedWidget(this);
    root_->addWidget(createWelcome());
    root_->addWidget(pages_);
    // The morning question sits above whatever is shown, one line high, never in the way.
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    morningCheck_ = new MorningCheckStrip(*session_, central);
    layout->addWidget(morningCheck_);
    layout->addWidget(root_, 1);
    setCentralWidget(central);
    connect(session_.get(), &JournalSession::evaluated, this, &MainWindow::updateWelcome);
    connect(session_.get(), &JournalSession::evaluated, morningCheck_, &MorningCheckStrip::refresh);
    updateWelcome();
    morningCheck_->refresh();
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
    undoAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undoAction_->setObjectName(QStringLiteral("undoAction"));
    redoAction_ = session_->undoStack().createRedoAction(this, tr("&Redo"));
    // Spelled out: QKeySequence::Redo is Ctrl+Shift+Z on Linux desktops, and listing it next
    // to Ctrl+Shift+Z registered that key twice, so neither worked ("ambiguous shortcut").
    redoAction_->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redoAction_->setObjectName(QStringLiteral("redoAction"));
    undoIndex_ = session_->undoStack().index();
    connect(&session_->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::announceUndoStep);
    editMenu_->addAction(undoAction_);
    editMenu_->addAction(redoAction_);
    editMenu_->addSeparator();
    editMenu_
        ->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::editSettings)
        ->setObjectName(QStringLiteral("settingsAction"));
    // The file's name: its folder is in the tooltip of File ▸ Open's dialog, not the title.
    setWindowTitle(tr("%1 — Stridelog").arg(QFileInfo(session_->journalPath()).fileName()));
    setWindowFilePath(session_->journalPath());
    createPages();
    watchJournalFile();
    Q_EMIT journalOpened(session_->journalPath());
}

void MainWindow::showPage(Page page) {
    pages_->showPage(page);
}

JournalPage* MainWindow::page(Page page) {
    return pages_->page(page);
}

void MainWindow::showSubject(const WarningSubject& subject) {
    pages_->showSubject(subject);
}

RunPage* MainWindow::showRun(std::int64_t id) {
    return pages_->showRun(id);
}

ShoePage* MainWindow::showShoe(std::int64_t id) {
    return pages_->showShoe(id);
}

void MainWindow::showDay(QDate day) {
    pages_->showDay(day);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (checkedIn_ || !checkInEnabled_) return;
    checkedIn_ = true;
    // After the window is painted: ask about pain still marked as ongoing.
    QTimer::singleShot(0, this, [this] { checkInOngoingPain(*session_, this); });
}

void MainWindow::restoreWindow() {
    remembersState_ = true;
    const auto settings = openWindowSettings();
    restoreWindowState(*this, *settings);
    const int page = settings->value(QStringLiteral("window/page"), 0).toInt();
    if (page >= 0 && page < kPageCount) showPage(static_cast<Page>(page));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // What is in a deleted journal's open file goes with the app: one last offer to keep it.
    if (isJournalFileLost()) {
        const auto answer = QMessageBox::warning(
            this, tr("Journal file missing"),
            tr("The journal file %1 is no longer there. If you quit now, everything in it is "
               "lost. Save the journal elsewhere first?")
                .arg(QDir::toNativeSeparators(session_->journalPath())),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Save && !askToSaveElsewhere())) {
            event->ignore();
            return;
        }
    }
    if (remembersState_) {
        const auto settings = openWindowSettings();
        saveWindowState(*this, *settings);
        settings->setValue(QStringLiteral("window/page"), pages_->currentIndex());
    }
    QMainWindow::closeEvent(event);
}

// Each edit, undo and redo says so in the status bar ("Saved: Log run", "Undone: …").
void MainWindow::announceUndoStep(int index) {
    const QUndoStack& stack = session_->undoStack();
    const bool forward = index > undoIndex_;
    undoIndex_ = index;
    const QUndoCommand* command = stack.command(forward ? index - 1 : index);
    if (!command) return;
    statusBar()->showMessage(
        forward ? tr("Saved: %1").arg(command->text()) : tr("Undone: %1").arg(command->text()),
        kStatusMessageMs);
}

void MainWindow::bringToFront() {
    if (isMinimized()) showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::showFailure(const QString& message) {
    QMessageBox::warning(this, tr("Stridelog"), message);
}

void MainWindow::askMorningCheck() {
    morningCheck_->ask();
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

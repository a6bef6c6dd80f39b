// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The app's one window: the pages with their navigation (page_stack.h), a toolbar for logging,
// the File and Edit menus, and a status line that says, always visibly, that Stridelog is a
// journal and not medical advice. It owns the session of the open journal and undo, and builds
// a new page stack when another journal is opened.

#include "page_stack.h"
#include "session/journal_session.h"

#include "core/rules/warning.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QStackedWidget;

namespace stridelog::gui {

class ImportController;
class JournalFileWatch;
class JournalPage;
class MorningCheckStrip;
class RunPage;
class ShoePage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<JournalSession> session, const Clock& clock,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    JournalSession& session() { return *session_; }
    void showPage(Page page);
    // The page, built on first use.
    JournalPage* page(Page page);
    // Goes to what a warning is about: its week, run, pair or pain entry.
    void showSubject(const WarningSubject& subject);
    // One run or pair on a page of its own (page_stack.h): from the runs and shoes tables
    // (double-click, Enter) and screenshot mode.
    RunPage* showRun(std::int64_t id);
    ShoePage* showShoe(std::int64_t id);
    // Journal ▸ Morning check…: the morning question, whatever the day.
    void askMorningCheck();
    // A day's runs (a double-click in the calendar): the run's own page when there is one, the
    // Runs page showing only that day when there are several, nothing on a day without runs.
    void showDay(QDate day);
    // Replaces the open journal (File ▸ New, Open, Restore).
    void setSession(std::unique_ptr<JournalSession> session);
    // Imports started from the File menu or by dropping files on the window.
    ImportController& importController() { return *import_; }
    // Whether showing the window asks about ongoing pain (off in screenshot mode and tests).
    void setCheckInEnabled(bool enabled) { checkInEnabled_ = enabled; }
    // The welcome (welcome/welcome_page.h) is shown while the journal has no run and the
    // runner has not gone on to the dashboard; `showWelcome` shows it regardless (screenshots).
    bool isWelcomeShown() const;
    void showWelcome();
    // Puts the window where the runner left it (size, position, page, splitters) and
    // remembers it again on close; without it (screenshots, tests) nothing is read or kept.
    void restoreWindow();
    // The open journal's file was deleted or replaced (session/journal_file_watch.h): copies
    // the open journal to `target` through the backup mechanism and reopens it there. False,
    // with a message, when nothing was written.
    bool saveJournalElsewhere(const QString& target);
    // Whether the open journal's file is gone from its path (checked now).
    bool isJournalFileLost();

Q_SIGNALS:
    // A journal was opened in the window (at start, or File ▸ New, Open).
    void journalOpened(const QString& path);

public Q_SLOTS:
    // Another `stridelog` on this journal handed over: show the window on top.
    void bringToFront();
    void logRun();
    void logPain();
    void editSettings();
    void newJournal();
    void openJournal();
    void backUpJournal();
    void restoreJournal();
    void importActivityFiles();
    void importActivityFolder();
    void exportJournal();
    void exportRunTracks();
    void writeReport();
    void showHelp();
    void showAbout();
    void exploreDemoJournal();

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    // Activity files dropped on the window are imported (GPX, TCX, FIT, CSV, .gz, folders).
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createExchangeActions(QMenu* file);
    void createPages();
    void createHelpMenu();
    QWidget* createWelcome();
    void updateWelcome();
    void startImport(const QStringList& paths);
    void showFailure(const QString& message);
    void announceUndoStep(int index);
    // main_window_lost_file.cpp: the journal's file deleted or replaced while it is open.
    void watchJournalFile();
    void offerToSaveElsewhere();
    // Asks where to save it and does; false when the runner chose not to, or it failed.
    bool askToSaveElsewhere();

    const Clock& clock_;
    std::unique_ptr<JournalSession> session_;
    // Declared after the session, so it is destroyed (cancelling and waiting) before it.
    std::unique_ptr<ImportController> import_;
    QList<QAction*> importActions_;
    PageStack* pages_ = nullptr;
    QStackedWidget* root_ = nullptr;             // the welcome, or navigation and pages
    MorningCheckStrip* morningCheck_ = nullptr;  // above root_, when offered
    bool welcomeDismissed_ = false;
    QMenu* editMenu_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QPointer<JournalFileWatch> fileWatch_;
    bool checkedIn_ = false;
    bool checkInEnabled_ = true;
    bool remembersState_ = false;
    int undoIndex_ = 0;
};

}  // namespace stridelog::gui

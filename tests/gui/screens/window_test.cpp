// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on every screen: it fits 1024×640 and a 1920×1080 screen at scale 2 on every
// page, its title names the journal's file, it comes back where it was left, every save and
// report says so in the status bar, and file dialogs start in the Documents folder.

#include "tests/gui/editing/editing_fixture.h"

#include "app/gui/pages/journal_page.h"
#include "app/gui/report/report_dialog.h"
#include "app/gui/session/journal_edits.h"
#include "app/gui/widgets/status_message.h"
#include "app/gui/window_state.h"

#include "tests/support/sqlite_locks.h"

#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using stridelog::test::theJournalsLocksAreHeld;

class WindowTest : public EditingTest {
protected:
    void SetUp() override {
        // QSettings and Documents in the test folders, never the user's; the settings in a
        // folder of this test's own, as ctest runs other tests that keep window state at once.
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(settingsFolder_.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder_.path());
        openWindowSettings()->clear();
        EditingTest::SetUp();
    }
    void TearDown() override {
        EditingTest::TearDown();
        openWindowSettings()->clear();
        QStandardPaths::setTestModeEnabled(false);
    }

    QTemporaryDir settingsFolder_;
};

// 1920×1080 at QT_SCALE_FACTOR=2 is 960×540 in the window's own pixels; the window manager's
// title bar and frame take some 30 of them.
constexpr QSize kScaledScreenRoom{940, 505};

TEST_F(WindowTest, EveryPageFitsSmallAndScaledScreens) {
    showWindow();
    for (int page = 0; page < kPageCount; ++page) {
        window_->showPage(static_cast<Page>(page));
        QApplication::processEvents();
        const QSize least = window_->minimumSizeHint().expandedTo(window_->minimumSize());
        EXPECT_LE(least.width(), kScaledScreenRoom.width()) << "page " << page;
        EXPECT_LE(least.height(), kScaledScreenRoom.height()) << "page " << page;
    }
}

TEST_F(WindowTest, AFirstWindowIsNoLargerThanItsScreen) {
    EXPECT_EQ(fittingSize(QSize(1280, 800), QRect(0, 0, 1024, 640)).width(), 1000);
    EXPECT_LE(fittingSize(QSize(1280, 800), QRect(0, 0, 1024, 640)).height(), 600);
    EXPECT_EQ(fittingSize(QSize(1280, 800), QRect(0, 0, 1920, 1050)), QSize(1280, 800));
}

TEST_F(WindowTest, TheTitleNamesTheJournalsFileNotItsPath) {
    EXPECT_EQ(window_->windowTitle(), QStringLiteral("journal.sqlite — Stridelog"));
    EXPECT_FALSE(window_->windowTitle().contains(folder_.path()));
}

TEST_F(WindowTest, SizePositionPageAndSplitterAreRemembered) {
    window_->restoreWindow();
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    window_->resize(700, 500);  // the offscreen screen is 800×600
    auto* splitter = window_->findChild<QSplitter*>(QStringLiteral("dashboardSplitter"));
    ASSERT_NE(splitter, nullptr);
    splitter->setSizes({500, 300});
    QApplication::processEvents();
    const QList<int> sizes = splitter->sizes();
    window_->showPage(Page::Shoes);
    window_->close();
    window_.reset();

    auto reopened = Journal::open(path_);
    ASSERT_TRUE(reopened);
    window_ = std::make_unique<MainWindow>(
        std::make_unique<JournalSession>(std::move(reopened).value(), clock_), clock_);
    window_->setCheckInEnabled(false);
    window_->restoreWindow();
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    EXPECT_EQ(window_->size(), QSize(700, 500));
    EXPECT_NE(window_->page(Page::Shoes), nullptr);
    EXPECT_TRUE(window_->page(Page::Shoes)->isVisible());
    window_->showPage(Page::Dashboard);
    QApplication::processEvents();
    EXPECT_EQ(window_->findChild<QSplitter*>(QStringLiteral("dashboardSplitter"))->sizes(), sizes);
}

TEST_F(WindowTest, EverySaveSaysSoInTheStatusBar) {
    showWindow();
    stridelog::Run run;
    run.start = at(2026, 11, 21, 8);
    run.distance = Distance::fromMetres(5000);
    run.duration = Duration::fromSeconds(1800);
    ASSERT_TRUE(edits::logRun(session(), run));
    EXPECT_EQ(window_->statusBar()->currentMessage(), QStringLiteral("Saved: Log run"));
    session().undoStack().undo();
    EXPECT_EQ(window_->statusBar()->currentMessage(), QStringLiteral("Undone: Log run"));
}

TEST_F(WindowTest, AWrittenReportSaysSoAndOffersToOpenThePdf) {
    showWindow();
    const QString path = folder_.filePath(QStringLiteral("stridelog-report.pdf"));
    offerToOpenReport(window_.get(), path, 2);
    EXPECT_TRUE(
        window_->statusBar()->currentMessage().contains(QStringLiteral("stridelog-report.pdf")));
    auto* box = window_->findChild<QMessageBox*>(QStringLiteral("reportSavedBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_NE(box->findChild<QPushButton*>(QStringLiteral("openReportButton")), nullptr);
    box->close();
}

TEST_F(WindowTest, FileDialogsStartInTheDocumentsFolder) {
    showWindow();
    QString shown;
    whenModal("QFileDialog", [&shown](QWidget* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        shown = files->directory().absolutePath();
        files->reject();
    });
    QMetaObject::invokeMethod(window_.get(), "importActivityFiles");
    EXPECT_EQ(shown, QDir(documentsFolder()).absolutePath());
}

// A file dialog that opened and closed the journal's files would drop these locks.
TEST_F(WindowTest, AFileDialogShowingTheJournalsFolderKeepsItsLocks) {
    showWindow();
    const QString journal = folder_.filePath(QStringLiteral("journal.sqlite"));
    ASSERT_TRUE(QFile::exists(journal + QStringLiteral("-shm")));
    ASSERT_TRUE(theJournalsLocksAreHeld(journal));
    bool listed = false;
    whenModal("QFileDialog", [&](QWidget* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        auto* model = files->findChild<QFileSystemModel*>();
        ASSERT_NE(model, nullptr);
        files->setDirectory(folder_.path());
        // The listing and the types of its files are gathered on a thread of the dialog's.
        listed = QTest::qWaitFor(
            [&] {
                const QModelIndex wal = model->index(journal + QStringLiteral("-wal"));
                return wal.isValid() && !model->type(wal).isEmpty();
            },
            5000);
        QTest::qWait(300);
        files->reject();
    });
    QMetaObject::invokeMethod(window_.get(), "importActivityFiles");
    EXPECT_TRUE(listed);
    EXPECT_TRUE(theJournalsLocksAreHeld(journal));
}

}  // namespace
}  // namespace stridelog::gui::testing

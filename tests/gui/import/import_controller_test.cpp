// SPDX-License-Identifier: GPL-3.0-or-later
// The app's import: files run through the importer on a worker thread with its own journal
// connection, the session then shows the runs, and a cancel keeps only whole files.
#include "session_fixture.h"

#include "app/gui/import/import_controller.h"
#include "app/gui/import/import_results_dialog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QThread>
#include <QTreeWidget>

#include <atomic>

namespace stridelog::gui {
namespace {

const QString kData = QStringLiteral(STRIDELOG_TEST_DATA_DIR "/import");

class ImportControllerTest : public test::SessionTest {
protected:
    ImportReport runImport(ImportController& controller, const QStringList& paths) {
        QSignalSpy finished(&controller, &ImportController::finished);
        EXPECT_TRUE(controller.start(paths));
        EXPECT_TRUE(finished.wait(30000));
        return controller.lastReport();
    }

    // Three files with one run each, named so they import in this order.
    QString threeFiles() {
        const QString folder = dir.filePath(QStringLiteral("watch"));
        QDir().mkpath(folder);
        QFile::copy(kData + QStringLiteral("/nogps.tcx"), folder + QStringLiteral("/1.tcx"));
        QFile::copy(kData + QStringLiteral("/offset_gpx10.gpx"), folder + QStringLiteral("/2.gpx"));
        QFile::copy(kData + QStringLiteral("/prefixes.gpx"), folder + QStringLiteral("/3.gpx"));
        return folder;
    }
};

TEST_F(ImportControllerTest, ImportsAFolderOffTheGuiThreadAndTheSessionShowsTheRuns) {
    ImportController controller(*session);
    controller.setInteractive(false);
    std::atomic<bool> onGuiThread{false};
    QThread* gui = QThread::currentThread();
    controller.setWorkerProgressHook([&](int, int) {
        if (QThread::currentThread() == gui) onGuiThread = true;
    });
    const ImportReport report = runImport(controller, {kData});
    EXPECT_FALSE(onGuiThread);
    EXPECT_FALSE(report.failure.has_value());
    // The shared fixtures grow; at least the eight runs of the first set import.
    EXPECT_GE(report.count(ImportStatus::Imported), 8);
    EXPECT_GE(report.count(ImportStatus::Error), 3);
    EXPECT_EQ(session->evaluation().journal.runs.size(),
              static_cast<std::size_t>(report.count(ImportStatus::Imported)));
    EXPECT_FALSE(controller.isRunning());
}

TEST_F(ImportControllerTest, ReportsProgressFileByFile) {
    ImportController controller(*session);
    controller.setInteractive(false);
    QSignalSpy progressed(&controller, &ImportController::progressed);
    runImport(controller, {threeFiles()});
    ASSERT_GE(progressed.count(), 3);  // the importer may also say "0 of 3" first
    EXPECT_EQ(progressed.last().at(0).toInt(), 3);
    EXPECT_EQ(progressed.last().at(1).toInt(), 3);
}

TEST_F(ImportControllerTest, ACancelAfterTheFirstFileKeepsOnlyThatFile) {
    ImportController controller(*session);
    controller.setInteractive(false);
    controller.setWorkerProgressHook([&](int done, int) {
        if (done == 1) controller.requestCancel();
    });
    const ImportReport report = runImport(controller, {threeFiles()});
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.count(ImportStatus::Imported), 1);
    EXPECT_EQ(session->evaluation().journal.runs.size(), 1u);
}

TEST_F(ImportControllerTest, ASecondImportOfTheSameFilesFindsDuplicates) {
    ImportController controller(*session);
    controller.setInteractive(false);
    runImport(controller, {threeFiles()});
    const ImportReport again = runImport(controller, {threeFiles()});
    EXPECT_EQ(again.count(ImportStatus::Duplicate), 3);
    EXPECT_EQ(session->evaluation().journal.runs.size(), 3u);
}

TEST_F(ImportControllerTest, NothingToImportDoesNotStart) {
    ImportController controller(*session);
    EXPECT_FALSE(controller.start({}));
    EXPECT_FALSE(controller.isRunning());
}

TEST_F(ImportControllerTest, TheProgressDialogAndResultsAreShownWhenInteractive) {
    QWidget window;
    ImportController controller(*session, &window);
    const ImportReport report = runImport(controller, {threeFiles()});
    auto* results = window.findChild<ImportResultsDialog*>();
    ASSERT_NE(results, nullptr);
    auto* tree = results->findChild<QTreeWidget*>(QStringLiteral("importResults"));
    ASSERT_NE(tree, nullptr);
    ASSERT_EQ(tree->topLevelItemCount(), 1);  // one group: imported
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 3);
    EXPECT_EQ(ImportResultsDialog::summary(report),
              QStringLiteral("3 imported, 0 already in the journal, 0 skipped, 0 could not be "
                             "read."));
    results->close();
}

}  // namespace
}  // namespace stridelog::gui

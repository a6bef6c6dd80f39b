// SPDX-License-Identifier: GPL-3.0-or-later
// Import results as a runner reads them: file names, not full paths; reasons in words; an
// offer to give imported runs without a pair their pair, as one undoable step; and the status
// bar saying what the import did.

#include "tests/gui/editing/editing_fixture.h"

#include "app/gui/import/import_controller.h"
#include "app/gui/import/import_results_dialog.h"

#include "core/io/import/fit_decoder.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

namespace stridelog::gui::testing {
namespace {

using ImportWords = EditingTest;

ImportResult damagedFit(const QString& folder) {
    ImportResult result;
    result.file = folder + QStringLiteral("/Morning_Run.fit");
    result.status = ImportStatus::Error;
    result.message =
        result.file + QStringLiteral(": the file is damaged: its checksum does not match");
    return result;
}

TEST_F(ImportWords, TheResultsNameFilesNotPaths) {
    ImportReport report;
    report.results.push_back(damagedFit(folder_.path()));
    ImportResultsDialog dialog(report, window_.get());
    auto* tree = child<QTreeWidget>(&dialog, "importResults");
    ASSERT_NE(tree, nullptr);
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem* line = tree->topLevelItem(0)->child(0);
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->text(0), QStringLiteral("Morning_Run.fit"));
    EXPECT_EQ(line->text(2), QStringLiteral("the file is damaged: its checksum does not match"));
    for (int column = 0; column < tree->columnCount(); ++column) {
        EXPECT_FALSE(line->text(column).contains(folder_.path()));
    }
}

TEST_F(ImportWords, ADamagedFitIsExplainedInWords) {
    // A FIT file with no records whose checksum is off by one, imported by the app.
    QByteArray bytes("\x0e\x20\x00\x00\x00\x00\x00\x00.FIT\x00\x00", 14);
    const auto* raw = reinterpret_cast<const std::uint8_t*>(bytes.constData());
    const std::uint16_t wrong = fitCrc16(std::span(raw, 14)) ^ 0x0001;
    bytes.append(static_cast<char>(wrong & 0xff)).append(static_cast<char>(wrong >> 8));
    const QString path = folder_.filePath(QStringLiteral("damaged.fit"));
    QFile target(path);
    ASSERT_TRUE(target.open(QIODevice::WriteOnly));
    target.write(bytes);
    target.close();

    ImportController& controller = window_->importController();
    controller.setInteractive(false);
    QSignalSpy finished(&controller, &ImportController::finished);
    ASSERT_TRUE(controller.start({path}));
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_EQ(controller.lastReport().results.size(), 1u);
    const QString message = ImportResultsDialog::plainMessage(controller.lastReport().results[0]);
    EXPECT_EQ(message,
              QStringLiteral("damaged.fit: the file is damaged: its checksum does not match"));
    // The status bar says what the import did.
    EXPECT_TRUE(
        window_->statusBar()->currentMessage().contains(QStringLiteral("could not be read")))
        << window_->statusBar()->currentMessage().toStdString();
}

TEST_F(ImportWords, RunsImportedWithoutAPairGetOneInOneUndoableStep) {
    stridelog::Run bare;
    bare.start = at(2026, 11, 20, 7);
    bare.distance = Distance::fromMetres(6000);
    bare.duration = Duration::fromSeconds(2000);
    std::vector<RunId> imported;
    for (int hour : {7, 18}) {
        bare.start = at(2026, 11, 20, hour);
        imported.push_back(journal().addRun(bare).value());
    }
    session().refresh();
    ImportReport report;
    for (RunId id : imported) {
        ImportResult result;
        result.file = folder_.filePath(QStringLiteral("run%1.gpx").arg(id.value()));
        result.status = ImportStatus::Imported;
        result.runId = id;
        result.message = result.file + QStringLiteral(": imported");
        report.results.push_back(result);
    }
    const int stepsBefore = session().undoStack().count();

    ImportResultsDialog dialog(report, window_.get(), &session());
    auto* pairs = child<QComboBox>(&dialog, "pairOfferCombo");
    auto* assign = child<QPushButton>(&dialog, "assignPairButton");
    ASSERT_TRUE(pairs && assign);
    EXPECT_EQ(pairs->currentText(), QStringLiteral("Pegasus 40"));
    QTest::mouseClick(assign, Qt::LeftButton);

    for (RunId id : imported) EXPECT_EQ(journal().run(id)->shoe, shoe_);
    EXPECT_EQ(session().undoStack().count(), stepsBefore + 1);
    session().undoStack().undo();
    for (RunId id : imported) EXPECT_FALSE(journal().run(id)->shoe.has_value());
}

TEST_F(ImportWords, NoOfferWhenEveryRunHasItsPair) {
    ImportReport report;
    ImportResult result;
    result.file = folder_.filePath(QStringLiteral("run.gpx"));
    result.status = ImportStatus::Imported;
    result.runId = RunId(1);  // logged in the pair by the fixture
    report.results.push_back(result);
    ImportResultsDialog dialog(report, window_.get(), &session());
    EXPECT_EQ(dialog.findChild<QPushButton*>(QStringLiteral("assignPairButton")), nullptr);
}

}  // namespace
}  // namespace stridelog::gui::testing

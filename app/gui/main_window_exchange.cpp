// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import, Import folder, Export and Report, and activity files dropped on the window.
// The work itself is elsewhere (import/, report/): imports run off the GUI thread with a
// progress dialog and Cancel; the report is painted off the GUI thread too.

#include "main_window.h"

#include "import/activity_drop.h"
#include "import/import_controller.h"
#include "import/journal_export.h"
#include "import/track_export_dialog.h"
#include "pages/runs_page.h"
#include "report/report_dialog.h"
#include "widgets/file_dialogs.h"
#include "widgets/status_message.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeySequence>
#include <QMenu>
#include <QMimeData>

namespace stridelog::gui {

void MainWindow::createExchangeActions(QMenu* file) {
    QAction* importFiles =
        file->addAction(tr("&Import activities…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                        &MainWindow::importActivityFiles);
    importFiles->setObjectName(QStringLiteral("importFilesAction"));
    importFiles->setToolTip(tr("GPX, TCX, FIT, Strava or Garmin Connect CSV, and .gz of them"));
    QAction* importFolder = file->addAction(tr("Import a &folder of activities…"), this,
                                            &MainWindow::importActivityFolder);
    importFolder->setObjectName(QStringLiteral("importFolderAction"));
    importActions_ = {importFiles, importFolder};
    QMenu* exports = file->addMenu(tr("&Export"));
    exports->addAction(tr("&Export journal…"), this, &MainWindow::exportJournal)
        ->setObjectName(QStringLiteral("exportAction"));
    exports->addAction(tr("Runs as &GPX/TCX…"), this, &MainWindow::exportRunTracks)
        ->setObjectName(QStringLiteral("exportTracksAction"));
    file->addAction(tr("Report for a &clinician…"), QKeySequence(Qt::CTRL | Qt::Key_P), this,
                    &MainWindow::writeReport)
        ->setObjectName(QStringLiteral("reportAction"));
    setAcceptDrops(true);
}

void MainWindow::startImport(const QStringList& paths) {
    if (paths.isEmpty() || import_->isRunning()) return;
    if (import_->start(paths)) {
        for (QAction* action : importActions_) action->setEnabled(false);
    }
}

void MainWindow::importActivityFiles() {
    startImport(askOpenFiles(this, tr("Import activities"), documentsFolder(),
                             tr("Activity files (*.gpx *.tcx *.fit *.csv *.gz);;All files (*)")));
}

void MainWindow::importActivityFolder() {
    const QString folder = askFolder(this, tr("Import a folder"), documentsFolder());
    if (!folder.isEmpty()) startImport({folder});
}

void MainWindow::exportJournal() {
    exportJournalInteractively(*session_, this);
}

void MainWindow::exportRunTracks() {
    std::vector<RunId> selected;
    if (auto* runs = qobject_cast<RunsPage*>(page(Page::Runs))) {
        if (const auto id = runs->selectedId()) selected.push_back(RunId(id));
    }
    TrackExportDialog dialog(*session_, std::move(selected), this);
    dialog.exec();
}

void MainWindow::writeReport() {
    writeReportInteractively(*session_, this);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (acceptsActivityDrop(event->mimeData())) event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event) {
    if (acceptsActivityDrop(event->mimeData())) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList paths = droppedActivityFiles(event->mimeData());
    if (paths.isEmpty()) return;
    event->acceptProposedAction();
    startImport(paths);
}

}  // namespace stridelog::gui

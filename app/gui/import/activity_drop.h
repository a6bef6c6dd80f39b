// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the main window accepts when files are dragged onto it: local activity files (.gpx,
// .tcx, .fit, .csv, each also gzipped, and any .gz, which the importer recognises by its
// content) and folders, which the importer walks. Anything else — web links, images, text —
// is refused, so the cursor says "no" before the drop rather than an error after it.
//
//   void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
//       if (acceptsActivityDrop(e->mimeData())) e->acceptProposedAction();
//   }
//   void MainWindow::dropEvent(QDropEvent* e) {
//       importController_->start(droppedActivityFiles(e->mimeData()));
//   }

#include <QStringList>

class QMimeData;

namespace stridelog::gui {

// The local files and folders of a drop that an import can read, in the order dropped.
QStringList droppedActivityFiles(const QMimeData* mime);
bool acceptsActivityDrop(const QMimeData* mime);

}  // namespace stridelog::gui

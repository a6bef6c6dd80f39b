// SPDX-License-Identifier: GPL-3.0-or-later
#include "status_message.h"

#include <QDir>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>

namespace stridelog::gui {

void announce(QWidget* from, const QString& message) {
    for (QWidget* widget = from; widget; widget = widget->parentWidget()) {
        if (auto* window = qobject_cast<QMainWindow*>(widget)) {
            window->statusBar()->showMessage(message, kStatusMessageMs);
            return;
        }
    }
}

QString documentsFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir(documents).exists()) return documents;
    return QDir::homePath();
}

}  // namespace stridelog::gui

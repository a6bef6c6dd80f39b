// SPDX-License-Identifier: GPL-3.0-or-later
#include "status_message.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTextStream>

#include <algorithm>

namespace stridelog::gui {
namespace {

// A menu sends an empty status tip when the mouse moves over an action without one, or the
// menu closes; QMainWindow answers with showMessage(""), which wipes the message just
// announced (Edit ▸ Undo would wipe its own "Undone: …"). The app sets no status tips, so an
// empty one never has anything to clear.
class EmptyStatusTipFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::StatusTip &&
            static_cast<QStatusTipEvent*>(event)->tip().isEmpty())
            return true;
        return QObject::eventFilter(watched, event);
    }
};

void logMessage(const QStatusBar* bar, const QString& message) {
    static const QString path = qEnvironmentVariable("STRIDELOG_STATUS_LOG");
    if (path.isEmpty() || message.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text)) return;
    QTextStream(&file) << messageRoom(bar) << '\t' << bar->fontMetrics().horizontalAdvance(message)
                       << '\t' << message << '\n';
}

}  // namespace

void announce(QWidget* from, const QString& message) {
    for (QWidget* widget = from; widget; widget = widget->parentWidget()) {
        if (auto* window = qobject_cast<QMainWindow*>(widget)) {
            window->statusBar()->showMessage(message, kStatusMessageMs);
            return;
        }
    }
}

void keepMessagesInView(QMainWindow* window, QWidget* aside) {
    QStatusBar* bar = window->statusBar();
    window->installEventFilter(new EmptyStatusTipFilter(window));
    QObject::connect(bar, &QStatusBar::messageChanged, aside, [bar, aside](const QString& message) {
        // The disclaimer wraps over the whole bar; a message of a few seconds goes in its place.
        aside->setVisible(message.isEmpty());
        logMessage(bar, message);
    });
}

int messageRoom(const QStatusBar* bar) {
    // As QStatusBar paints its message: from the left edge to the first visible permanent
    // widget.
    int right = bar->width() - 12;
    for (const QWidget* child : bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && !child->isWindow()) right = std::min(right, child->x() - 2);
    }
    return std::max(0, right - 6);
}

QString documentsFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir(documents).exists()) return documents;
    return QDir::homePath();
}

}  // namespace stridelog::gui

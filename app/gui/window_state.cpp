// SPDX-License-Identifier: GPL-3.0-or-later
#include "window_state.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace stridelog::gui {
namespace {

const QString kGeometry = QStringLiteral("window/geometry");

QString splitterKey(const QSplitter& splitter) {
    return QStringLiteral("splitters/") + splitter.objectName();
}

QRect availableFor(const QWidget& window) {
    const QScreen* screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
}

}  // namespace

std::unique_ptr<QSettings> openWindowSettings() {
    return std::make_unique<QSettings>(QStringLiteral("stridelog"), QStringLiteral("stridelog"));
}

QSize fittingSize(QSize wanted, const QRect& available) {
    // Room for the window manager's frame and title bar, which the size does not include.
    const int margin = 48;
    return {std::max(320, std::min(wanted.width(), available.width() - margin / 2)),
            std::max(240, std::min(wanted.height(), available.height() - margin))};
}

bool restoreWindowState(QMainWindow& window, QSettings& settings) {
    const QByteArray geometry = settings.value(kGeometry).toByteArray();
    const bool restored = !geometry.isEmpty() && window.restoreGeometry(geometry);
    const QRect available = availableFor(window);
    if (!restored) {
        window.resize(fittingSize(QSize(1280, 800), available));
    } else if (window.width() > available.width() || window.height() > available.height()) {
        // Remembered on a larger screen than this one.
        window.resize(fittingSize(window.size(), available));
    }
    for (QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (splitter->objectName().isEmpty()) continue;
        const QByteArray state = settings.value(splitterKey(*splitter)).toByteArray();
        if (!state.isEmpty()) splitter->restoreState(state);
    }
    return restored;
}

void saveWindowState(const QMainWindow& window, QSettings& settings) {
    settings.setValue(kGeometry, window.saveGeometry());
    for (const QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty()) {
            settings.setValue(splitterKey(*splitter), splitter->saveState());
        }
    }
}

}  // namespace stridelog::gui

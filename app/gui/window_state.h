// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window as the runner left it: its size and position, and the position of every
// named splitter, kept in QSettings between runs. A window opened for the first time (or
// whose remembered place is off every screen now) gets a size that fits the screen it opens
// on, so a 1024×640 laptop never sees a window larger than itself.

#include <QRect>
#include <QSize>

#include <memory>

class QMainWindow;
class QSettings;

namespace stridelog::gui {

// Where the window's state is kept (stridelog/stridelog.conf in the user's configuration
// folder), named here so it does not depend on the application's organisation name.
std::unique_ptr<QSettings> openWindowSettings();
// `wanted`, shrunk to fit `available` (a screen's available geometry) with a small margin.
QSize fittingSize(QSize wanted, const QRect& available);
// Restores geometry and splitters; returns false (and sizes the window to fit) when nothing
// was remembered.
bool restoreWindowState(QMainWindow& window, QSettings& settings);
void saveWindowState(const QMainWindow& window, QSettings& settings);

}  // namespace stridelog::gui

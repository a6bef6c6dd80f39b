// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every save, import, export and report says so in the main window's status bar, for a few
// seconds, from wherever the work finished (a dialog, a worker's callback): the message goes
// to the status bar of the main window `from` belongs to, or nowhere when there is none.

#include <QString>

class QMainWindow;
class QStatusBar;
class QWidget;

namespace stridelog::gui {

inline constexpr int kStatusMessageMs = 8000;

void announce(QWidget* from, const QString& message);
// Keeps the status bar's messages readable in `window`: while one shows, `aside` (a permanent
// widget that would otherwise take the message's room) is hidden, and the empty status tips
// a menu sends as the mouse passes over it do not wipe the message. With the environment
// variable STRIDELOG_STATUS_LOG naming a file, each message is also appended there, one line
// "<room px>\t<text px>\t<message>", so a test of the real window can read what is shown.
void keepMessagesInView(QMainWindow* window, QWidget* aside);
// The width the status bar leaves for its message, beside its visible permanent widgets.
int messageRoom(const QStatusBar* bar);
// The folder file dialogs start in: the user's Documents (their home when there is none).
QString documentsFolder();

}  // namespace stridelog::gui

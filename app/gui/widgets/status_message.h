// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every save, import, export and report says so in the main window's status bar, for a few
// seconds, from wherever the work finished (a dialog, a worker's callback): the message goes
// to the status bar of the main window `from` belongs to, or nowhere when there is none.

#include <QString>

class QWidget;

namespace stridelog::gui {

inline constexpr int kStatusMessageMs = 8000;

void announce(QWidget* from, const QString& message);
// The folder file dialogs start in: the user's Documents (their home when there is none).
QString documentsFolder();

}  // namespace stridelog::gui

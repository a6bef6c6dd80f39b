// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A page whose content scrolls as a whole when the window is smaller than the content needs
// (1024×640, or 1920×1080 at scale 2), so no page holds the main window above the screen.

class QWidget;

namespace stridelog::gui {

// Fills `page` with a frameless scroll area and returns the widget to lay the content out on.
QWidget* scrollingContent(QWidget* page);

}  // namespace stridelog::gui

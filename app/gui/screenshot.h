// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Screenshot mode: renders one page of the window, the welcome, or the log-run, help or about
// dialog, at 1280×800 into a PNG, for the README and for looking at what a runner sees.

#include <QString>

namespace stridelog::gui {

class MainWindow;

// Returns false (with a message on stderr) when the PNG cannot be written.
bool saveScreenshot(MainWindow& window, const QString& page, const QString& path);

}  // namespace stridelog::gui

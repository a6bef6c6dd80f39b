// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Screenshot mode: renders one page of the window, the welcome, or the log-run, help or about
// dialog, at 1280×800 into a PNG, for the README and for looking at what a runner sees.

#include <QString>

#include <cstdint>

namespace stridelog::gui {

class MainWindow;

// Returns false (with a message on stderr) when the PNG cannot be written.
// `id` is the run of page "run" and the pair of page "shoe".
bool saveScreenshot(MainWindow& window, const QString& page, const QString& path,
                    std::int64_t id = 0);

}  // namespace stridelog::gui

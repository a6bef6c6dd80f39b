// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Secondary text (a hint under a chart, the status bar's disclaimer) in a quieter colour that
// still reads in light and dark palettes, and follows a change of palette.

class QLabel;

namespace stridelog::gui {

void quieten(QLabel* label);

}  // namespace stridelog::gui

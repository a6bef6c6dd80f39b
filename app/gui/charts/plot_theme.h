// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A plot in the theme's colours (theme/chart_colours.h): axes, tick labels, grid, legend and
// background, so every chart follows the system's light or dark palette alike.

#include "app/gui/theme/chart_colours.h"

class QCustomPlot;

namespace stridelog::gui {

void applyPlotTheme(QCustomPlot& plot, const ChartColours& colours);

}  // namespace stridelog::gui

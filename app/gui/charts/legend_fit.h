// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A chart legend that never truncates its entries: it gets its own row above the plot (so it
// never covers data), and before each replot as many columns as the chart's width holds, the
// rest wrapping onto more rows. Without it, a narrow window cut "Within the limit" to
// "Within the l".

#include "app/gui/charts/qcustomplot_include.h"

namespace stridelog::gui {

// Moves `plot`'s legend into a row above its axis rect and refits its columns on every replot.
void placeLegendAbove(QCustomPlot& plot);
// The number of columns whose entries fit in `width` pixels side by side (at least 1).
int legendColumnsFor(const QCPLegend& legend, int width);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_theme.h"

#include "qcustomplot_include.h"

namespace stridelog::gui {
namespace {

void themeAxis(QCPAxis* axis, const ChartColours& colours) {
    axis->setBasePen(QPen(colours.subtleText));
    axis->setTickPen(QPen(colours.subtleText));
    axis->setSubTickPen(QPen(colours.subtleText));
    axis->setTickLabelColor(colours.text);
    axis->setLabelColor(colours.text);
    axis->grid()->setPen(QPen(colours.grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(colours.subtleText));
}

}  // namespace

void applyPlotTheme(QCustomPlot& plot, const ChartColours& colours) {
    plot.setBackground(QBrush(colours.background));
    plot.axisRect()->setBackground(QBrush(colours.background));
    for (QCPAxis* axis : plot.axisRect()->axes()) themeAxis(axis, colours);
    plot.legend->setBrush(QBrush(colours.background));
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setTextColor(colours.text);
}

}  // namespace stridelog::gui

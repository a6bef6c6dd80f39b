// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend_fit.h"

#include <algorithm>
#include <vector>

namespace stridelog::gui {

int legendColumnsFor(const QCPLegend& legend, int width) {
    std::vector<int> widths;
    for (int i = 0; i < legend.itemCount(); ++i) {
        if (const QCPAbstractLegendItem* item = legend.item(i)) {
            widths.push_back(item->minimumOuterSizeHint().width());
        }
    }
    const int count = static_cast<int>(widths.size());
    const int frame = legend.margins().left() + legend.margins().right();
    for (int columns = std::max(1, count); columns > 1; --columns) {
        // Filled row by row: entry i sits in column i % columns; a column is as wide as its
        // widest entry.
        std::vector<int> columnWidths(static_cast<std::size_t>(columns), 0);
        for (int i = 0; i < count; ++i) {
            auto& column = columnWidths[static_cast<std::size_t>(i % columns)];
            column = std::max(column, widths[static_cast<std::size_t>(i)]);
        }
        int total = frame + legend.columnSpacing() * (columns - 1);
        for (int column : columnWidths) total += column;
        if (total <= width) return columns;
    }
    return 1;
}

void placeLegendAbove(QCustomPlot& plot) {
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, plot.legend);
    plot.plotLayout()->setRowStretchFactor(0, 0.001);
    plot.legend->setVisible(true);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    QObject::connect(&plot, &QCustomPlot::beforeReplot, &plot, [&plot] {
        QCPLegend& legend = *plot.legend;
        const int columns = legendColumnsFor(legend, plot.width() - 8);
        if (columns == legend.wrap()) return;
        legend.setWrap(columns);
        legend.setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    });
}

}  // namespace stridelog::gui

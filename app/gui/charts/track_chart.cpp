// SPDX-License-Identifier: GPL-3.0-or-later
#include "track_chart.h"

#include "app/gui/theme/chart_colours.h"

#include <algorithm>
#include <cmath>

namespace stridelog::gui {
namespace {

// The range of the middle 96% of the values, padded: one GPS jump must not flatten the rest.
QCPRange robustRange(const QVector<double>& values) {
    std::vector<double> finite;
    for (double v : values)
        if (std::isfinite(v)) finite.push_back(v);
    if (finite.empty()) return {0, 1};
    std::sort(finite.begin(), finite.end());
    const auto at = [&](double share) {
        return finite[static_cast<std::size_t>(share * static_cast<double>(finite.size() - 1))];
    };
    double low = at(0.02), high = at(0.98);
    const double pad = std::max((high - low) * 0.1, 1.0);
    return {low - pad, high + pad};
}

}  // namespace

TrackChart::TrackChart(QWidget* parent) : QCustomPlot(parent) {
    setObjectName(QStringLiteral("trackChart"));
    setAccessibleName(tr("Pace, heart rate, cadence and elevation against distance"));
    setMinimumHeight(260);
    // Each line as separate segments: a polyline wider than one pixel is stroked with its
    // joins, which costs tens of milliseconds a panel; at this width the joins do not show.
    setPlottingHint(QCP::phFastPolylines, true);
    margins_ = new QCPMarginGroup(this);
}

void TrackChart::setSeries(const TrackSeries& series, const QString& unitSymbol,
                           const QString& paceUnit) {
    clearPlottables();
    clearItems();
    plotLayout()->clear();
    panels_.clear();
    const ChartColours colours = ChartColours::from(palette());
    setBackground(colours.background);
    if (series.hasPace)
        addPanel(tr("Pace (%1)").arg(paceUnit), series.distance, series.pace, colours.ok, true,
                 unitSymbol);
    if (series.hasHeartRate)
        addPanel(tr("Heart rate"), series.distance, series.heartRate, colours.stop, false,
                 unitSymbol);
    if (series.hasCadence)
        addPanel(tr("Cadence"), series.distance, series.cadence, colours.acute, false, unitSymbol);
    if (series.hasAltitude)
        addPanel(tr("Elevation (m)"), series.distance, series.altitude, colours.chronic, false,
                 unitSymbol);
    if (panels_.isEmpty()) {
        auto* rect = new QCPAxisRect(this);
        plotLayout()->addElement(0, 0, rect);
        auto* note = new QCPItemText(this);
        note->setClipAxisRect(rect);
        note->position->setAxisRect(rect);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.5, 0.5);
        note->setColor(colours.subtleText);
        note->setText(
            tr("No track was kept for this run: it was logged by hand or imported "
               "from a summary."));
        for (QCPAxis* axis : rect->axes()) axis->setVisible(false);
    }
    replot();
}

void TrackChart::addPanel(const QString& title, const QVector<double>& x, const QVector<double>& y,
                          const QColor& colour, bool reversed, const QString& unitSymbol) {
    const ChartColours colours = ChartColours::from(palette());
    auto* rect = new QCPAxisRect(this);
    const int row = static_cast<int>(panels_.size());
    plotLayout()->addElement(row, 0, rect);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins_);
    QCPAxis* bottom = rect->axis(QCPAxis::atBottom);
    QCPAxis* left = rect->axis(QCPAxis::atLeft);
    for (QCPAxis* axis : {bottom, left}) {
        axis->setBasePen(QPen(colours.subtleText));
        axis->setTickPen(QPen(colours.subtleText));
        axis->setSubTickPen(QPen(colours.subtleText));
        axis->setTickLabelColor(colours.text);
        axis->setLabelColor(colours.text);
        axis->grid()->setPen(QPen(colours.grid, 1, Qt::DotLine));
    }
    left->setLabel(title);
    left->setRangeReversed(reversed);
    left->setRange(robustRange(y));
    bottom->setRange(x.isEmpty() ? 0 : x.front(), x.isEmpty() ? 1 : std::max(x.back(), 0.1));
    bottom->setLabel(unitSymbol);
    QCPGraph* graph = addGraph(bottom, left);
    graph->setData(x, y, true);
    graph->setPen(QPen(colour, 1.6));
    graph->setName(title);
    panels_ << title;
    // Only the lowest panel names the distance; the others share its scale.
    for (int above = 0; above < row; ++above) {
        auto* upper = qobject_cast<QCPAxisRect*>(plotLayout()->element(above, 0));
        if (upper) upper->axis(QCPAxis::atBottom)->setLabel(QString());
    }
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "load_chart.h"

#include "chart_accessibility.h"
#include "legend_fit.h"
#include "plot_theme.h"

#include <QToolTip>

#include <algorithm>

namespace stridelog::gui {

LoadChart::LoadChart(QWidget* parent) : QCustomPlot(parent) {
    setObjectName(QStringLiteral("loadChart"));
    setAccessibleName(tr("Training load chart"));
    setAccessibleDescription(
        tr("Acute (7-day) and chronic (28-day) training load, on the weekly chart's dates."));
    setMouseTracking(true);
    setMinimumSize(300, 110);
    // Thick antialiased polylines dominate a replot; the faster joins are invisible at these
    // pen widths and keep a ten-year journal's dashboard as quick as an empty one's.
    setPlottingHint(QCP::phFastPolylines, true);
    setUpTimeAxis(*this);
    alignTimeAxisMargins(*this);
    acute_ = addGraph();
    acute_->setName(tr("Acute (7-day)"));
    chronic_ = addGraph();
    chronic_->setName(tr("Chronic (28-day)"));
    legend->setIconSize(22, 10);
    placeLegendAbove(*this);
    emptyNote_ = new QCPItemText(this);
    emptyNote_->position->setType(QCPItemPosition::ptAxisRectRatio);
    emptyNote_->position->setCoords(0.5, 0.5);
    emptyNote_->setText(tr("Your training load shows here once you have logged a few runs."));
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &LoadChart::onRangeChanged);
    applyColours();
}

void LoadChart::applyColours() {
    colours_ = ChartColours::from(palette());
    applyPlotTheme(*this, colours_);
    emptyNote_->setColor(colours_.subtleText);
    acute_->setPen(QPen(colours_.acute, 1.6));
    chronic_->setPen(QPen(colours_.chronic, 2.4));
}

void LoadChart::setCurves(LoadCurves curves, TimeBounds bounds) {
    curves_ = std::move(curves);
    bounds_ = bounds;
    yAxis->setLabel(tr("Load (%1/day)").arg(curves_.unitSymbol));
    acute_->setData(curves_.keys, curves_.acute, true);
    chronic_->setData(curves_.keys, curves_.chronic, true);
    emptyNote_->setVisible(curves_.keys.isEmpty());
    setChartSummary(*this, curves_.summary);
    fitValueAxis();
    replot(rpQueuedReplot);
}

void LoadChart::setTimeRange(const QCPRange& range) {
    if (range == xAxis->range()) return;
    xAxis->setRange(range);
    replot(rpQueuedReplot);
}

void LoadChart::onRangeChanged(const QCPRange& range) {
    if (clamping_) return;
    settleTimeAxis(*xAxis, range, bounds_, clamping_);
    fitValueAxis();
    Q_EMIT timeRangeChanged(xAxis->range());
}

// Fits the days in view, as the weekly chart does. The curves decay towards zero after the
// last run without reaching it, so weeks long after it hold values like 2e-11: the axis never
// goes below one unit a day, or those weeks would be drawn as a scale of 10^-11.
void LoadChart::fitValueAxis() {
    constexpr double smallestTop = 1.0;
    const QCPRange view = xAxis->range();
    const auto first = std::lower_bound(curves_.keys.cbegin(), curves_.keys.cend(), view.lower);
    const auto last = std::upper_bound(first, curves_.keys.cend(), view.upper);
    double top = 0;
    for (auto it = first; it != last; ++it) {
        const auto i = static_cast<qsizetype>(it - curves_.keys.cbegin());
        top = std::max({top, curves_.acute[i], curves_.chronic[i]});
    }
    yAxis->setRange(0, std::max(top * 1.15, smallestTop));
}

void LoadChart::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton || !tooltip_) return;
    const QPoint position = event->position().toPoint();
    const QString text = axisRect()->rect().contains(position)
                             ? tooltip_(xAxis->pixelToCoord(position.x()))
                             : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
}

void LoadChart::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        replot(rpQueuedReplot);
    }
}

}  // namespace stridelog::gui

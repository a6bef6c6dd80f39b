// SPDX-License-Identifier: GPL-3.0-or-later
#include "track_chart.h"

#include "app/gui/charts/chart_accessibility.h"
#include "app/gui/theme/chart_colours.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

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

// Minutes as "5:07", the way a pace is read.
QString minutesText(double minutes) {
    const long long seconds = std::llround(minutes * 60);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// The lowest and highest finite value, or nothing when the watch recorded none.
std::optional<std::pair<double, double>> finiteSpan(const QVector<double>& values) {
    std::optional<std::pair<double, double>> span;
    for (double v : values) {
        if (!std::isfinite(v)) continue;
        if (!span) span = std::pair{v, v};
        span->first = std::min(span->first, v);
        span->second = std::max(span->second, v);
    }
    return span;
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
        setChartSummary(*this, note->text());
    } else {
        setChartSummary(*this, summary(series, unitSymbol, paceUnit));
    }
    replot();
}

QString TrackChart::summary(const TrackSeries& series, const QString& unitSymbol,
                            const QString& paceUnit) const {
    // The same series the panels draw, each read as its range over the run.
    const QLocale locale;
    const auto whole = [&](double v) { return locale.toString(std::llround(v)); };
    QStringList parts;
    if (const auto span = finiteSpan(series.pace); series.hasPace && span)
        parts << tr("pace %1 to %2 %3")
                     .arg(minutesText(span->second), minutesText(span->first), paceUnit);
    if (const auto span = finiteSpan(series.heartRate); series.hasHeartRate && span)
        parts << tr("heart rate %1 to %2 bpm").arg(whole(span->first), whole(span->second));
    if (const auto span = finiteSpan(series.cadence); series.hasCadence && span)
        parts << tr("cadence %1 to %2 steps a minute").arg(whole(span->first), whole(span->second));
    if (const auto span = finiteSpan(series.altitude); series.hasAltitude && span)
        parts << tr("elevation %1 to %2 m").arg(whole(span->first), whole(span->second));
    const double length = series.distance.isEmpty() ? 0 : series.distance.back();
    return tr("Over %1 %2: %3.")
        .arg(locale.toString(length, 'f', 1), unitSymbol, parts.join(QStringLiteral("; ")));
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

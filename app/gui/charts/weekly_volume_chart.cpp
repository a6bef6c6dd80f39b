// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekly_volume_chart.h"

#include "chart_accessibility.h"
#include "legend_fit.h"
#include "pain_legend_item.h"
#include "plot_theme.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace stridelog::gui {

namespace {

// Below this width a bar has no room for its own limit stroke.
constexpr double kThinBarPixels = 7;

// A short horizontal stroke, scaled by QCPScatterStyle to its size (the path spans 6 units).
QPainterPath horizontalStroke() {
    QPainterPath path;
    path.moveTo(-3, 0);
    path.lineTo(3, 0);
    return path;
}

QCPBars* makeBars(QCustomPlot* plot, const QString& name) {
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(name);
    bars->setStackingGap(0);
    return bars;
}

}  // namespace

QString WeeklyVolumeChart::usageHint() {
    return tr(
        "One bar per week with its limit; drag or use the arrow keys to move through the "
        "weeks, the wheel or plus and minus to zoom, Home for the last 16 weeks.");
}

WeeklyVolumeChart::WeeklyVolumeChart(QWidget* parent) : QCustomPlot(parent) {
    setObjectName(QStringLiteral("weeklyVolumeChart"));
    setAccessibleName(tr("Weekly distance chart"));
    setAccessibleDescription(usageHint());
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(300, 170);
    setUpTimeAxis(*this);
    alignTimeAxisMargins(*this);
    createLayers();
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &WeeklyVolumeChart::onRangeChanged);
    // The limit strokes are sized in pixels, so they follow each layout (a resize, a zoom).
    connect(this, &QCustomPlot::afterLayout, this, &WeeklyVolumeChart::resizeLimitMarkers);
    applyColours();
}

void WeeklyVolumeChart::createLayers() {
    okBars_ = makeBars(this, tr("Within the limit"));
    overBars_ = makeBars(this, tr("Over the limit"));
    currentBars_ = makeBars(this, tr("This week"));
    remainingBars_ = makeBars(this, tr("Left this week"));
    remainingBars_->moveAbove(currentBars_);
    limits_ = addGraph(xAxis, yAxis);
    limits_->setName(tr("Weekly limit"));
    limits_->setLineStyle(QCPGraph::lsNone);
    yAxis2->setVisible(true);
    yAxis2->setRange(0, 10.6);
    // Short labels: a vertical label longer than a small chart's height is cut at both ends.
    yAxis2->setLabel(tr("Worst pain (0–10)"));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(2);
    yAxis2->setTicker(ticker);
    for (int stage = 1; stage <= 4; ++stage) {
        QCPGraph* graph = addGraph(xAxis, yAxis2);
        graph->setName(tr("Pain, stage %1").arg(stage));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->removeFromLegend();
        painStages_[stage - 1] = graph;
    }
    painLegend_ = new PainStagesLegendItem(legend, tr("Worst pain, stage 1–4"));
    legend->addItem(painLegend_);
    emptyNote_ = new QCPItemText(this);
    emptyNote_->position->setType(QCPItemPosition::ptAxisRectRatio);
    emptyNote_->position->setCoords(0.5, 0.45);
    emptyNote_->setText(tr("No runs yet. Log one (Ctrl+N) and its week appears here."));
    legend->setIconSize(22, 12);
    placeLegendAbove(*this);
}

void WeeklyVolumeChart::applyColours() {
    colours_ = ChartColours::from(palette());
    applyPlotTheme(*this, colours_);
    const auto style = [](QCPBars* bars, const QColor& colour) {
        bars->setPen(QPen(colour.darker(125), 1));
        bars->setBrush(colour);
    };
    emptyNote_->setColor(colours_.subtleText);
    style(okBars_, colours_.ok);
    style(overBars_, colours_.caution);
    style(currentBars_, colours_.current);
    remainingBars_->setPen(QPen(colours_.current, 1.5, Qt::DashLine));
    remainingBars_->setBrush(QBrush(colours_.current, Qt::BDiagPattern));
    // Outlined in the text colour: a stage-2 dot is amber like an over-limit bar, and must
    // still stand out on it (and on every other bar and on the background).
    for (int stage = 1; stage <= 4; ++stage) {
        painStages_[stage - 1]->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colours_.painOutline, 2),
                            QBrush(colours_.painStage(stage)), 11));
    }
    painLegend_->setColours(colours_);
    resizeLimitMarkers();
}

void WeeklyVolumeChart::setData(WeeklyVolumeData weeks) {
    const bool followNow = data_.bars.empty() || xAxis->range().upper >= bounds_.upper;
    data_ = std::move(weeks);
    bounds_ = {data_.fullLower, data_.fullUpper};
    yAxis->setLabel(tr("%1 per week").arg(data_.unitSymbol));
    fillSeries();
    setChartSummary(*this, data_.summary + QLatin1Char(' ') + usageHint());
    emptyNote_->setVisible(data_.bars.empty());
    const QCPRange wanted =
        followNow ? QCPRange(data_.defaultLower, data_.defaultUpper) : xAxis->range();
    xAxis->setRange(clampTimeRange(wanted, bounds_));
    onRangeChanged(xAxis->range());
    replot(rpQueuedReplot);
}

void WeeklyVolumeChart::fillSeries() {
    QVector<double> keys[4], values[4], limitKeys, limitValues, painKeys[4], painValues[4];
    enum { Ok, Over, Current, Remaining };
    for (const WeekBar& bar : data_.bars) {
        const int series = bar.state == BarState::Over ? Over : bar.current ? Current : Ok;
        keys[series] << bar.key;
        values[series] << bar.volume;
        if (bar.current && bar.remaining && *bar.remaining > 0) {
            keys[Remaining] << bar.key;
            values[Remaining] << *bar.remaining;
        }
        if (bar.limit) {
            limitKeys << bar.key;
            limitValues << *bar.limit;
        }
        if (bar.painMax && bar.painStage) {
            const int index = std::clamp(*bar.painStage, 1, 4) - 1;
            painKeys[index] << bar.key;
            painValues[index] << *bar.painMax;
        }
    }
    QCPBars* bars[4] = {okBars_, overBars_, currentBars_, remainingBars_};
    for (int i = 0; i < 4; ++i) {
        bars[i]->setWidth(data_.barWidth);
        bars[i]->setData(keys[i], values[i], true);
    }
    limits_->setData(limitKeys, limitValues, true);
    for (int i = 0; i < 4; ++i) painStages_[i]->setData(painKeys[i], painValues[i], true);
}

void WeeklyVolumeChart::onRangeChanged(const QCPRange& range) {
    if (clamping_) return;
    settleTimeAxis(*xAxis, range, bounds_, clamping_);
    fitValueAxis();
    resizeLimitMarkers();
    Q_EMIT timeRangeChanged(xAxis->range());
}

void WeeklyVolumeChart::setTimeRange(const QCPRange& range) {
    if (range == xAxis->range()) return;
    xAxis->setRange(range);
    replot(rpQueuedReplot);
}

// The value axis fits the weeks in view, so an early low-volume stretch stays readable when
// the user scrolls back, and a bar is never cut off.
void WeeklyVolumeChart::fitValueAxis() {
    const QCPRange view = xAxis->range();
    double top = 0;
    for (const WeekBar& bar : data_.bars) {
        if (bar.key < view.lower || bar.key > view.upper) continue;
        top = std::max({top, bar.volume + bar.remaining.value_or(0), bar.limit.value_or(0)});
    }
    yAxis->setRange(0, top > 0 ? top * 1.12 : 10);
}

// The limit stroke is a little wider than its bar at every zoom level. Once bars are too thin
// for a stroke each (zoomed out past months), the limits become one stepped line instead of a
// mass of overlapping dashes.
void WeeklyVolumeChart::resizeLimitMarkers() {
    const double barPixels = std::abs(xAxis->coordToPixel(data_.barWidth) - xAxis->coordToPixel(0));
    QPen pen(colours_.limit, barPixels < kThinBarPixels ? 1.5 : 2.5);
    pen.setCapStyle(Qt::FlatCap);
    pen.setCosmetic(true);
    if (barPixels < kThinBarPixels) {
        limits_->setLineStyle(QCPGraph::lsStepCenter);
        limits_->setPen(pen);
        limits_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
        return;
    }
    limits_->setLineStyle(QCPGraph::lsNone);
    limits_->setPen(pen);
    limits_->setScatterStyle(QCPScatterStyle(horizontalStroke(), pen, Qt::NoBrush,
                                             std::clamp(barPixels + 8, 10.0, 90.0)));
}

bool WeeklyVolumeChart::limitsAsLine() const {
    return limits_->lineStyle() != QCPGraph::lsNone;
}

const WeekBar* WeeklyVolumeChart::barAt(const QPoint& position) const {
    if (!axisRect()->rect().contains(position)) return nullptr;
    const double key = xAxis->pixelToCoord(position.x());
    const WeekBar* bar = data_.barNear(key);
    if (!bar || std::abs(bar->key - key) > data_.barWidth * 0.6) return nullptr;
    return bar;
}

void WeeklyVolumeChart::showWeek(QDate weekStart) {
    const double key = weekKey(weekStart);
    xAxis->setRange(key - 12.5 * kSecondsPerWeek, key + 3.5 * kSecondsPerWeek);
    replot(rpQueuedReplot);
}

void WeeklyVolumeChart::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton) return;
    if (const WeekBar* bar = barAt(event->position().toPoint())) {
        QToolTip::showText(event->globalPosition().toPoint(), bar->tooltip, this);
    } else {
        QToolTip::hideText();
    }
}

void WeeklyVolumeChart::keyPressEvent(QKeyEvent* event) {
    const QCPRange range = xAxis->range();
    switch (event->key()) {
        case Qt::Key_Left:
            xAxis->setRange(range.lower - kSecondsPerWeek, range.upper - kSecondsPerWeek);
            break;
        case Qt::Key_Right:
            xAxis->setRange(range.lower + kSecondsPerWeek, range.upper + kSecondsPerWeek);
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            xAxis->scaleRange(0.75, range.center());
            break;
        case Qt::Key_Minus:
            xAxis->scaleRange(1.0 / 0.75, range.center());
            break;
        case Qt::Key_Home:
            xAxis->setRange(data_.defaultLower, data_.defaultUpper);
            break;
        default:
            QCustomPlot::keyPressEvent(event);
            return;
    }
    replot(rpQueuedReplot);
}

void WeeklyVolumeChart::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        replot(rpQueuedReplot);
    }
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_wear_chart.h"

#include "legend_fit.h"
#include "plot_theme.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace stridelog::gui {

namespace {

constexpr int kRowPixels = 34;
constexpr double kBarWidth = 0.6;  // of one row

QPainterPath verticalStroke() {
    QPainterPath path;
    path.moveTo(0, -3);
    path.lineTo(0, 3);
    return path;
}

int statusIndex(ShoeStatusKind status) {
    switch (status) {
        case ShoeStatusKind::Soon:
            return 1;
        case ShoeStatusKind::Replace:
            return 2;
        case ShoeStatusKind::Ok:
        case ShoeStatusKind::Retired:
            break;
    }
    return 0;
}

}  // namespace

ShoeWearChart::ShoeWearChart(QWidget* parent) : QCustomPlot(parent) {
    setObjectName(QStringLiteral("shoeWearChart"));
    setAccessibleName(tr("Shoe wear chart"));
    setMouseTracking(true);
    setMinimumSize(200, 110);
    const QString names[3] = {tr("Fine"), tr("Plan a replacement"), tr("Replace")};
    for (int i = 0; i < 3; ++i) {
        statusBars_[i] = new QCPBars(yAxis, xAxis);
        statusBars_[i]->setName(names[i]);
        statusBars_[i]->setWidth(kBarWidth);
    }
    soonMarks_ = addGraph(yAxis, xAxis);
    soonMarks_->setName(tr("80%"));
    limitMarks_ = addGraph(yAxis, xAxis);
    limitMarks_->setName(tr("Limit"));
    for (QCPGraph* graph : {soonMarks_, limitMarks_}) graph->setLineStyle(QCPGraph::lsNone);
    xAxis->ticker()->setTickCount(4);
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setSubTicks(false);
    yAxis->setTickLength(0);
    // Each pair's numbers stand on the right axis, beside its bar, so the distance axis only
    // has to reach the largest limit (or distance), not make room for text.
    yAxis2->setVisible(true);
    yAxis2->setRangeReversed(true);
    yAxis2->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis2->setSubTicks(false);
    yAxis2->setTickLength(0);
    yAxis2->setBasePen(Qt::NoPen);
    legend->setIconSize(16, 10);
    placeLegendAbove(*this);
    // Marks are sized in pixels, so they follow each layout (a resize, new pairs).
    connect(this, &QCustomPlot::afterLayout, this, &ShoeWearChart::resizeMarks);
    applyColours();
}

void ShoeWearChart::applyColours() {
    colours_ = ChartColours::from(palette());
    applyPlotTheme(*this, colours_);
    yAxis2->setBasePen(Qt::NoPen);
    const ShoeStatusKind statuses[3] = {ShoeStatusKind::Ok, ShoeStatusKind::Soon,
                                        ShoeStatusKind::Replace};
    for (int i = 0; i < 3; ++i) {
        const QColor colour = colours_.shoeStatus(statuses[i]);
        statusBars_[i]->setPen(QPen(colour.darker(125)));
        statusBars_[i]->setBrush(colour);
    }
    resizeMarks();
}

QSize ShoeWearChart::sizeHint() const {
    const int rows = std::max<int>(1, static_cast<int>(shoes_.size()));
    return {320, 90 + rows * kRowPixels};
}

void ShoeWearChart::setShoes(std::vector<ShoeBar> shoes, const QString& unitSymbol) {
    shoes_ = std::move(shoes);
    xAxis->setLabel(tr("Distance on the pair (%1)").arg(unitSymbol));
    fill();
    updateGeometry();
    replot(rpQueuedReplot);
}

void ShoeWearChart::fill() {
    QVector<double> keys[3], values[3], markKeys, soon, limit;
    auto ticker = yAxis->ticker().staticCast<QCPAxisTickerText>();
    ticker->clear();
    auto numbers = yAxis2->ticker().staticCast<QCPAxisTickerText>();
    numbers->clear();
    double top = 1;
    for (std::size_t i = 0; i < shoes_.size(); ++i) {
        const ShoeBar& shoe = shoes_[i];
        const double key = static_cast<double>(i + 1);
        const int series = statusIndex(shoe.status);
        keys[series] << key;
        values[series] << shoe.value;
        markKeys << key;
        soon << shoe.soonMark;
        limit << shoe.limit;
        ticker->addTick(key, shoe.name);
        numbers->addTick(key, shoe.label);
        top = std::max({top, shoe.value, shoe.limit});
    }
    for (int i = 0; i < 3; ++i) statusBars_[i]->setData(keys[i], values[i], true);
    soonMarks_->setData(markKeys, soon, true);
    limitMarks_->setData(markKeys, limit, true);
    // Just past the largest limit or distance, so the marks and bars use the whole width.
    xAxis->setRange(0, top * 1.06);
    yAxis->setRange(0.4, static_cast<double>(shoes_.size()) + 0.6);
    yAxis2->setRange(yAxis->range());
}

// The marks span their bar's height plus a little, whatever the chart's size.
void ShoeWearChart::resizeMarks() {
    const double pixels = std::abs(yAxis->coordToPixel(kBarWidth) - yAxis->coordToPixel(0)) + 8;
    const double size = std::clamp(pixels, 10.0, 60.0);
    QPen soonPen(colours_.caution, 2, Qt::SolidLine, Qt::FlatCap);
    soonPen.setCosmetic(true);
    QPen limitPen(colours_.text, 2.5, Qt::SolidLine, Qt::FlatCap);
    limitPen.setCosmetic(true);
    soonMarks_->setScatterStyle(QCPScatterStyle(verticalStroke(), soonPen, Qt::NoBrush, size));
    limitMarks_->setScatterStyle(QCPScatterStyle(verticalStroke(), limitPen, Qt::NoBrush, size));
}

void ShoeWearChart::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    const QPoint position = event->position().toPoint();
    const double key = yAxis->pixelToCoord(position.y());
    const auto index = static_cast<long>(std::lround(key)) - 1;
    if (axisRect()->rect().contains(position) && index >= 0 &&
        index < static_cast<long>(shoes_.size()) && std::abs(key - std::round(key)) <= kBarWidth) {
        QToolTip::showText(event->globalPosition().toPoint(),
                           shoes_[static_cast<std::size_t>(index)].tooltip, this);
    } else {
        QToolTip::hideText();
    }
}

void ShoeWearChart::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        replot(rpQueuedReplot);
    }
}

}  // namespace stridelog::gui

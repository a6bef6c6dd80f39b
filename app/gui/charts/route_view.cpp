// SPDX-License-Identifier: GPL-3.0-or-later
#include "route_view.h"

#include "app/gui/theme/chart_colours.h"

#include <QLineF>
#include <QPainter>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace stridelog::gui {
namespace {

// The round number of metres closest below a quarter of the width, for the scale bar.
double scaleMetres(double metresAcross) {
    const double target = metresAcross / 4;
    double best = 10;
    for (double step : {10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0})
        if (step <= target) best = step;
    return best;
}

}  // namespace

RouteView::RouteView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("routeView"));
    setAccessibleName(tr("Route outline"));
}

void RouteView::setRoute(std::vector<QPointF> route) {
    route_ = std::move(route);
    setAccessibleDescription(route_.empty() ? tr("No positions were recorded.")
                                            : tr("The route's outline, north up."));
    update();
}

void RouteView::paintEvent(QPaintEvent*) {
    const ChartColours colours = ChartColours::from(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), colours.background);
    const QRectF area = QRectF(rect()).adjusted(12, 12, -12, -28);
    if (route_.size() < 2) {
        painter.setPen(colours.subtleText);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No positions were recorded for this run."));
        return;
    }
    double minX = route_[0].x(), maxX = minX, minY = route_[0].y(), maxY = minY;
    for (const QPointF& p : route_) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    const double spanX = std::max(maxX - minX, 1.0);
    const double spanY = std::max(maxY - minY, 1.0);
    // One scale for both axes, so the shape is not stretched.
    const double scale = std::min(area.width() / spanX, area.height() / spanY);
    const double offsetX = area.left() + (area.width() - spanX * scale) / 2;
    const double offsetY = area.top() + (area.height() - spanY * scale) / 2;
    const auto toScreen = [&](const QPointF& p) {
        return QPointF(offsetX + (p.x() - minX) * scale, offsetY + (maxY - p.y()) * scale);
    };
    // Segments with round caps, not one polyline: a wide antialiased polyline is stroked with
    // its round joins, twenty times slower, and the caps close the joins all the same.
    QVector<QLineF> segments;
    segments.reserve(static_cast<qsizetype>(route_.size()));
    QPointF from = toScreen(route_.front());
    for (const QPointF& p : route_) {
        const QPointF to = toScreen(p);
        segments << QLineF(from, to);
        from = to;
    }
    painter.setPen(QPen(colours.ok, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawLines(segments);
    painter.setBrush(colours.ok);
    painter.drawEllipse(toScreen(route_.front()), 5, 5);
    painter.setBrush(colours.background);
    painter.setPen(QPen(colours.text, 2));
    painter.drawEllipse(toScreen(route_.back()), 5, 5);

    const double barMetres = scaleMetres(area.width() / scale);
    const double barPixels = barMetres * scale;
    const QPointF left(area.left(), rect().bottom() - 10);
    painter.setPen(QPen(colours.subtleText, 1.5));
    painter.drawLine(left, left + QPointF(barPixels, 0));
    painter.drawText(
        QPointF(left.x() + barPixels + 6, left.y() + 4),
        barMetres >= 1000 ? tr("%1 km").arg(barMetres / 1000) : tr("%1 m").arg(barMetres));
    painter.drawText(QRectF(area.right() - 20, 0, 20, 20), Qt::AlignCenter, tr("N"));
}

}  // namespace stridelog::gui

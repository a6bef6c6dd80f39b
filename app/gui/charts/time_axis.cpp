// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_axis.h"

#include "app/gui/presenters/weekly_volume_presenter.h"

#include <algorithm>

namespace stridelog::gui {

void setUpTimeAxis(QCustomPlot& plot) {
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    // Keys are UTC-calendar seconds (dayKey): labelled in UTC they read as the runner's dates.
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(8);
    plot.xAxis->setTicker(ticker);
    adaptDateFormat(*plot.xAxis);
    plot.setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot.axisRect()->setRangeDrag(Qt::Horizontal);
    plot.axisRect()->setRangeZoom(Qt::Horizontal);
}

void alignTimeAxisMargins(QCustomPlot& plot) {
    const int side = plot.fontMetrics().height() * 4;
    plot.axisRect()->setAutoMargins(QCP::msTop | QCP::msBottom);
    plot.axisRect()->setMargins(QMargins(side, 0, side, 0));
}

QCPRange clampTimeRange(const QCPRange& wanted, const TimeBounds& bounds) {
    const double full = bounds.upper - bounds.lower;
    const double span = std::clamp(wanted.size(), std::min(4 * kSecondsPerWeek, full), full);
    double lower = std::clamp(wanted.center() - span / 2, bounds.lower, bounds.upper - span);
    return {lower, lower + span};
}

void settleTimeAxis(QCPAxis& axis, const QCPRange& range, const TimeBounds& bounds,
                    bool& clamping) {
    const QCPRange clamped = clampTimeRange(range, bounds);
    if (clamped != range) {
        clamping = true;
        axis.setRange(clamped);
        clamping = false;
    }
    adaptDateFormat(axis);
}

void adaptDateFormat(QCPAxis& axis) {
    auto ticker = axis.ticker().dynamicCast<QCPAxisTickerDateTime>();
    if (!ticker) return;
    const double weeks = axis.range().size() / kSecondsPerWeek;
    ticker->setDateTimeFormat(weeks <= 30 ? QStringLiteral("d MMM") : QStringLiteral("MMM yyyy"));
}

}  // namespace stridelog::gui

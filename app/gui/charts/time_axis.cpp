// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_axis.h"

#include "week_ticker.h"

#include "app/gui/presenters/weekly_volume_presenter.h"

#include <algorithm>

namespace stridelog::gui {

void setUpTimeAxis(QCustomPlot& plot) {
    // "This year" comes from the session's clock, with the data (setTimeAxisCalendar).
    auto ticker = QSharedPointer<WeekTicker>::create();
    plot.xAxis->setTicker(ticker);
    // Before each replot lays out the axis: as many labels as its width holds.
    QObject::connect(&plot, &QCustomPlot::beforeReplot, &plot, [&plot, ticker] {
        const QFontMetrics metrics(plot.xAxis->tickLabelFont());
        const int gap = metrics.horizontalAdvance(QStringLiteral("MM"));
        const int side = plot.fontMetrics().height() * 4;  // alignTimeAxisMargins()
        ticker->setRoom(plot.width() - 2 * side,
                        metrics.horizontalAdvance(QStringLiteral("30 May")) + gap,
                        metrics.horizontalAdvance(QStringLiteral("30 May 2026")) + gap);
    });
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
}

void setTimeAxisCalendar(QCustomPlot& plot, QDate anyWeekStart, int thisYear) {
    auto ticker = plot.xAxis->ticker().dynamicCast<WeekTicker>();
    if (!ticker) return;
    if (anyWeekStart.isValid()) ticker->setWeekStart(anyWeekStart);
    ticker->setThisYear(thisYear);
}

}  // namespace stridelog::gui

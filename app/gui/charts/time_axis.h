// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shared time axis of the weekly and load charts: ticks on week starts or months
// (week_ticker.h), horizontal-only drag and wheel zoom, and a clamp that keeps the view inside the
// journal's history (no zooming out past the first week or scrolling into the future) and at least
// a few weeks wide.

#include "app/gui/charts/qcustomplot_include.h"

#include <QDate>

namespace stridelog::gui {

struct TimeBounds {
    double lower = 0;
    double upper = 0;
};

// Sets up `plot`'s bottom axis as a date axis that can be dragged and zoomed horizontally.
void setUpTimeAxis(QCustomPlot& plot);
// The runner's week (ticks stand on its first day) and this year (labels in it need no year).
void setTimeAxisCalendar(QCustomPlot& plot, QDate anyWeekStart, int thisYear);
// Fixed left and right margins, the same on every time chart, so the weekly and load charts'
// dates line up one above the other whatever their value axes' labels need.
void alignTimeAxisMargins(QCustomPlot& plot);
// `wanted` moved inside `bounds`, no narrower than four weeks (or the whole history).
QCPRange clampTimeRange(const QCPRange& wanted, const TimeBounds& bounds);
// After the user moved or zoomed `axis` to `range`: keeps it within the history. `clamping`
// guards against the range change this itself causes.
void settleTimeAxis(QCPAxis& axis, const QCPRange& range, const TimeBounds& bounds, bool& clamping);

}  // namespace stridelog::gui

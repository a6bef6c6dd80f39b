// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The load chart under the weekly chart: R11's acute (7-day) and chronic (28-day) curves on
// the same time axis. Its x range follows the weekly chart and the other way round, so
// dragging either moves both.

#include "app/gui/theme/chart_colours.h"
#include "time_axis.h"

#include "app/gui/presenters/load_presenter.h"

#include "app/gui/charts/qcustomplot_include.h"

#include <functional>

namespace stridelog::gui {

class LoadChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit LoadChart(QWidget* parent = nullptr);

    void setCurves(LoadCurves curves, TimeBounds bounds);
    // Hover text for a key; the dashboard passes the presenter's loadTooltip.
    void setTooltipSource(std::function<QString(double)> source) { tooltip_ = std::move(source); }
    const LoadCurves& curves() const { return curves_; }

Q_SIGNALS:
    void timeRangeChanged(const QCPRange& range);

public Q_SLOTS:
    void setTimeRange(const QCPRange& range);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColours();
    void onRangeChanged(const QCPRange& range);
    void fitValueAxis();

    LoadCurves curves_;
    TimeBounds bounds_;
    ChartColours colours_;
    QCPGraph* acute_ = nullptr;
    QCPGraph* chronic_ = nullptr;
    std::function<QString(double)> tooltip_;
    QCPItemText* emptyNote_ = nullptr;
    bool clamping_ = false;
};

}  // namespace stridelog::gui

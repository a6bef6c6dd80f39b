// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dashboard's main chart: one bar per week in the user's unit, each week's limit (R1, or
// R2's comeback cap) as a short line across its bar, weeks over it in amber, this week
// highlighted with what is left of its allowance stacked on top, and the worst knee pain of
// each week as a point on a 0–10 axis on the right, coloured by its R5 stage. It draws a
// WeeklyVolumeData and nothing else; hovering shows the week's numbers; dragging and the wheel
// move and zoom through the history (horizontal only); rangeChanged lets the load chart follow.

#include "app/gui/theme/chart_colours.h"
#include "time_axis.h"

#include "app/gui/presenters/weekly_volume_presenter.h"

#include "app/gui/charts/qcustomplot_include.h"

namespace stridelog::gui {

class PainStagesLegendItem;

class WeeklyVolumeChart : public QCustomPlot {
    Q_OBJECT

public:
    // How to move and zoom it, said after the summary.
    static QString usageHint();
    explicit WeeklyVolumeChart(QWidget* parent = nullptr);

    void setData(WeeklyVolumeData weeks);
    const WeeklyVolumeData& data() const { return data_; }
    // Shows the 16 weeks ending with `week` (a warning about that week was opened).
    void showWeek(QDate weekStart);
    // The week under a point of the widget, or nullptr.
    const WeekBar* barAt(const QPoint& position) const;
    // Whether the weekly limits are drawn as one line (zoomed out) rather than a stroke a bar.
    bool limitsAsLine() const;
    const QCPGraph* painMarkers(int stage) const { return painStages_[stage - 1]; }

Q_SIGNALS:
    void timeRangeChanged(const QCPRange& range);

public Q_SLOTS:
    void setTimeRange(const QCPRange& range);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createLayers();
    void applyColours();
    void fillSeries();
    void onRangeChanged(const QCPRange& range);
    void fitValueAxis();
    void resizeLimitMarkers();

    WeeklyVolumeData data_;
    TimeBounds bounds_;
    ChartColours colours_;
    QCPBars* okBars_ = nullptr;
    QCPBars* overBars_ = nullptr;
    QCPBars* currentBars_ = nullptr;
    QCPBars* remainingBars_ = nullptr;
    QCPGraph* limits_ = nullptr;
    QCPGraph* painStages_[4] = {};
    PainStagesLegendItem* painLegend_ = nullptr;
    QCPItemText* emptyNote_ = nullptr;
    bool clamping_ = false;
};

}  // namespace stridelog::gui

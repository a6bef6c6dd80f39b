// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A run's pace, heart rate, cadence and elevation against distance, one panel each (only those
// the watch recorded), stacked so the same distance lines up across all of them. Pace is
// drawn faster-up, the way runners read it.

#include "app/gui/presenters/run_presenter.h"

#include "app/gui/charts/qcustomplot_include.h"

namespace stridelog::gui {

class TrackChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit TrackChart(QWidget* parent = nullptr);

    void setSeries(const TrackSeries& series, const QString& unitSymbol, const QString& paceUnit);
    // The panels shown, top to bottom ("Pace", "Heart rate", "Cadence", "Elevation").
    QStringList panels() const { return panels_; }

private:
    // What the panels draw, in a sentence for the accessible description.
    QString summary(const TrackSeries& series, const QString& unitSymbol,
                    const QString& paceUnit) const;
    void addPanel(const QString& title, const QVector<double>& x, const QVector<double>& y,
                  const QColor& colour, bool reversed, const QString& unitSymbol);

    QStringList panels_;
    QCPMarginGroup* margins_ = nullptr;
};

}  // namespace stridelog::gui

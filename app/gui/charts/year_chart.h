// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The calendar's year: one bar per month of its distance in the runner's units, the month the
// calendar shows picked out, each bar labelled with its total and the year's total above. Its
// accessible description reads the twelve totals out ("Jan 84 km · Feb 92 km · …").

#include "app/gui/charts/qcustomplot_include.h"

#include "core/model/enums.h"

#include <array>
#include <cstdint>

namespace stridelog::gui {

class YearChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit YearChart(QWidget* parent = nullptr);

    // Metres run in each month of `year`; `shownMonth` (1–12) is drawn as the current one.
    void setYear(int year, const std::array<std::int64_t, 12>& monthMetres, int shownMonth,
                 UnitSystem units);
    // Each month's bar height, in the runner's units.
    std::array<double, 12> values() const { return values_; }
    QString title() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    std::array<double, 12> values_{};
    int shownMonth_ = 1;
    QCPBars* months_ = nullptr;
    QCPBars* shown_ = nullptr;
    QCPTextElement* title_ = nullptr;
    QList<QCPItemText*> labels_;
};

}  // namespace stridelog::gui

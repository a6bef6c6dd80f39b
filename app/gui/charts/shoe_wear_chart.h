// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shoe wear (R3): each pair in use as a horizontal bar of its distance, with a mark at 80% of
// its own limit ("plan a replacement") and one at 100% ("replace"), coloured by status.

#include "app/gui/theme/chart_colours.h"

#include "app/gui/presenters/shoe_presenter.h"

#include "app/gui/charts/qcustomplot_include.h"

namespace stridelog::gui {

class ShoeWearChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit ShoeWearChart(QWidget* parent = nullptr);

    void setShoes(std::vector<ShoeBar> shoes, const QString& unitSymbol);
    const std::vector<ShoeBar>& shoes() const { return shoes_; }
    // Height that shows every pair without squeezing, for the dashboard's layout.
    QSize sizeHint() const override;

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColours();
    void fill();
    void resizeMarks();

    std::vector<ShoeBar> shoes_;
    ChartColours colours_;
    QCPBars* statusBars_[3] = {};  // ok, soon, replace
    QCPGraph* soonMarks_ = nullptr;
    QCPGraph* limitMarks_ = nullptr;
};

}  // namespace stridelog::gui

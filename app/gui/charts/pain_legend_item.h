// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One legend entry for the four pain markers of the weekly chart: four dots in the stage
// colours, then "Worst pain, stage 1–4". Four separate entries took a whole legend row, which
// a small window cannot spare.

#include "app/gui/theme/chart_colours.h"

#include "app/gui/charts/qcustomplot_include.h"

namespace stridelog::gui {

class PainStagesLegendItem : public QCPAbstractLegendItem {
    Q_OBJECT

public:
    PainStagesLegendItem(QCPLegend* legend, const QString& text);
    void setColours(const ChartColours& colours) { colours_ = colours; }
    QString text() const { return text_; }

protected:
    void draw(QCPPainter* painter) override;
    QSize minimumOuterSizeHint() const override;

private:
    int dotsWidth() const;

    QString text_;
    ChartColours colours_;
};

}  // namespace stridelog::gui

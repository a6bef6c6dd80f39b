// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The weekly volume chart of the clinician report, painted with QPainter so it is vector in
// the PDF: one bar per week, the week's limit as a black line across its slot, over-limit bars
// in another colour and hatched (so a black-and-white copy still shows them), the worst pain of
// each week under its date, labelled axes and a small legend.

#include "clinician_report.h"
#include "report_canvas.h"

namespace stridelog::gui {

// Draws the chart at the cursor across the full width and moves the cursor below it.
void drawWeeklyVolumeChart(ReportCanvas& canvas, const ClinicianReport& report, double heightMm);

// The upper end of the km axis and its step: round numbers, at most six steps.
struct ChartScale {
    double top = 10;
    double step = 2;
};
ChartScale chartScale(double largestKm);

}  // namespace stridelog::gui

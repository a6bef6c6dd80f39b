// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Charts a screen reader can read. Without this a QCustomPlot is an unnamed "filler" to the
// accessibility tree. The factory gives every plot the Chart role, its accessible name and, as
// its description, the summary core wrote from the evaluation it draws
// (core/rules/chart_summaries.h); a new summary is announced, so the reader hears a change.

#include <QString>

class QWidget;

namespace stridelog::gui {

// Once per program, before the first window is shown (main() and the GUI tests' main()).
void installChartAccessibility();

// Sets `summary` as the chart's description and tells the accessibility tree, when it changed.
void setChartSummary(QWidget& chart, const QString& summary);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A plain table for the clinician report: a bold header over a rule, one row per entry with
// wrapped cells and a hairline between rows. A table longer than the page continues on the
// next one under a repeated header, so the pain table of a long period simply flows on.

#include "report_canvas.h"

#include <QColor>
#include <QString>

#include <vector>

namespace stridelog::gui {

struct ReportColumn {
    ReportColumn(QString heading, double width, Qt::Alignment alignment = Qt::AlignLeft)
        : title(std::move(heading)), widthMm(width), align(alignment) {}

    QString title;
    double widthMm = 20;
    Qt::Alignment align = Qt::AlignLeft;
};

struct ReportCell {
    ReportCell(QString shown = {}, bool strong = false, QColor ink = report_palette::kText,
               QString small = {})  // NOLINT: implicit, so a row reads as a list of texts
        : text(std::move(shown)), bold(strong), colour(std::move(ink)), note(std::move(small)) {}

    QString text;
    bool bold = false;
    QColor colour = report_palette::kText;
    // Optional second line in small grey type under the text.
    QString note;
};

using ReportRow = std::vector<ReportCell>;

struct ReportTable {
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
    double bodyPoints = 9;
};

// Draws `table` at the cursor from `xMm`, breaking pages between rows; moves the cursor below.
void drawReportTable(ReportCanvas& canvas, const ReportTable& table, double xMm);
// Draws it at a fixed place without page breaks and without moving the cursor (side-by-side
// blocks); returns its height in mm.
double drawReportTableAt(ReportCanvas& canvas, const ReportTable& table, double xMm, double yMm);
// The header and the first row: what a heading must stay with.
double reportTableLeadHeight(ReportCanvas& canvas, const ReportTable& table);
// The height drawReportTableAt would use.
double reportTableHeight(ReportCanvas& canvas, const ReportTable& table);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_table.h"

#include <algorithm>

namespace stridelog::gui {
namespace {

constexpr double kPadMm = 1.2;     // inside each cell, left and right
constexpr double kRowGapMm = 1.0;  // above and below each row's text
constexpr double kNotePoints = 7.5;

double cellHeight(ReportCanvas& canvas, const ReportTable& table, const ReportCell& cell,
                  const ReportColumn& column) {
    const double textWidth = column.widthMm - 2 * kPadMm;
    double height = canvas.textHeight(cell.text.isEmpty() ? QStringLiteral(" ") : cell.text,
                                      ReportCanvas::font(table.bodyPoints, cell.bold), textWidth);
    if (!cell.note.isEmpty())
        height += canvas.textHeight(cell.note, ReportCanvas::font(kNotePoints), textWidth);
    return height;
}

double rowHeight(ReportCanvas& canvas, const ReportTable& table, const ReportRow& row) {
    double height = 0;
    for (std::size_t i = 0; i < row.size() && i < table.columns.size(); ++i)
        height = std::max(height, cellHeight(canvas, table, row[i], table.columns[i]));
    return height + 2 * kRowGapMm;
}

double headerHeight(ReportCanvas& canvas, const ReportTable& table) {
    double height = 0;
    for (const ReportColumn& column : table.columns) {
        height = std::max(
            height, canvas.textHeight(column.title, ReportCanvas::font(table.bodyPoints, true),
                                      column.widthMm - 2 * kPadMm));
    }
    return height + 2 * kRowGapMm;
}

double drawHeader(ReportCanvas& canvas, const ReportTable& table, double x, double y) {
    const double height = headerHeight(canvas, table);
    double cellX = x;
    for (const ReportColumn& column : table.columns) {
        canvas.drawText(cellX + kPadMm, y + kRowGapMm, column.widthMm - 2 * kPadMm, column.title,
                        ReportCanvas::font(table.bodyPoints, true), report_palette::kText,
                        static_cast<int>(column.align));
        cellX += column.widthMm;
    }
    double width = 0;
    for (const ReportColumn& column : table.columns) width += column.widthMm;
    canvas.hline(x, y + height, width, report_palette::kText, 0.3);
    return height;
}

double drawRow(ReportCanvas& canvas, const ReportTable& table, const ReportRow& row, double x,
               double y) {
    const double height = rowHeight(canvas, table, row);
    double cellX = x;
    double width = 0;
    for (std::size_t i = 0; i < row.size() && i < table.columns.size(); ++i) {
        const ReportColumn& column = table.columns[i];
        const ReportCell& cell = row[i];
        const double textWidth = column.widthMm - 2 * kPadMm;
        const int flags = static_cast<int>(column.align);
        const double used =
            canvas.drawText(cellX + kPadMm, y + kRowGapMm, textWidth, cell.text,
                            ReportCanvas::font(table.bodyPoints, cell.bold), cell.colour, flags);
        if (!cell.note.isEmpty()) {
            canvas.drawText(cellX + kPadMm, y + kRowGapMm + used, textWidth, cell.note,
                            ReportCanvas::font(kNotePoints), report_palette::kMuted, flags);
        }
        cellX += column.widthMm;
    }
    for (const ReportColumn& column : table.columns) width += column.widthMm;
    canvas.hline(x, y + height, width, report_palette::kRule, 0.15);
    return height;
}

}  // namespace

double reportTableLeadHeight(ReportCanvas& canvas, const ReportTable& table) {
    const double first = table.rows.empty() ? 0 : rowHeight(canvas, table, table.rows.front());
    return headerHeight(canvas, table) + first;
}

void drawReportTable(ReportCanvas& canvas, const ReportTable& table, double xMm) {
    // Keep the header with at least its first row.
    canvas.ensureSpace(reportTableLeadHeight(canvas, table));
    canvas.advance(drawHeader(canvas, table, xMm, canvas.y()));
    for (const ReportRow& row : table.rows) {
        if (!canvas.ensureSpace(rowHeight(canvas, table, row)))
            canvas.advance(drawHeader(canvas, table, xMm, canvas.y()));
        canvas.advance(drawRow(canvas, table, row, xMm, canvas.y()));
    }
}

double drawReportTableAt(ReportCanvas& canvas, const ReportTable& table, double xMm, double yMm) {
    double y = yMm + drawHeader(canvas, table, xMm, yMm);
    for (const ReportRow& row : table.rows) y += drawRow(canvas, table, row, xMm, y);
    return y - yMm;
}

double reportTableHeight(ReportCanvas& canvas, const ReportTable& table) {
    double height = headerHeight(canvas, table);
    for (const ReportRow& row : table.rows) height += rowHeight(canvas, table, row);
    return height;
}

}  // namespace stridelog::gui

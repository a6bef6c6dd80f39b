// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The page the clinician report is painted on: A4 through QPdfWriter, measured in millimetres,
// with a cursor that moves down the page and a page break when the next block does not fit.
// Every page gets the same footer ("not a medical record", page N of M). The sections
// (clinician_report_pdf.cpp), the chart and the tables draw through it and never deal with
// device pixels or page sizes.

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

class QPdfWriter;

namespace stridelog::gui {

// Colours that also read in black and white: the over-limit bars carry a hatch as well.
namespace report_palette {
inline const QColor kText{0x20, 0x20, 0x20};
inline const QColor kMuted{0x60, 0x60, 0x60};
inline const QColor kRule{0xc8, 0xc8, 0xc8};
inline const QColor kBar{0x5b, 0x84, 0xb1};
inline const QColor kOver{0xd9, 0x6a, 0x1e};
inline const QColor kCaution{0xc2, 0x7c, 0x0e};
inline const QColor kStop{0xb0, 0x2a, 0x2a};
}  // namespace report_palette

class ReportCanvas {
public:
    // `totalPages` is 0 while it is not known yet (the first of two passes).
    ReportCanvas(QPdfWriter& writer, QString footer, int totalPages);
    ~ReportCanvas();
    ReportCanvas(const ReportCanvas&) = delete;
    ReportCanvas& operator=(const ReportCanvas&) = delete;

    QPainter& painter() { return painter_; }
    bool isActive() const { return painter_.isActive(); }

    // Millimetres to device units, and the writable area in millimetres.
    double px(double mm) const { return mm * dotsPerMm_; }
    double left() const { return kMarginMm; }
    double width() const { return pageWidthMm_ - 2 * kMarginMm; }

    double y() const { return y_; }  // mm from the top of the page
    void advance(double mm) { y_ += mm; }
    // Height in mm left above the footer on this page.
    double remaining() const { return pageHeightMm_ - kFooterMm - 6.0 - y_; }
    // Starts a new page unless `heightMm` still fits below the cursor; true if it did.
    bool ensureSpace(double heightMm);
    void newPage();
    int page() const { return page_; }
    void finish();

    static QFont font(double points, bool bold = false, bool italic = false);
    // Height in mm that `text` takes wrapped to `widthMm`.
    double textHeight(const QString& text, const QFont& font, double widthMm);
    // Draws wrapped text with its top-left at (xMm, yMm); returns the height used in mm.
    double drawText(double xMm, double yMm, double widthMm, const QString& text, const QFont& font,
                    const QColor& colour = report_palette::kText, int flags = Qt::AlignLeft);
    // Text at the cursor, across the full width; moves the cursor below it.
    void paragraph(const QString& text, const QFont& font,
                   const QColor& colour = report_palette::kText, double spaceAfterMm = 1.5);
    void hline(double xMm, double yMm, double widthMm, const QColor& colour, double thicknessMm);
    QRectF rect(double xMm, double yMm, double widthMm, double heightMm) const;

private:
    static constexpr double kMarginMm = 16.0;
    static constexpr double kTopMm = 14.0;
    static constexpr double kFooterMm = 12.0;  // from the bottom edge to the footer's baseline

    void drawFooter();

    QPdfWriter& writer_;
    QPainter painter_;
    QString footer_;
    int totalPages_ = 0;
    double dotsPerMm_ = 1;
    double pageWidthMm_ = 210;
    double pageHeightMm_ = 297;
    double y_ = kTopMm;
    int page_ = 1;
    bool finished_ = false;
};

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_canvas.h"
#include "report_text.h"

#include <QPageLayout>
#include <QPdfWriter>

namespace stridelog::gui {

ReportCanvas::ReportCanvas(QPdfWriter& writer, QString footer, int totalPages)
    : writer_(writer), footer_(std::move(footer)), totalPages_(totalPages) {
    const QRectF page = writer.pageLayout().fullRect(QPageLayout::Millimeter);
    pageWidthMm_ = page.width();
    pageHeightMm_ = page.height();
    dotsPerMm_ = writer.resolution() / 25.4;
    painter_.begin(&writer);
    painter_.setRenderHint(QPainter::Antialiasing);
}

ReportCanvas::~ReportCanvas() {
    finish();
}

bool ReportCanvas::ensureSpace(double heightMm) {
    if (y_ + heightMm <= pageHeightMm_ - kFooterMm - 6.0) return true;
    newPage();
    return false;
}

void ReportCanvas::newPage() {
    drawFooter();
    writer_.newPage();
    ++page_;
    y_ = kTopMm;
}

void ReportCanvas::finish() {
    if (finished_ || !painter_.isActive()) return;
    finished_ = true;
    drawFooter();
    painter_.end();
}

QFont ReportCanvas::font(double points, bool bold, bool italic) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

double ReportCanvas::textHeight(const QString& text, const QFont& font, double widthMm) {
    painter_.setFont(font);
    const QRectF bounds =
        painter_.boundingRect(rect(0, 0, widthMm, 1000), Qt::AlignLeft | Qt::TextWordWrap, text);
    return bounds.height() / dotsPerMm_;
}

double ReportCanvas::drawText(double xMm, double yMm, double widthMm, const QString& text,
                              const QFont& font, const QColor& colour, int flags) {
    painter_.setFont(font);
    painter_.setPen(colour);
    QRectF used;
    painter_.drawText(rect(xMm, yMm, widthMm, 1000), flags | Qt::TextWordWrap, text, &used);
    return used.height() / dotsPerMm_;
}

void ReportCanvas::paragraph(const QString& text, const QFont& font, const QColor& colour,
                             double spaceAfterMm) {
    ensureSpace(textHeight(text, font, width()));
    y_ += drawText(left(), y_, width(), text, font, colour) + spaceAfterMm;
}

void ReportCanvas::hline(double xMm, double yMm, double widthMm, const QColor& colour,
                         double thicknessMm) {
    painter_.fillRect(rect(xMm, yMm - thicknessMm / 2, widthMm, thicknessMm), colour);
}

QRectF ReportCanvas::rect(double xMm, double yMm, double widthMm, double heightMm) const {
    return {px(xMm), px(yMm), px(widthMm), px(heightMm)};
}

void ReportCanvas::drawFooter() {
    const double y = pageHeightMm_ - kFooterMm;
    hline(left(), y - 1.5, width(), report_palette::kRule, 0.2);
    const QFont small = font(7.5);
    drawText(left(), y, width() - 30, footer_, small, report_palette::kMuted);
    const QString pageText = totalPages_ > 0
                                 ? ReportWords::tr("page %1 of %2").arg(page_).arg(totalPages_)
                                 : ReportWords::tr("page %1").arg(page_);
    drawText(left(), y, width(), pageText, small, report_palette::kMuted, Qt::AlignRight);
}

}  // namespace stridelog::gui

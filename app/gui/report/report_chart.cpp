// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_chart.h"
#include "core/i18n/locale_text.h"
#include "report_text.h"

#include <QLocale>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace stridelog::gui {
namespace {

constexpr double kAxisWidthMm = 11;
constexpr double kLegendMm = 6;
constexpr double kDateRowMm = 4.5;
constexpr double kPainRowMm = 4.5;
constexpr double kTitleRowMm = 4.5;
const QColor kHatch{0x6b, 0x2c, 0x00};

struct Plot {
    QRectF mm;  // the plotting area in millimetres
    ChartScale scale;
    double slot = 1;  // mm per week

    double yFor(double km) const { return mm.bottom() - mm.height() * km / scale.top; }
    double xCentre(std::size_t index) const {
        return mm.left() + slot * (static_cast<double>(index) + 0.5);
    }
};

void hatch(ReportCanvas& canvas, const QRectF& bar) {
    QPainter& painter = canvas.painter();
    painter.save();
    painter.setClipRect(bar);
    painter.setPen(QPen(kHatch, canvas.px(0.3)));
    const double spacing = canvas.px(1.3);
    for (double x = bar.left() - bar.height(); x < bar.right(); x += spacing)
        painter.drawLine(QPointF(x, bar.bottom()), QPointF(x + bar.height(), bar.top()));
    painter.restore();
}

void drawBar(ReportCanvas& canvas, const Plot& plot, std::size_t index, const ReportWeek& week) {
    const double barWidth = plot.slot * 0.6;
    const double top = plot.yFor(week.volume.km());
    const QRectF bar =
        canvas.rect(plot.xCentre(index) - barWidth / 2, top, barWidth, plot.mm.bottom() - top);
    canvas.painter().fillRect(bar, week.overLimit ? report_palette::kOver : report_palette::kBar);
    if (week.overLimit) hatch(canvas, bar);
}

void drawLimit(ReportCanvas& canvas, const Plot& plot, std::size_t index, const ReportWeek& week) {
    if (!week.limit) return;
    const double width = plot.slot * 0.84;
    canvas.hline(plot.xCentre(index) - width / 2, plot.yFor(week.limit->km()), width, Qt::black,
                 0.55);
}

void drawKmAxis(ReportCanvas& canvas, const Plot& plot) {
    const QFont small = ReportCanvas::font(7.5);
    for (double km = 0; km <= plot.scale.top + 1e-9; km += plot.scale.step) {
        const double y = plot.yFor(km);
        canvas.hline(plot.mm.left(), y, plot.mm.width(), report_palette::kRule,
                     km == 0 ? 0.3 : 0.1);
        canvas.drawText(plot.mm.left() - kAxisWidthMm, y - 1.6, kAxisWidthMm - 1.5,
                        QString::number(km, 'f', 0), small, report_palette::kMuted, Qt::AlignRight);
    }
}

// The worst pain per week under the dates. Where weeks are too narrow for a number each,
// neighbouring weeks share one label showing the highest of them, so "6" and "7" side by side
// never read as "67".
void drawPainRow(ReportCanvas& canvas, const Plot& plot, const ClinicianReport& report, double y) {
    constexpr double kLabelMm = 3.5;
    const auto every = static_cast<std::size_t>(std::max(1.0, std::ceil(kLabelMm / plot.slot)));
    for (std::size_t first = 0; first < report.weeks.size(); first += every) {
        std::optional<int> worst;
        const std::size_t last = std::min(first + every, report.weeks.size()) - 1;
        for (std::size_t i = first; i <= last; ++i) {
            const auto pain = report.weeks[i].painMax;
            if (pain && (!worst || *pain > *worst)) worst = pain;
        }
        if (!worst) continue;
        // Centred on its group, so labels stay at least kLabelMm apart.
        const double x = (plot.xCentre(first) + plot.xCentre(last)) / 2;
        canvas.drawText(x - 5, y, 10, QString::number(*worst), ReportCanvas::font(7.5, *worst > 5),
                        report_palette::kText, Qt::AlignHCenter);
    }
}

void drawWeekRows(ReportCanvas& canvas, const Plot& plot, const ClinicianReport& report) {
    const QFont small = ReportCanvas::font(7.5);
    const std::size_t count = report.weeks.size();
    // Dates need about 11 mm each; label every n-th week when they would collide.
    const auto every = static_cast<std::size_t>(std::max(1.0, std::ceil(11.0 / plot.slot)));
    // Over more than a year the day matters less than which year it was.
    const QString dateFormat = count > 40 ? QStringLiteral("MMM yy") : QStringLiteral("d MMM");
    const double dateY = plot.mm.bottom() + 1.0;
    const double painY = dateY + kDateRowMm;
    const bool anyPain = std::any_of(report.weeks.begin(), report.weeks.end(),
                                     [](const ReportWeek& w) { return w.painMax.has_value(); });
    for (std::size_t i = 0; i < count; ++i) {
        const ReportWeek& week = report.weeks[i];
        const double x = plot.xCentre(i);
        if (i % every == 0) {
            canvas.drawText(x - 10, dateY, 20,
                            i18n::textLocale().toString(week.weekStart, dateFormat), small,
                            report_palette::kMuted, Qt::AlignHCenter);
        }
    }
    drawPainRow(canvas, plot, report, painY);
    const double labelX = plot.mm.left() - kAxisWidthMm;
    if (anyPain) {
        canvas.drawText(labelX, painY, kAxisWidthMm - 1, ReportWords::tr("pain"), small,
                        report_palette::kMuted, Qt::AlignRight);
    }
    canvas.drawText(plot.mm.left(), painY + kPainRowMm, plot.mm.width(),
                    anyPain ? ReportWords::tr("Week starting; under it, the worst knee pain "
                                              "logged that week (0–10)")
                            : ReportWords::tr("Week starting"),
                    small, report_palette::kMuted, Qt::AlignHCenter);
}

double legendItem(ReportCanvas& canvas, double x, double y, int kind, const QString& text) {
    const QRectF swatch = canvas.rect(x, y + 0.6, 5, 2.6);
    if (kind == 0) canvas.painter().fillRect(swatch, report_palette::kBar);
    if (kind == 1) {
        canvas.painter().fillRect(swatch, report_palette::kOver);
        hatch(canvas, swatch);
    }
    if (kind == 2) canvas.hline(x, y + 1.9, 5, Qt::black, 0.55);
    const QFont small = ReportCanvas::font(7.5);
    canvas.drawText(x + 6.5, y, 60, text, small, report_palette::kText);
    canvas.painter().setFont(small);
    return 6.5 + canvas.painter().fontMetrics().horizontalAdvance(text) / canvas.px(1) + 5;
}

void drawLegend(ReportCanvas& canvas, double x, double y, int increasePct) {
    canvas.drawText(x - kAxisWidthMm, y, kAxisWidthMm + 10, ReportWords::tr("km per week"),
                    ReportCanvas::font(7.5, true), report_palette::kText);
    x += 18;
    x += legendItem(canvas, x, y, 0, ReportWords::tr("km run"));
    x += legendItem(canvas, x, y, 1, ReportWords::tr("over the week's limit"));
    legendItem(canvas, x, y, 2, ReportWords::tr("the week's limit (+%1% rule)").arg(increasePct));
}

}  // namespace

ChartScale chartScale(double largestKm) {
    if (largestKm <= 0) return {};
    for (const double step : {2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0}) {
        if (largestKm / step <= 6) return {std::ceil(largestKm / step) * step, step};
    }
    return {std::ceil(largestKm / 500.0) * 500.0, 500.0};
}

void drawWeeklyVolumeChart(ReportCanvas& canvas, const ClinicianReport& report, double heightMm) {
    canvas.ensureSpace(heightMm);
    const double top = canvas.y();
    double largest = 0;
    for (const ReportWeek& week : report.weeks) {
        largest = std::max(largest, week.volume.km());
        if (week.limit) largest = std::max(largest, week.limit->km());
    }
    Plot plot;
    plot.scale = chartScale(largest);
    const double plotHeight = heightMm - kLegendMm - kDateRowMm - kPainRowMm - kTitleRowMm;
    plot.mm = QRectF(canvas.left() + kAxisWidthMm, top + kLegendMm, canvas.width() - kAxisWidthMm,
                     plotHeight);
    plot.slot =
        plot.mm.width() / static_cast<double>(std::max<std::size_t>(1, report.weeks.size()));

    drawLegend(canvas, plot.mm.left(), top, report.weeklyIncreasePct);
    drawKmAxis(canvas, plot);
    for (std::size_t i = 0; i < report.weeks.size(); ++i) drawBar(canvas, plot, i, report.weeks[i]);
    for (std::size_t i = 0; i < report.weeks.size(); ++i)
        drawLimit(canvas, plot, i, report.weeks[i]);
    drawWeekRows(canvas, plot, report);
    canvas.advance(heightMm + 2);
}

}  // namespace stridelog::gui

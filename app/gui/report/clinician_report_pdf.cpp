// SPDX-License-Identifier: GPL-3.0-or-later
// The sections of the clinician report, top to bottom: title and the runner's note, the
// period at a glance, the weekly chart and table, knee pain, warnings, shoes. Body text is
// 9 pt, headings 11 pt; nothing is drawn that a reader would have to decode.
#include "clinician_report_pdf.h"
#include "report_text.h"

#include "report_chart.h"
#include "report_sections.h"

#include "core/store/file_modes.h"

#include <QBuffer>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>

namespace stridelog::gui {
namespace {

constexpr int kResolution = 300;

QString title(const ClinicianReport& report) {
    return ReportWords::tr("Stridelog — training and knee pain, %1 to %2")
        .arg(reportDate(report.period.from), reportDate(report.period.to));
}

void paintReport(ReportCanvas& canvas, const ClinicianReport& report) {
    drawReportHeader(canvas, report, title(report));
    drawAtAGlance(canvas, report);
    drawSectionHeading(canvas, ReportWords::tr("Weekly running volume"), 60);
    if (report.weeks.empty()) {
        canvas.paragraph(ReportWords::tr("No runs were logged in this period."),
                         ReportCanvas::font(9));
    } else {
        drawWeeklyVolumeChart(canvas, report, 62);
        drawWeeksTable(canvas, report);
    }
    drawPainSection(canvas, report);
    drawWarningsSection(canvas, report);
    drawShoesSection(canvas, report);
}

Expected<ReportPdf> paintOnce(const ClinicianReport& report, int totalPages) {
    ReportPdf pdf;
    QBuffer buffer(&pdf.bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kResolution);
    writer.setTitle(title(report));
    writer.setCreator(QStringLiteral("Stridelog"));
    {
        ReportCanvas canvas(writer,
                            ReportWords::tr("Stridelog · a training journal kept by the "
                                            "runner, not a medical record"),
                            totalPages);
        if (!canvas.isActive()) return fail(ReportWords::tr("cannot start painting the report"));
        paintReport(canvas, report);
        pdf.pages = canvas.page();
    }
    return pdf;
}

}  // namespace

Expected<ReportPdf> renderClinicianReportPdf(const ClinicianReport& report) {
    auto counted = paintOnce(report, 0);
    if (!counted) return counted;
    return paintOnce(report, counted->pages);
}

Expected<int> writeClinicianReportPdf(const JournalSnapshot& journal, const ReportPeriod& period,
                                      Instant now, const QString& path) {
    if (const auto problem = checkReportPeriod(period)) return fail(*problem);
    const auto pdf = renderClinicianReportPdf(buildClinicianReport(journal, period, now));
    if (!pdf) return fail(pdf.error());
    const auto written = writePrivateFileAtomically(path, pdf->bytes);
    if (!written) return fail(written.error().message);
    return pdf->pages;
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
// Knee pain and warnings (see report_sections.h). Location hints are listed once per site
// under the pain table rather than on every row: the same sentence six times is clutter, and
// a reader finds the site's line at a glance.
#include "report_sections.h"
#include "report_text.h"

#include "report_table.h"
#include "report_words.h"

#include "core/rules/stage_severity.h"

#include <QLocale>
#include <QStringList>

namespace stridelog::gui {
namespace {

QColor severityColour(Severity severity) {
    switch (severity) {
        case Severity::Stop:
            return report_palette::kStop;
        case Severity::Caution:
            return report_palette::kCaution;
        case Severity::Info:
            break;
    }
    return report_palette::kMuted;
}

QColor stageColour(int stage) {
    return severityColour(severityOfStage(stage));
}

// The legend under the pain table, from R5's own bounds.
QString stageLegend(QDate asOf) {
    const auto days = [](int hours) { return hours / 24; };
    return ReportWords::tr(
               "Stage (overuse pain, after Blazina and Nirschl), the higher of when it came on "
               "and how long it lasted: 1 late in or after runs, or under %1 h; 2 during runs, "
               "or %2–%3 days; 3 from the start of runs, or %3–%4 days; 4 also at rest, or more "
               "than %4 days. Durations and stages as of %5.")
        .arg(kStageTwoFromHours)
        .arg(days(kStageTwoFromHours))
        .arg(days(kStageThreeFromHours))
        .arg(days(kStageFourAfterHours))
        .arg(reportDate(asOf));
}

ReportTable painTable(const ClinicianReport& report) {
    ReportTable table;
    table.columns = {{ReportWords::tr("Started"), 23},
                     {ReportWords::tr("Knee"), 11},
                     {ReportWords::tr("Where"), 38},
                     {ReportWords::tr("Pain"), 13, Qt::AlignRight},
                     {ReportWords::tr("Came on"), 31},
                     {ReportWords::tr("Lasted"), 28},
                     {ReportWords::tr("Stage"), 12, Qt::AlignHCenter},
                     {ReportWords::tr("Signs"), 21}};
    for (const ReportPain& pain : report.pains) {
        table.rows.push_back({
            {reportDate(pain.start.localDate())},
            {pain.knee},
            {pain.site},
            {QStringLiteral("%1/10").arg(pain.intensity), pain.intensity > 5},
            {pain.onset},
            {pain.duration},
            {QString::number(pain.stage), pain.stage >= 3, stageColour(pain.stage)},
            {pain.signs, true, report_palette::kStop,
             pain.adaptation ? ReportWords::tr("looks like adaptation pain") : QString()},
        });
    }
    return table;
}

// One line per site that occurs, in the order the sites first appear.
void drawHints(ReportCanvas& canvas, const ClinicianReport& report) {
    QStringList seen;
    QStringList lines;
    for (const ReportPain& pain : report.pains) {
        if (pain.hint.isEmpty() || seen.contains(pain.site)) continue;
        seen << pain.site;
        lines << QStringLiteral("%1: %2.").arg(pain.site, pain.hint);
    }
    if (lines.isEmpty()) return;
    canvas.advance(1.5);
    canvas.ensureSpace(
        canvas.textHeight(lines.join(QLatin1Char('\n')), ReportCanvas::font(8.5), canvas.width()) +
        5);
    canvas.paragraph(ReportWords::tr("Where it hurt — location hints, never a diagnosis"),
                     ReportCanvas::font(8.5, true), report_palette::kText, 0.5);
    for (const QString& line : lines)
        canvas.paragraph(line, ReportCanvas::font(8.5), report_palette::kText, 0.5);
}

}  // namespace

void drawPainSection(ReportCanvas& canvas, const ClinicianReport& report) {
    const QString heading = ReportWords::tr("Knee pain in the period");
    const ReportTable table = painTable(report);
    if (report.pains.empty()) {
        drawSectionHeading(canvas, heading, 6);
        canvas.paragraph(ReportWords::tr("No knee pain was logged in this period."),
                         ReportCanvas::font(9));
        return;
    }
    drawSectionHeading(canvas, heading, reportTableLeadHeight(canvas, table));
    drawReportTable(canvas, table, canvas.left());
    canvas.advance(1);
    canvas.paragraph(stageLegend(report.generatedAt.localDate()), ReportCanvas::font(7.5),
                     report_palette::kMuted, 1);
    drawHints(canvas, report);
}

void drawWarningsSection(ReportCanvas& canvas, const ClinicianReport& report) {
    const QString heading = ReportWords::tr("Warnings the journal showed at the end of the period");
    if (report.warnings.empty()) {
        drawSectionHeading(canvas, heading, 6);
        canvas.paragraph(ReportWords::tr("No warnings for this period."), ReportCanvas::font(9));
        return;
    }
    ReportTable table;
    table.columns = {{ReportWords::tr("Level"), 18},
                     {ReportWords::tr("What the journal saw"), 160}};
    for (const ReportWarning& warning : report.warnings) {
        table.rows.push_back(
            {{report_words::severity(warning.severity), true, severityColour(warning.severity)},
             {warning.message, false, report_palette::kText, warning.source}});
    }
    drawSectionHeading(canvas, heading, reportTableLeadHeight(canvas, table));
    drawReportTable(canvas, table, canvas.left());
}

}  // namespace stridelog::gui

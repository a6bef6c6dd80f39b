// SPDX-License-Identifier: GPL-3.0-or-later
// Header, the period at a glance, the weekly table and the shoes (see report_sections.h).
#include "report_sections.h"
#include "report_text.h"

#include "report_table.h"
#include "report_words.h"

#include "core/i18n/locale_text.h"
#include "core/model/unit_text.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace stridelog::gui {
namespace {

constexpr double kBlockGapMm = 4;
constexpr std::size_t kSingleBlockRows = 12;
constexpr std::size_t kMaxBlockRows = 28;

// The report's headings name km ("km per week"), so its numbers are km in every setting.
QString kmNumber(Distance distance) {
    return UnitText::reading(UnitSystem::Kilometres).distanceNumber(distance, 1);
}

QString changeText(const ReportWeek& week) {
    if (!week.changePct) return QStringLiteral("–");
    const long pct = std::lround(*week.changePct);
    return QStringLiteral("%1%2%").arg(pct > 0 ? QStringLiteral("+") : QString(),
                                       QString::number(pct));
}

// Compact blocks (two side by side) use a shorter date and narrower columns.
ReportTable weeksTable(const ClinicianReport& report, std::size_t first, std::size_t count,
                       bool compact) {
    ReportTable table;
    table.bodyPoints = compact ? 8 : 9;
    const double scale = compact ? 0.82 : 1.0;
    table.columns = {{ReportWords::tr("Week of"), 25 * scale},
                     {ReportWords::tr("Runs"), 12 * scale, Qt::AlignRight},
                     {QStringLiteral("km"), 14 * scale, Qt::AlignRight},
                     {ReportWords::tr("Limit"), 15 * scale, Qt::AlignRight},
                     {ReportWords::tr("Change"), 18 * scale, Qt::AlignRight},
                     {ReportWords::tr("Over"), 12 * scale, Qt::AlignHCenter},
                     {ReportWords::tr("Pain"), 11 * scale, Qt::AlignRight}};
    for (std::size_t i = first; i < first + count; ++i) {
        const ReportWeek& week = report.weeks[i];
        const QColor kmColour = week.overLimit ? report_palette::kOver : report_palette::kText;
        table.rows.push_back({
            {compact ? i18n::textLocale().toString(week.weekStart, QStringLiteral("d MMM yy"))
                     : reportDate(week.weekStart)},
            {QString::number(week.runs)},
            {kmNumber(week.volume), week.overLimit, kmColour},
            {week.limit ? kmNumber(*week.limit) : QStringLiteral("–")},
            {changeText(week)},
            {week.overLimit ? ReportWords::tr("over") : QString(), true, report_palette::kOver},
            {week.painMax ? QString::number(*week.painMax) : QString(), week.painMax > 5},
        });
    }
    return table;
}

}  // namespace

QString reportDate(QDate date) {
    return i18n::longDate(date, i18n::DateStyle::ShortDayMonthYear);
}

void drawReportHeader(ReportCanvas& canvas, const ClinicianReport& report, const QString& title) {
    canvas.paragraph(title, ReportCanvas::font(13, true), report_palette::kText, 1.0);
    const QDateTime printed = report.generatedAt.localDateTime();
    const QString generated = i18n::longDate(printed.date(), i18n::DateStyle::ShortDayMonthYear) +
                              printed.toString(QStringLiteral(", HH:mm"));
    canvas.paragraph(ReportWords::tr("This is a training journal kept by the runner, not a medical "
                                     "record. Printed %1. Weeks run Monday to Sunday; distances "
                                     "in km.")
                         .arg(generated),
                     ReportCanvas::font(8.5, false, true), report_palette::kMuted, 3.0);
}

void drawAtAGlance(ReportCanvas& canvas, const ClinicianReport& report) {
    const auto over = std::count_if(report.weeks.begin(), report.weeks.end(),
                                    [](const ReportWeek& w) { return w.overLimit; });
    int worst = -1;
    int stage = 0;
    int ongoing = 0;
    for (const ReportPain& pain : report.pains) {
        worst = std::max(worst, pain.intensity);
        stage = std::max(stage, pain.stage);
        if (pain.ongoing) ++ongoing;
    }
    int stops = 0;
    int cautions = 0;
    for (const ReportWarning& warning : report.warnings) {
        if (warning.severity == Severity::Stop) ++stops;
        if (warning.severity == Severity::Caution) ++cautions;
    }
    const QString running =
        ReportWords::tr("%1 runs, %2 in %3 weeks; %4 over the weekly limit.")
            .arg(report.runs)
            .arg(report_words::km(report.distance))
            .arg(report.weeks.size())
            .arg(over == 1 ? ReportWords::tr("1 week") : ReportWords::tr("%1 weeks").arg(over));
    const QString pain = report.pains.empty()
                             ? ReportWords::tr("none logged.")
                             : ReportWords::tr("%1 entries, worst %2/10, highest stage %3 of 4.")
                                   .arg(report.pains.size())
                                   .arg(worst)
                                   .arg(stage);
    const QString warnings = ReportWords::tr("%1 stop, %2 caution, %3 for information.")
                                 .arg(stops)
                                 .arg(cautions)
                                 .arg(static_cast<int>(report.warnings.size()) - stops - cautions);
    const QFont bold = ReportCanvas::font(9.5, true);
    const QFont body = ReportCanvas::font(9.5);
    const double top = canvas.y();
    const double labelWidth = 26;
    double y = top + 2;
    const QStringList labels = {ReportWords::tr("Running"), ReportWords::tr("Knee pain"),
                                ReportWords::tr("Warnings")};
    const QStringList texts = {running, pain, warnings};
    const double boxHeight = 2 + 3 * 5.0 + 1;
    canvas.painter().fillRect(canvas.rect(canvas.left(), top, canvas.width(), boxHeight),
                              QColor(0xf1, 0xf1, 0xf1));
    for (int i = 0; i < labels.size(); ++i) {
        canvas.drawText(canvas.left() + 3, y, labelWidth, labels[i], bold);
        canvas.drawText(canvas.left() + 3 + labelWidth, y, canvas.width() - labelWidth - 6,
                        texts[i], body);
        y += 5.0;
    }
    canvas.advance(boxHeight + 4);
}

void drawSectionHeading(ReportCanvas& canvas, const QString& text, double keepWithMm) {
    canvas.ensureSpace(10 + keepWithMm);
    canvas.advance(3.5);
    canvas.paragraph(text, ReportCanvas::font(11, true), report_palette::kText, 1.5);
}

// Weekly rows in blocks side by side, so a long period does not run down a page in a thin
// column.
void drawWeeksTable(ReportCanvas& canvas, const ClinicianReport& report) {
    const std::size_t count = report.weeks.size();
    const bool compact = count > kSingleBlockRows;
    const std::size_t rows = compact ? std::min(kMaxBlockRows, (count + 1) / 2) : count;
    canvas.paragraph(ReportWords::tr("Limit: the most the week could hold by the journal's rules "
                                     "(+%1% on the week before, or %2% of the usual volume "
                                     "after a break of two weeks or more). Change: against "
                                     "the week before. Pain: the worst intensity logged that "
                                     "week, 0–10.")
                         .arg(report.weeklyIncreasePct)
                         .arg(report.comebackPct),
                     ReportCanvas::font(7.5), report_palette::kMuted, 2.5);
    // A band that does not fit takes the rows that do, so a long period fills its pages.
    const double oneRow = reportTableHeight(canvas, weeksTable(report, 0, 1, compact));
    const double rowMm =
        count > 1 ? reportTableHeight(canvas, weeksTable(report, 0, 2, compact)) - oneRow : oneRow;
    const double headerMm = oneRow - rowMm;
    for (std::size_t band = 0; band < count;) {
        auto fit = static_cast<std::size_t>(std::max(0.0, (canvas.remaining() - headerMm) / rowMm));
        if (fit < 4) {
            canvas.newPage();
            fit = static_cast<std::size_t>((canvas.remaining() - headerMm) / rowMm);
        }
        const std::size_t bandRows = std::min({rows, fit, count - band});
        const ReportTable left = weeksTable(report, band, bandRows, compact);
        double height = drawReportTableAt(canvas, left, canvas.left(), canvas.y());
        const std::size_t rightFirst = band + bandRows;
        const std::size_t rightRows = std::min(bandRows, count - std::min(count, rightFirst));
        if (rightRows > 0) {
            const ReportTable right = weeksTable(report, rightFirst, rightRows, compact);
            const double x = canvas.left() + (canvas.width() + kBlockGapMm) / 2;
            height = std::max(height, drawReportTableAt(canvas, right, x, canvas.y()));
        }
        canvas.advance(height + 2);
        band = rightFirst + rightRows;
    }
}

void drawShoesSection(ReportCanvas& canvas, const ClinicianReport& report) {
    const QString heading = ReportWords::tr("Shoes worn in the period");
    if (report.shoes.empty()) {
        drawSectionHeading(canvas, heading, 6);
        canvas.paragraph(ReportWords::tr("No pair was recorded for the runs of this period."),
                         ReportCanvas::font(9));
        return;
    }
    ReportTable table;
    table.columns = {{ReportWords::tr("Pair"), 62},
                     {ReportWords::tr("Runs"), 14, Qt::AlignRight},
                     {ReportWords::tr("km in period"), 24, Qt::AlignRight},
                     {ReportWords::tr("km in total"), 24, Qt::AlignRight},
                     {ReportWords::tr("Limit"), 18, Qt::AlignRight},
                     {ReportWords::tr("Status"), 36}};
    for (const ReportShoe& shoe : report.shoes) {
        const bool worn = shoe.status == ShoeStatusKind::Replace;
        table.rows.push_back({{shoe.name},
                              {QString::number(shoe.periodRuns)},
                              {kmNumber(shoe.periodDistance)},
                              {kmNumber(shoe.total)},
                              {kmNumber(shoe.limit)},
                              {QStringLiteral("%1 (%2%)")
                                   .arg(report_words::shoeStatus(shoe.status),
                                        QString::number(std::lround(shoe.percent))),
                               worn}});
    }
    drawSectionHeading(canvas, heading, reportTableLeadHeight(canvas, table));
    drawReportTable(canvas, table, canvas.left());
}

}  // namespace stridelog::gui

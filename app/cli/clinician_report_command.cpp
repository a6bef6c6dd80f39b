// SPDX-License-Identifier: GPL-3.0-or-later
// `report --from D --to D [--out FILE]` (CLI.md 1.1): the clinician report's content for a
// period, as core decides it (core/rules/report_content.h), printed or written to FILE under a
// temporary name and renamed, mode 0600 since it holds health data. The PDF itself is drawn by
// the desktop app (`stridelog --report`), so a .pdf name is refused before anything is read.

#include "comeback_json.h"
#include "command.h"
#include "json_output.h"
#include "report_pdf.h"
#include "text_output.h"
#include "value_options.h"

#include "core/i18n/contexts.h"
#include "core/model/unit_text.h"
#include "core/rules/report_content.h"
#include "core/store/file_modes.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <utility>

namespace stridelog::cli {
namespace {

const QString kUsage = QStringLiteral("report --from D --to D [--out FILE]");

QString dayAndTime(Instant instant) {
    return instant.localDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject periodJson(const ReportContent& content) {
    return {{QStringLiteral("from"), content.period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), content.period.to.toString(Qt::ISODate)},
            {QStringLiteral("evaluated_at"), content.evaluatedAt.toLocalIsoString()},
            {QStringLiteral("generated_at"), content.generatedAt.toLocalIsoString()}};
}

QJsonObject summaryJson(const ReportSummary& summary) {
    return {{QStringLiteral("runs"), summary.runs},
            {QStringLiteral("km"), kmJson(summary.distance)},
            {QStringLiteral("duration_s"), static_cast<qint64>(summary.time.seconds())},
            {QStringLiteral("pain_entries"), summary.painEntries},
            {QStringLiteral("weeks_over_limit"), summary.weeksOverLimit}};
}

QJsonObject reportShoeJson(const ReportShoe& shoe) {
    return {{QStringLiteral("id"), static_cast<qint64>(shoe.id.value())},
            {QStringLiteral("name"), shoe.name},
            {QStringLiteral("period_runs"), shoe.periodRuns},
            {QStringLiteral("period_km"), kmJson(shoe.periodDistance)},
            {QStringLiteral("km"), kmJson(shoe.total)},
            {QStringLiteral("limit_km"), kmJson(shoe.limit)},
            {QStringLiteral("percent"), std::round(shoe.percent * 10) / 10},
            {QStringLiteral("status"), toString(shoe.status)}};
}

QJsonObject reportJson(const ReportContent& content) {
    QJsonArray weeks;
    for (const WeekSummary& week : content.weeks) weeks.append(weekJson(week));
    QJsonArray pain;
    for (const ReportPain& entry : content.pain) {
        QJsonObject object = painJson(entry.entry, entry.assessment);
        object.insert(QStringLiteral("ongoing"), entry.ongoing);
        pain.append(object);
    }
    QJsonArray shoes;
    for (const ReportShoe& shoe : content.shoes) shoes.append(reportShoeJson(shoe));
    QJsonArray comebacks;
    for (const ComebackStatus& status : content.comebacks)
        comebacks.append(comebackStatusJson(status));
    QJsonArray mornings;
    for (const MorningCheck& morning : content.mornings) mornings.append(morningJson(morning));
    return {{QStringLiteral("period"), periodJson(content)},
            {QStringLiteral("summary"), summaryJson(content.summary)},
            {QStringLiteral("weeks"), weeks},
            {QStringLiteral("pain"), pain},
            {QStringLiteral("warnings"), warningsJson(content.warnings)},
            {QStringLiteral("shoes"), shoes},
            {QStringLiteral("comeback"), comebacks},
            {QStringLiteral("mornings"), mornings}};
}

QString shoesTable(const std::vector<ReportShoe>& shoes, UnitSystem units) {
    if (shoes.empty()) return CliWords::tr("No pair was worn in the period.\n");
    QList<QStringList> rows;
    for (const ReportShoe& shoe : shoes) {
        rows << QStringList{QString::number(shoe.id.value()),
                            shoe.name,
                            QString::number(shoe.periodRuns),
                            formatDistance(shoe.periodDistance, units),
                            formatDistance(shoe.total, units),
                            formatDistance(shoe.limit, units),
                            QStringLiteral("%1%").arg(shoe.percent, 0, 'f', 0),
                            toString(shoe.status)};
    }
    return renderTable({CliWords::tr("ID"), CliWords::tr("NAME"), CliWords::tr("RUNS"),
                        CliWords::tr("IN PERIOD"), CliWords::tr("IN ALL"), CliWords::tr("LIMIT"),
                        CliWords::tr("WORN"), CliWords::tr("STATUS")},
                       rows);
}

// "the end of 2026-03-29" for a period evaluated at its end, else the day and time.
QString evaluatedText(const ReportContent& content) {
    if (content.evaluatedAt == Instant::endOfLocalDay(content.period.to))
        return CliWords::tr("the end of %1").arg(content.period.to.toString(Qt::ISODate));
    return dayAndTime(content.evaluatedAt);
}

// "Label:   value" lines, the values lined up.
QString labelledLines(const QList<std::pair<QString, QString>>& lines) {
    qsizetype width = 0;
    for (const auto& line : lines) width = std::max(width, line.first.size() + 1);
    QString text;
    for (const auto& [label, value] : lines)
        text += (label + QLatin1Char(':')).leftJustified(width + 2) + value + QLatin1Char('\n');
    return text;
}

QString reportText(const ReportContent& content, UnitSystem units) {
    const ReportSummary& summary = content.summary;
    QString text = CliWords::tr("Report for %1 to %2\n")
                       .arg(content.period.from.toString(Qt::ISODate),
                            content.period.to.toString(Qt::ISODate));
    text += CliWords::tr("Weeks, warnings and shoes as of %1; pain assessed as of %2.\n")
                .arg(evaluatedText(content), dayAndTime(content.generatedAt));
    text += QLatin1Char('\n');
    text += labelledLines(
        {{CliWords::tr("Runs"), QString::number(summary.runs)},
         {CliWords::tr("Distance"), formatDistance(summary.distance, units)},
         {CliWords::tr("Time"), formatDuration(summary.time)},
         {CliWords::tr("Pain entries"), QString::number(summary.painEntries)},
         {CliWords::tr("Weeks over their limit"), QString::number(summary.weeksOverLimit)}});
    std::vector<PainLine> pains;
    for (const ReportPain& entry : content.pain) pains.push_back({entry.entry, entry.assessment});
    text += QLatin1Char('\n') + CliWords::tr("Weeks\n") + weeksText(content.weeks, units);
    text += QLatin1Char('\n') + CliWords::tr("Knee pain\n") + painsText(pains);
    text += QLatin1Char('\n') + CliWords::tr("Warnings\n") + warningsText(content.warnings);
    text += QLatin1Char('\n') + CliWords::tr("Shoes\n") + shoesTable(content.shoes, units);
    return text;
}

// The period's options: both days required and not after tomorrow (exit 2), the first day not
// after the last (exit 1, a usage error like a missing option).
CliResult<ReportPeriod> readPeriod(const ParsedOptions& options, ValueReader& values) {
    if (auto missing = requireOptions(options, {QStringLiteral("--from"), QStringLiteral("--to")},
                                      QStringLiteral("report")))
        return Unexpected{*missing};
    const auto from = values.pastDate(QStringLiteral("--from"));
    const auto to = values.pastDate(QStringLiteral("--to"));
    if (values.failure()) return Unexpected{*values.failure()};
    if (*from > *to) {
        return Unexpected{Failure{ExitCode::InvalidInput, CliWords::tr("--from %1 is after --to %2")
                                                              .arg(from->toString(Qt::ISODate),
                                                                   to->toString(Qt::ISODate))}};
    }
    return ReportPeriod{*from, *to};
}

}  // namespace

CommandResult clinicianReport(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(
        arguments, {{QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--out")},
                    {},
                    0,
                    0,
                    kUsage});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    const auto period = readPeriod(*options, values);
    if (!period) return Unexpected{period.error()};
    const auto out = values.text(QStringLiteral("--out"));
    if (out) {
        if (auto refused = session.refuseJournalFile(*out)) return Unexpected{*refused};
        if (out->endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            return writeReportPdf(session, *period, *out);
    }
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};

    const ReportContent content = buildReportContent(*snapshot, *period, session.now());
    const QJsonObject json = reportJson(content);
    const QString text = reportText(content, snapshot->settings.units);
    if (!out) return CommandOutput{json, text, {}};
    // The file holds what would have been printed: JSON with --json, else the text.
    const QByteArray bytes =
        session.json() ? QJsonDocument(json).toJson(QJsonDocument::Indented) : text.toUtf8();
    if (auto written = writePrivateFileAtomically(*out, bytes); !written) {
        return Unexpected{Failure{
            ExitCode::InvalidInput,
            CliWords::tr("--out: cannot write '%1': %2").arg(*out, written.error().message)}};
    }
    return CommandOutput{
        QJsonObject{{QStringLiteral("file"), *out}},
        CliWords::tr("Wrote the report for %1 to %2 to %3.\n")
            .arg(period->from.toString(Qt::ISODate), period->to.toString(Qt::ISODate), *out),
        {}};
}

}  // namespace stridelog::cli

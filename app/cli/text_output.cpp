// SPDX-License-Identifier: GPL-3.0-or-later
// Tables and sentences for a terminal (see text_output.h).

#include "text_output.h"
#include "core/i18n/contexts.h"
#include "core/i18n/locale_text.h"

#include "json_output.h"

#include "core/model/duration_text.h"
#include "core/model/unit_text.h"

#include <algorithm>

namespace stridelog::cli {
namespace {

const QString kDash = QStringLiteral("-");

template <class T>
QString optionalText(const std::optional<T>& value) {
    if (!value) return kDash;
    if constexpr (std::is_same_v<T, int>) {
        return QString::number(*value);
    } else {
        return toString(*value);
    }
}

QString percentText(const std::optional<double>& value) {
    if (!value) return kDash;
    return QStringLiteral("%1%2%")
        .arg(*value > 0 ? QStringLiteral("+") : QString())
        .arg(*value, 0, 'f', 1);
}

QString subjectText(const WarningSubject& subject) {
    switch (subject.kind) {
        case WarningSubject::Kind::Week:
            return CliWords::tr("week of %1").arg(i18n::date(subject.week));
        case WarningSubject::Kind::Run:
            return CliWords::tr("run %1").arg(subject.id);
        case WarningSubject::Kind::Shoe:
            return CliWords::tr("shoe %1").arg(subject.id);
        case WarningSubject::Kind::Pain:
            return CliWords::tr("pain %1").arg(subject.id);
        case WarningSubject::Kind::Journal:
            break;
    }
    return QStringLiteral("journal");
}

}  // namespace

QString renderTable(const QStringList& header, const QList<QStringList>& rows) {
    QList<qsizetype> widths;
    for (const QString& title : header) widths << title.size();
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&widths](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text += last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i) + 2);
        }
        return text + QLatin1Char('\n');
    };
    QString table = line(header);
    for (const QStringList& row : rows) table += line(row);
    return table;
}

QString formatDistance(Distance distance, UnitSystem units) {
    return UnitText::plain(units).distance(distance);
}

QString shoesText(const std::vector<ShoeLine>& shoes, UnitSystem units) {
    if (shoes.empty()) return CliWords::tr("No shoes.\n");
    QList<QStringList> rows;
    for (const auto& [shoe, wear] : shoes) {
        rows << QStringList{QString::number(shoe.id.value()),
                            shoe.name,
                            formatDistance(wear.distance, units),
                            formatDistance(shoe.limit, units),
                            QStringLiteral("%1%").arg(wear.percent, 0, 'f', 0),
                            toString(wear.status),
                            QString::number(wear.runs)};
    }
    return renderTable(
        {CliWords::tr("ID"), CliWords::tr("NAME"), CliWords::tr("DISTANCE"), CliWords::tr("LIMIT"),
         CliWords::tr("WORN"), CliWords::tr("STATUS"), CliWords::tr("RUNS")},
        rows);
}

QString runsText(const std::vector<RunLine>& runs, UnitSystem units) {
    if (runs.empty()) return CliWords::tr("No runs.\n");
    QList<QStringList> rows;
    for (const auto& [run, spike] : runs) {
        rows << QStringList{
            QString::number(run.id.value()),
            run.start.localDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            formatDistance(run.distance, units),
            formatDuration(run.duration),
            UnitText::plain(units).paceWithUnit(run.distance, run.duration),
            run.shoe ? QString::number(run.shoe->value()) : kDash,
            optionalText(run.surface) + (run.hilly ? CliWords::tr(", hilly") : QString()),
            optionalText(run.type),
            percentText(spike),
            run.notes.simplified()};
    }
    return renderTable(
        {CliWords::tr("ID"), CliWords::tr("START"), CliWords::tr("DISTANCE"), CliWords::tr("TIME"),
         CliWords::tr("PACE"), CliWords::tr("SHOE"), CliWords::tr("SURFACE"), CliWords::tr("TYPE"),
         CliWords::tr("SPIKE"), CliWords::tr("NOTES")},
        rows);
}

QString painsText(const std::vector<PainLine>& pains) {
    if (pains.empty()) return CliWords::tr("No pain entries.\n");
    QList<QStringList> rows;
    for (const auto& [pain, assessment] : pains) {
        rows << QStringList{
            QString::number(pain.id.value()),
            pain.start.localDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            pain.end ? pain.end->localDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                     : CliWords::tr("ongoing"),
            toString(pain.knee) + QLatin1Char('/') + toString(pain.site),
            QStringLiteral("%1/10").arg(pain.intensity),
            toString(pain.onset),
            formatPainDuration(assessment.duration),
            QString::number(assessment.stage) +
                (assessment.adaptation ? CliWords::tr(" (adaptation)") : QString()),
            assessment.hint.condition};
    }
    return renderTable(
        {CliWords::tr("ID"), CliWords::tr("START"), CliWords::tr("END"), CliWords::tr("KNEE/SITE"),
         CliWords::tr("PAIN"), CliWords::tr("ONSET"), CliWords::tr("LASTED"), CliWords::tr("STAGE"),
         CliWords::tr("COMMONLY ASSOCIATED WITH")},
        rows);
}

QString weeksText(const std::vector<WeekSummary>& weeks, UnitSystem units) {
    if (weeks.empty()) return CliWords::tr("No runs yet.\n");
    QList<QStringList> rows;
    for (const WeekSummary& week : weeks) {
        QString limit = week.limit ? formatDistance(*week.limit, units) : kDash;
        if (week.overLimit) limit += CliWords::tr(" OVER");
        if (week.remaining)
            limit += CliWords::tr(" (%1 left)").arg(formatDistance(*week.remaining, units));
        rows << QStringList{week.weekStart.toString(Qt::ISODate),
                            formatDistance(week.volume, units),
                            QString::number(week.runs),
                            percentText(week.changePct),
                            limit,
                            week.painMax ? QStringLiteral("%1/10").arg(*week.painMax) : kDash,
                            week.acwr ? QString::number(*week.acwr, 'f', 2) : kDash};
    }
    return renderTable(
        {CliWords::tr("WEEK"), CliWords::tr("VOLUME"), CliWords::tr("RUNS"), CliWords::tr("CHANGE"),
         CliWords::tr("LIMIT"), CliWords::tr("PAIN"), CliWords::tr("ACWR")},
        rows);
}

QString warningsText(const std::vector<Warning>& warnings) {
    if (warnings.empty()) return CliWords::tr("No warnings.\n");
    QString text;
    for (const Warning& warning : warnings) {
        text += QStringLiteral("[%1] %2 (%3): %4\n")
                    .arg(toString(warning.severity), warning.code, subjectText(warning.subject),
                         warning.message);
        if (!warning.reasons.isEmpty())
            text +=
                CliWords::tr("    reasons: %1\n").arg(warning.reasons.join(QStringLiteral("; ")));
        if (!warning.advice.isEmpty()) text += QStringLiteral("    %1\n").arg(warning.advice);
        if (!warning.source.isEmpty()) text += CliWords::tr("    source: %1\n").arg(warning.source);
    }
    return text;
}

QString triggeredWarningsText(const std::vector<Warning>& warnings) {
    QString text;
    for (const Warning& warning : warnings) {
        text += QStringLiteral("[%1] %2: %3\n")
                    .arg(toString(warning.severity), warning.code, warning.message);
    }
    return text;
}

QString settingsText(const Settings& settings) {
    QList<QStringList> rows;
    for (const QString& key : SettingsKeys::all())
        rows << QStringList{key, SettingsKeys::valueOf(settings, key)};
    return renderTable({CliWords::tr("SETTING"), CliWords::tr("VALUE")}, rows);
}

}  // namespace stridelog::cli

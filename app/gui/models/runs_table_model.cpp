// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs_table_model.h"

#include "entry_labels.h"

#include "core/model/entry_words.h"
#include "core/model/unit_text.h"
#include "core/model/value_parsing.h"

#include <QHash>
#include <QLocale>

namespace stridelog::gui {
namespace {

using Cell = EntryTableModel::Cell;

Cell optionalNumber(const std::optional<int>& value) {
    if (!value) return {noneLabel(), QVariant(-1), true};
    return {QString::number(*value), QVariant(*value), true};
}

Cell spikeCell(const std::optional<double>& spike) {
    // A run shorter than the longest of its 30 days is no spike: left blank, sorted low.
    if (!spike) return {QString(), QVariant(-1e9), true};
    if (*spike <= 0) return {QString(), QVariant(*spike), true};
    return {QStringLiteral("+%1%").arg(QString::number(*spike, 'f', 0)), QVariant(*spike), true};
}

QString firstLine(const QString& notes) {
    const QString line = notes.section(QLatin1Char('\n'), 0, 0);
    return line.size() > 60 ? line.left(59) + QStringLiteral("…") : line;
}

}  // namespace

RunsTableModel::RunsTableModel(JournalSession& session, QObject* parent)
    : EntryTableModel(session, parent) {
    rebuild();
}

QStringList RunsTableModel::headers() const {
    const UnitSystem units = session().evaluation().journal.settings.units;
    return {tr("Date"),      tr("Distance\n(%1)").arg(unitSymbol(units)),
            tr("Duration"),  tr("Pace\n(%1)").arg(paceSymbol(units)),
            tr("Shoe"),      tr("Surface"),
            tr("Type"),      tr("Hilly"),
            tr("RPE"),       tr("Cadence\n(spm)"),
            tr("HR\n(bpm)"), tr("Over 30-day\nlongest"),
            tr("Notes")};
}

QString RunsTableModel::headerToolTip(int column) const {
    if (column != Spike) return {};
    return tr(
        "How much longer the run was than the longest of the 30 days before it. Over 10% "
        "is a spike: a common cause of overuse injury.");
}

std::vector<EntryTableModel::Row> RunsTableModel::buildRows(const Evaluation& evaluation) const {
    const JournalSnapshot& journal = evaluation.journal;
    const UnitSystem units = journal.settings.units;
    const UnitText text = UnitText::app(units);
    QHash<std::int64_t, QString> shoeNames;
    for (const stridelog::Shoe& shoe : journal.shoes) shoeNames.insert(shoe.id.value(), shoe.name);
    const QLocale locale;
    const std::vector<std::optional<double>>& spikes = evaluation.runSpikes;
    std::vector<Row> rows;
    rows.reserve(journal.runs.size());
    for (std::size_t index = 0; index < journal.runs.size(); ++index) {
        const Run& run = journal.runs[index];
        const QDateTime start = run.start.localDateTime();
        const std::int64_t pace = paceSecondsIn(run.distance, run.duration, units);
        Row row{run.id.value(), start.date(), {}, run.notes};
        row.cells = {
            {locale.toString(start, QStringLiteral("ddd yyyy-MM-dd HH:mm")),
             QVariant::fromValue(run.start.utcSeconds())},
            {text.distanceNumber(run.distance, 2), QVariant(distanceIn(run.distance, units)), true},
            {formatDuration(run.duration), QVariant::fromValue(run.duration.seconds()), true},
            {formatPace(pace), QVariant::fromValue(pace), true},
            {run.shoe ? shoeNames.value(run.shoe->value()) : noneLabel()},
            {run.surface ? words::label(*run.surface) : noneLabel()},
            {run.type ? words::label(*run.type) : noneLabel()},
            {run.hilly ? tr("Hilly") : QString()},
            optionalNumber(run.rpe),
            optionalNumber(run.cadence),
            optionalNumber(run.heartRate),
            spikeCell(spikes[index]),
            {firstLine(run.notes)},
        };
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace stridelog::gui

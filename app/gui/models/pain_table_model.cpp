// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_table_model.h"

#include "entry_labels.h"

#include "core/model/entry_words.h"
#include "core/model/unit_text.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

namespace stridelog::gui {
namespace {

QString flagsText(const PainEntry& pain) {
    QStringList flags;
    if (pain.swelling) flags << PainTableModel::tr("swelling");
    if (pain.locking) flags << PainTableModel::tr("locking");
    if (pain.sharp) flags << PainTableModel::tr("sharp");
    return flags.join(QStringLiteral(", "));
}

QString stageText(const PainAssessment& assessment) {
    if (assessment.adaptation) return PainTableModel::tr("adaptation");
    return PainTableModel::tr("stage %1").arg(assessment.stage);
}

// The run the pain followed, as a runner remembers it: "8.4 km".
EntryTableModel::Cell runCell(const stridelog::Run* run, UnitSystem units) {
    if (!run) return {noneLabel(), QVariant(0.0), true};
    return {UnitText::app(units).distance(run->distance, 1),
            QVariant(distanceIn(run->distance, units)), true};
}

}  // namespace

PainTableModel::PainTableModel(JournalSession& session, QObject* parent)
    : EntryTableModel(session, parent) {
    rebuild();
}

bool PainTableModel::isOngoing(std::int64_t id) const {
    for (const PainEntry& pain : session().evaluation().journal.pains) {
        if (pain.id.value() == id) return pain.isOngoing();
    }
    return false;
}

QStringList PainTableModel::headers() const {
    return {tr("Date"),          tr("Knee"),
            tr("Site"),          tr("Intensity\n(0–10)"),
            tr("Came on"),       tr("Lasted"),
            tr("Stage"),         tr("Also"),
            tr("After the run"), tr("Commonly associated with")};
}

std::vector<EntryTableModel::Row> PainTableModel::buildRows(const Evaluation& evaluation) const {
    const QLocale locale;
    const UnitSystem units = evaluation.journal.settings.units;
    QHash<std::int64_t, const stridelog::Run*> runs;
    for (const stridelog::Run& run : evaluation.journal.runs) runs.insert(run.id.value(), &run);
    std::vector<Row> rows;
    rows.reserve(evaluation.journal.pains.size());
    for (std::size_t index = 0; index < evaluation.journal.pains.size(); ++index) {
        const PainEntry& pain = evaluation.journal.pains[index];
        const PainAssessment& assessment = evaluation.pain[index];
        const QDateTime start = pain.start.localDateTime();
        const QString lasted =
            pain.isOngoing() ? tr("still there (%1)").arg(formatPainDuration(assessment.duration))
                             : formatPainDuration(assessment.duration);
        Row row{pain.id.value(), start.date(), {}, {}};
        row.toolTip = tr("Commonly associated with %1 — discuss with a clinician. Typical: %2")
                          .arg(assessment.hint.condition, assessment.hint.pattern);
        if (!pain.notes.isEmpty()) row.toolTip += QStringLiteral("\n\n") + pain.notes;
        row.cells = {
            {locale.toString(start, QStringLiteral("ddd yyyy-MM-dd HH:mm")),
             QVariant::fromValue(pain.start.utcSeconds())},
            {words::label(pain.knee)},
            {words::label(pain.site)},
            {QString::number(pain.intensity), QVariant(pain.intensity), true},
            {words::label(pain.onset), QVariant(static_cast<int>(pain.onset))},
            {lasted, QVariant::fromValue(assessment.duration.seconds()), true},
            {stageText(assessment), QVariant(assessment.adaptation ? 0 : assessment.stage)},
            {flagsText(pain)},
            runCell(pain.run ? runs.value(pain.run->value()) : nullptr, units),
            {assessment.hint.condition},
        };
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace stridelog::gui

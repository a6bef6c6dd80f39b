// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoes_table_model.h"

#include "entry_labels.h"

#include "core/model/unit_text.h"
#include "core/rules/rule_words.h"

namespace stridelog::gui {
namespace {

QString statusText(ShoeStatusKind status) {
    return words::label(status);
}

EntryTableModel::Cell dateCell(const std::optional<QDate>& date) {
    if (!date) return {noneLabel(), QVariant(QDate())};
    return {date->toString(Qt::ISODate), QVariant(*date)};
}

}  // namespace

ShoesTableModel::ShoesTableModel(JournalSession& session, QObject* parent)
    : EntryTableModel(session, parent) {
    rebuild();
}

QStringList ShoesTableModel::headers() const {
    const QString unit = unitSymbol(session().evaluation().journal.settings.units);
    return {tr("Pair"),
            tr("Distance\n(%1)").arg(unit),
            tr("Limit\n(%1)").arg(unit),
            tr("Worn"),
            tr("Status"),
            tr("Runs"),
            tr("Since"),
            tr("Retired"),
            tr("Notes")};
}

std::vector<EntryTableModel::Row> ShoesTableModel::buildRows(const Evaluation& evaluation) const {
    const UnitSystem units = evaluation.journal.settings.units;
    const UnitText text = UnitText::app(units);
    std::vector<Row> rows;
    for (std::size_t i = 0; i < evaluation.journal.shoes.size(); ++i) {
        const Shoe& shoe = evaluation.journal.shoes[i];
        const ShoeWear& wear = evaluation.shoeWear.at(i);
        // The filter reads the date a pair was first used.
        Row row{shoe.id.value(), shoe.since.value_or(QDate()), {}, shoe.notes};
        row.cells = {
            {shoe.name},
            {text.distanceNumber(wear.distance, 0), QVariant(distanceIn(wear.distance, units)),
             true},
            {text.distanceNumber(shoe.limit, 0), QVariant(distanceIn(shoe.limit, units)), true},
            {QStringLiteral("%1%").arg(QString::number(wear.percent, 'f', 0)),
             QVariant(wear.percent), true},
            // Pairs in use first, the most worn on top; retired pairs after them.
            {statusText(wear.status),
             QVariant(wear.status == ShoeStatusKind::Retired ? wear.percent
                                                             : 100000.0 + wear.percent)},
            {QString::number(wear.runs), QVariant(wear.runs), true},
            dateCell(shoe.since),
            dateCell(shoe.retiredOn),
            {shoe.notes.section(QLatin1Char('\n'), 0, 0)},
        };
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace stridelog::gui

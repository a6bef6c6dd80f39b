// SPDX-License-Identifier: GPL-3.0-or-later
#include "entry_table_model.h"

namespace stridelog::gui {

EntryTableModel::EntryTableModel(JournalSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {
    connect(&session_, &JournalSession::evaluated, this, &EntryTableModel::update);
}

int EntryTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int EntryTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(headers_.size());
}

QVariant EntryTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    if (role == IdRole) return QVariant::fromValue(row.id);
    if (role == DateRole) return row.date;
    if (static_cast<std::size_t>(index.column()) >= row.cells.size()) return {};
    const Cell& cell = row.cells[static_cast<std::size_t>(index.column())];
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return cell.text;
        case SortRole:
            return cell.sortValue.isValid() ? cell.sortValue : QVariant(cell.text);
        case Qt::ToolTipRole:
            return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
        case Qt::TextAlignmentRole:
            return cell.numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= headers_.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) return headers_.at(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = headerToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

int EntryTableModel::rowOfId(std::int64_t id) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

std::int64_t EntryTableModel::idAt(int row) const {
    if (row < 0 || row >= rowCount()) return 0;
    return rows_[static_cast<std::size_t>(row)].id;
}

}  // namespace stridelog::gui

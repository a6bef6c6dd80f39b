// SPDX-License-Identifier: GPL-3.0-or-later
#include "date_range_filter.h"

#include "entry_table_model.h"

namespace stridelog::gui {

DateRangeFilter::DateRangeFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(EntryTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DateRangeFilter::setRange(std::optional<QDate> from, std::optional<QDate> to) {
    from_ = from;
    to_ = to;
    invalidateFilter();
}

bool DateRangeFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    // A search looks through every entry, not only the dates shown: what a runner looks for
    // ("the race in the rain") is seldom in the last three months.
    if (!search_.isEmpty()) return matchesSearch(sourceRow, sourceParent);
    const QDate date =
        sourceModel()->index(sourceRow, 0, sourceParent).data(EntryTableModel::DateRole).toDate();
    // A pair never used has no date: the range keeps it.
    if (date.isValid() && from_ && date < *from_) return false;
    if (date.isValid() && to_ && date > *to_) return false;
    return true;
}

bool DateRangeFilter::matchesSearch(int sourceRow, const QModelIndex& sourceParent) const {
    for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column) {
        const QString cell =
            sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (cell.contains(search_, Qt::CaseInsensitive)) return true;
    }
    // The row's tip holds what a cell shortens, such as every line of a run's notes.
    const QString whole =
        sourceModel()->index(sourceRow, 0, sourceParent).data(Qt::ToolTipRole).toString();
    return whole.contains(search_, Qt::CaseInsensitive);
}

void DateRangeFilter::setSearch(const QString& text) {
    search_ = text.trimmed();
    invalidateFilter();
}

}  // namespace stridelog::gui

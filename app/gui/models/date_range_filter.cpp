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
    const QDate date =
        sourceModel()->index(sourceRow, 0, sourceParent).data(EntryTableModel::DateRole).toDate();
    if (!date.isValid()) return true;  // a pair never used has no date; keep it
    if (from_ && date < *from_) return false;
    if (to_ && date > *to_) return false;
    return true;
}

}  // namespace stridelog::gui

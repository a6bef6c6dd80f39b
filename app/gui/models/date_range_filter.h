// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sorts a table by its sort values (numbers as numbers) and keeps only the entries whose
// local date lies in [from, to]; an open end keeps everything on that side. A search text, when
// set, keeps only the rows where some cell or the row's tip contains it, ignoring case, across
// all dates: the range applies again once the search is cleared.

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace stridelog::gui {

class DateRangeFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit DateRangeFilter(QObject* parent = nullptr);
    void setRange(std::optional<QDate> from, std::optional<QDate> to);
    void setSearch(const QString& text);
    bool searching() const { return !search_.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matchesSearch(int sourceRow, const QModelIndex& sourceParent) const;

    std::optional<QDate> from_;
    std::optional<QDate> to_;
    QString search_;
};

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the runs, pain and shoes pages share: a sortable table over an EntryTableModel, an
// optional date filter above it ("Only between [date] and [date]", off by default, its dates
// greyed while off, and a count of the rows shown), a row of buttons below, and the keys of a
// journal table: Enter or a double-click edits the row, Delete deletes it (after a
// confirmation naming the entry). Subclasses say what editing and deleting mean; every change
// goes through the undoable edits, so Ctrl+Z brings a deleted row back. Whenever the rows
// change, the columns fit their content again and the selected entry and the scroll position
// stay where they were.

#include "journal_page.h"

#include <QDate>

class QCheckBox;
class QLabel;
class QHBoxLayout;
class QPushButton;
class QTableView;

namespace stridelog::gui {

class DateRangeFilter;
class DateTimeField;
class EntryTableModel;

class EntryTablePage : public JournalPage {
    Q_OBJECT

public:
    enum class DateFilter { Shown, None };
    EntryTablePage(JournalSession& session, const QString& name, QWidget* parent = nullptr,
                   DateFilter dateFilter = DateFilter::Shown);

    void focusEntry(std::int64_t id) override;
    QTableView* table() const { return table_; }
    // The id of the selected row, or 0.
    std::int64_t selectedId() const;
    // Shows only entries dated from..to (inclusive); empty ends are open; both empty shows all.
    void setDateRange(std::optional<QDate> from, std::optional<QDate> to);
    // Whether the date filter applies (false on a page without one).
    bool dateFilterOn() const;

protected:
    // Call once from the subclass constructor, after creating the model.
    void setModel(EntryTableModel* model, int sortColumn, Qt::SortOrder order);
    QPushButton* addButton(const QString& text, const QString& objectName);
    // Subclasses: open the edit dialog, or delete after asking.
    virtual void editEntry(std::int64_t id) = 0;
    virtual void deleteEntry(std::int64_t id) = 0;
    // Asks "Delete …?" naming the entry; true when the user said yes.
    bool confirmDelete(const QString& description);
    virtual void selectionChanged() {}
    void showEvent(QShowEvent* event) override;

private:
    void createFilterBar(QLayout* layout);
    void applyDateFilter();
    void showAll();
    void fitColumns();
    void rememberPlace();
    void restorePlace();
    void updateCount();

    QTableView* table_ = nullptr;
    EntryTableModel* model_ = nullptr;
    DateRangeFilter* filter_ = nullptr;
    QCheckBox* only_ = nullptr;
    DateTimeField* from_ = nullptr;
    DateTimeField* to_ = nullptr;
    QLabel* count_ = nullptr;
    QHBoxLayout* buttons_ = nullptr;
    bool updatingDates_ = false;
    bool fitPending_ = false;
    bool fitOnShow_ = false;  // the rows changed while the page was hidden
    // Kept across a model reset: the selected entry and the scroll position.
    std::int64_t keptId_ = 0;
    std::int64_t keptTopId_ = 0;
    int keptScroll_ = 0;
};

}  // namespace stridelog::gui

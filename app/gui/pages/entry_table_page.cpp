// SPDX-License-Identifier: GPL-3.0-or-later
#include "entry_table_page.h"

#include "app/gui/models/date_range_filter.h"
#include "app/gui/models/entry_table_model.h"
#include "app/gui/widgets/date_time_field.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace stridelog::gui {

EntryTablePage::EntryTablePage(JournalSession& session, const QString& name, QWidget* parent,
                               DateFilter dateFilter)
    : JournalPage(session, parent) {
    auto* layout = new QVBoxLayout(this);
    if (dateFilter == DateFilter::Shown) createFilterBar(layout);
    table_ = new QTableView(this);
    table_->setObjectName(name + QStringLiteral("Table"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setSortingEnabled(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    // Fit columns to the first rows only: measuring every row of a ten-year journal costs more
    // than the rest of startup together, and the newest rows are what a reader sees first.
    table_->horizontalHeader()->setResizeContentsPrecision(100);
    layout->addWidget(table_, 1);
    buttons_ = new QHBoxLayout;
    buttons_->addStretch(1);
    layout->addLayout(buttons_);

    connect(table_, &QTableView::doubleClicked, this, [this] {
        if (const auto id = selectedId()) editEntry(id);
    });
    // Enter edits, Delete deletes, while the table has the focus.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* edit = new QShortcut(QKeySequence(key), table_);
        edit->setContext(Qt::WidgetShortcut);
        connect(edit, &QShortcut::activated, this, [this] {
            if (const auto id = selectedId()) editEntry(id);
        });
    }
    auto* remove = new QShortcut(QKeySequence::Delete, table_);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (const auto id = selectedId()) deleteEntry(id);
    });
}

void EntryTablePage::createFilterBar(QLayout* layout) {
    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);  // a label never touches its date field
    // Off by default, and while off its dates are greyed: a date shown is a date applied.
    only_ = new QCheckBox(tr("Only &between"), this);
    only_->setObjectName(QStringLiteral("dateFilterCheck"));
    only_->setToolTip(tr("Show only the entries dated between these two days (inclusive)"));
    from_ = new DateTimeField(DateTimeField::Parts::Date, this);
    auto* andLabel = new QLabel(tr("and"), this);
    andLabel->setContentsMargins(4, 0, 4, 0);
    to_ = new DateTimeField(DateTimeField::Parts::Date, this);
    for (DateTimeField* edit : {from_, to_}) {
        edit->setDate(session().now().localDate());
        edit->setEnabled(false);
        connect(edit, &DateTimeField::changed, this, &EntryTablePage::applyDateFilter);
    }
    from_->setDate(session().now().localDate().addMonths(-3));
    from_->setObjectName(QStringLiteral("fromDate"));
    from_->setAccessibleName(tr("Show entries from"));
    to_->setObjectName(QStringLiteral("toDate"));
    to_->setAccessibleName(tr("Show entries up to"));
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("rowCount"));
    connect(only_, &QCheckBox::toggled, this,
            [this](bool on) { on ? applyDateFilter() : showAll(); });
    bar->addWidget(only_);
    bar->addWidget(from_);
    bar->addWidget(andLabel);
    bar->addWidget(to_);
    bar->addSpacing(12);
    bar->addWidget(count_);
    bar->addStretch(1);
    layout->addItem(bar);
}

void EntryTablePage::setModel(EntryTableModel* model, int sortColumn, Qt::SortOrder order) {
    model_ = model;
    filter_ = new DateRangeFilter(this);
    filter_->setSourceModel(model);
    table_->setModel(filter_);
    table_->sortByColumn(sortColumn, order);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { selectionChanged(); });
    // The proxy resets itself on the source's reset before these run (it connected first).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &EntryTablePage::rememberPlace);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        restorePlace();
        selectionChanged();
    });
    // Columns fit whatever rows there are now: a page first shown empty must not keep the
    // widths of its headers once rows arrive.
    const auto rowsChanged = [this] {
        fitColumns();
        updateCount();
    };
    connect(filter_, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(filter_, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    // A change of dates removes and inserts rows in many small ranges: one fit afterwards.
    const auto someRows = [this] {
        updateCount();
        if (fitPending_) return;
        fitPending_ = true;
        QTimer::singleShot(0, this, [this] {
            fitPending_ = false;
            fitColumns();
        });
    };
    connect(filter_, &QAbstractItemModel::rowsInserted, this, someRows);
    connect(filter_, &QAbstractItemModel::rowsRemoved, this, someRows);
    // After an edit, once its rows are in place (the proxy drops rows while the source is
    // still removing them, so the count is taken again here).
    connect(model, &EntryTableModel::updatedInPlace, this, [this, rowsChanged] {
        rowsChanged();
        selectionChanged();
    });
    fitColumns();
    updateCount();
}

void EntryTablePage::fitColumns() {
    // A page not on screen fits its columns when it is first shown: measuring the text of a
    // ten-year journal's rows for every page at startup costs more than drawing the first one.
    if (!isVisible()) {
        fitOnShow_ = true;
        return;
    }
    fitOnShow_ = false;
    QHeaderView* header = table_->horizontalHeader();
    const int last = filter_->columnCount() - 1;
    for (int column = 0; column < last; ++column) {
        table_->resizeColumnToContents(column);
        // A long notes or hint column must not push the others off screen.
        if (table_->columnWidth(column) > 320) table_->setColumnWidth(column, 320);
    }
    // The last column takes what is left (stretchLastSection), never less than its header.
    if (last >= 0) header->resizeSection(last, header->sectionSizeHint(last));
}

void EntryTablePage::showEvent(QShowEvent* event) {
    JournalPage::showEvent(event);
    if (fitOnShow_) fitColumns();
}

void EntryTablePage::rememberPlace() {
    keptId_ = selectedId();
    keptTopId_ = table_->indexAt(QPoint(0, 0)).data(EntryTableModel::IdRole).toLongLong();
    keptScroll_ = table_->verticalScrollBar()->value();
}

// After a reset (every edit, undo and redo rebuilds the rows): the same entry selected and the
// view where it was, so the runner does not lose their place in a long table.
void EntryTablePage::restorePlace() {
    if (keptId_ != 0) {
        const int sourceRow = model_->rowOfId(keptId_);
        const QModelIndex index =
            sourceRow < 0 ? QModelIndex() : filter_->mapFromSource(model_->index(sourceRow, 0));
        if (index.isValid()) {
            table_->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    // The row that was on top stays on top (rows added above do not move the view); the
    // scroll bar needs the new rows laid out first.
    table_->doItemsLayout();
    const int topRow = keptTopId_ == 0 ? -1 : model_->rowOfId(keptTopId_);
    const QModelIndex top =
        topRow < 0 ? QModelIndex() : filter_->mapFromSource(model_->index(topRow, 0));
    if (top.isValid()) {
        table_->scrollTo(top, QAbstractItemView::PositionAtTop);
    } else {
        table_->verticalScrollBar()->setValue(keptScroll_);
    }
    keptId_ = 0;
    keptTopId_ = 0;
}

void EntryTablePage::updateCount() {
    if (!count_) return;
    const int shown = filter_->rowCount();
    const int all = model_->rowCount();
    // A search looks across all dates, whatever the range says: the count says so.
    if (filter_->searching())
        count_->setText(tr("%1 of %2 match the search, at any date").arg(shown).arg(all));
    else
        count_->setText(shown == all ? tr("%n entries", nullptr, all)
                                     : tr("Showing %1 of %2").arg(shown).arg(all));
}

QPushButton* EntryTablePage::addButton(const QString& text, const QString& objectName) {
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    buttons_->addWidget(button);
    return button;
}

std::int64_t EntryTablePage::selectedId() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    if (!current.isValid() || !table_->selectionModel()->isSelected(current)) return 0;
    return current.data(EntryTableModel::IdRole).toLongLong();
}

void EntryTablePage::focusEntry(std::int64_t id) {
    const int sourceRow = model_->rowOfId(id);
    if (sourceRow < 0) return;
    QModelIndex index = filter_->mapFromSource(model_->index(sourceRow, 0));
    if (!index.isValid()) {  // hidden by the date filter: show everything
        showAll();
        index = filter_->mapFromSource(model_->index(sourceRow, 0));
    }
    table_->selectRow(index.row());
    table_->scrollTo(index, QAbstractItemView::PositionAtCenter);
    table_->setFocus();
}

void EntryTablePage::setDateRange(std::optional<QDate> from, std::optional<QDate> to) {
    if (!only_) return;
    updatingDates_ = true;
    if (from) from_->setDate(*from);
    if (to) to_->setDate(*to);
    const bool on = from || to;
    only_->setChecked(on);
    from_->setEnabled(on);
    to_->setEnabled(on);
    updatingDates_ = false;
    filter_->setRange(from, to);
    updateCount();
}

bool EntryTablePage::dateFilterOn() const {
    return only_ && only_->isChecked();
}

void EntryTablePage::applyDateFilter() {
    // A date being typed applies once it reads as a date.
    if (updatingDates_ || !filter_ || !only_->isChecked()) return;
    if (!from_->date().isValid() || !to_->date().isValid()) return;
    from_->setEnabled(true);
    to_->setEnabled(true);
    filter_->setRange(from_->date(), to_->date());
    updateCount();
}

void EntryTablePage::showAll() {
    if (only_) {
        updatingDates_ = true;
        only_->setChecked(false);
        from_->setEnabled(false);
        to_->setEnabled(false);
        updatingDates_ = false;
    }
    filter_->setRange(std::nullopt, std::nullopt);
    updateCount();
}

bool EntryTablePage::confirmDelete(const QString& description) {
    const auto answer = QMessageBox::question(
        this, tr("Delete"), tr("Delete %1?\n\nEdit ▸ Undo brings it back.").arg(description),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "entry_table_page.h"

#include "app/gui/models/date_range_filter.h"
#include "app/gui/models/entry_table_model.h"
#include "app/gui/widgets/date_time_field.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace stridelog::gui {

EntryTablePage::EntryTablePage(JournalSession& session, const QString& name, QWidget* parent)
    : JournalPage(session, parent) {
    auto* layout = new QVBoxLayout(this);
    createFilterBar(layout);
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
    // Alt+F is the File menu.
    auto* fromLabel = new QLabel(tr("Fro&m"), this);
    from_ = new DateTimeField(DateTimeField::Parts::Date, this);
    auto* toLabel = new QLabel(tr("&To"), this);
    to_ = new DateTimeField(DateTimeField::Parts::Date, this);
    for (DateTimeField* edit : {from_, to_}) {
        edit->setDate(session().now().localDate());
        connect(edit, &DateTimeField::changed, this, &EntryTablePage::applyDateFilter);
    }
    from_->setDate(session().now().localDate().addMonths(-3));
    from_->setObjectName(QStringLiteral("fromDate"));
    from_->setAccessibleName(tr("Show entries from"));
    to_->setObjectName(QStringLiteral("toDate"));
    to_->setAccessibleName(tr("Show entries up to"));
    fromLabel->setBuddy(from_);
    toLabel->setBuddy(to_);
    // Checked while no date range applies; editing a date applies the range.
    all_ = new QPushButton(tr("&All dates"), this);
    all_->setObjectName(QStringLiteral("allDatesButton"));
    all_->setCheckable(true);
    all_->setChecked(true);
    connect(all_, &QPushButton::clicked, this,
            [this](bool checked) { checked ? showAll() : applyDateFilter(); });
    bar->addWidget(fromLabel);
    bar->addWidget(from_);
    bar->addSpacing(8);
    bar->addWidget(toLabel);
    bar->addWidget(to_);
    bar->addSpacing(8);
    bar->addWidget(all_);
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
    connect(model, &QAbstractItemModel::modelReset, this, [this] { selectionChanged(); });
    fitColumns();
}

void EntryTablePage::fitColumns() {
    table_->resizeColumnsToContents();
    // A long notes or hint column must not push the others off screen.
    for (int column = 0; column < filter_->columnCount(); ++column) {
        if (table_->columnWidth(column) > 320) table_->setColumnWidth(column, 320);
    }
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
    updatingDates_ = true;
    if (from) from_->setDate(*from);
    if (to) to_->setDate(*to);
    updatingDates_ = false;
    all_->setChecked(!from && !to);
    filter_->setRange(from, to);
}

void EntryTablePage::applyDateFilter() {
    // A date being typed applies once it reads as a date.
    if (updatingDates_ || !filter_ || !from_->date().isValid() || !to_->date().isValid()) return;
    all_->setChecked(false);
    filter_->setRange(from_->date(), to_->date());
}

void EntryTablePage::showAll() {
    all_->setChecked(true);
    filter_->setRange(std::nullopt, std::nullopt);
}

bool EntryTablePage::confirmDelete(const QString& description) {
    const auto answer = QMessageBox::question(
        this, tr("Delete"), tr("Delete %1?\n\nEdit ▸ Undo brings it back.").arg(description),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

}  // namespace stridelog::gui

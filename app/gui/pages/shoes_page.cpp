// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoes_page.h"

#include "app/gui/dialogs/shoe_dialog.h"
#include "app/gui/models/shoes_table_model.h"
#include "app/gui/session/journal_edits.h"

#include <QMetaMethod>
#include <QPushButton>
#include <QTableView>

namespace stridelog::gui {
namespace {

const Shoe* findShoe(const Evaluation& evaluation, std::int64_t id) {
    for (const Shoe& shoe : evaluation.journal.shoes) {
        if (shoe.id.value() == id) return &shoe;
    }
    return nullptr;
}

}  // namespace

ShoesPage::ShoesPage(JournalSession& session, QWidget* parent)
    : EntryTablePage(session, QStringLiteral("shoes"), parent, DateFilter::None) {
    setObjectName(QStringLiteral("shoesPage"));
    table()->setAccessibleName(tr("Shoes"));
    setModel(new ShoesTableModel(session, this), ShoesTableModel::Status, Qt::DescendingOrder);
    QPushButton* add = addButton(tr("Add &pair…"), QStringLiteral("addShoeButton"));
    edit_ = addButton(tr("Ed&it…"), QStringLiteral("editShoeButton"));
    retire_ = addButton(tr("&Retire…"), QStringLiteral("retireShoeButton"));
    delete_ = addButton(tr("&Delete"), QStringLiteral("deleteShoeButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        ShoeDialog dialog(this->session(), std::nullopt, this);
        dialog.exec();
    });
    connect(edit_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedId()) editShoe(id);
    });
    connect(retire_, &QPushButton::clicked, this, &ShoesPage::retireSelected);
    connect(delete_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedId()) deleteEntry(id);
    });
    selectionChanged();
}

void ShoesPage::selectionChanged() {
    const Shoe* shoe = findShoe(session().evaluation(), selectedId());
    edit_->setEnabled(shoe != nullptr);
    retire_->setEnabled(shoe != nullptr && !shoe->isRetired());
    delete_->setEnabled(shoe != nullptr);
}

void ShoesPage::editEntry(std::int64_t id) {
    if (isSignalConnected(QMetaMethod::fromSignal(&ShoesPage::shoeOpened))) {
        Q_EMIT shoeOpened(id);
        return;
    }
    editShoe(id);
}

void ShoesPage::editShoe(std::int64_t id) {
    const Shoe* shoe = findShoe(session().evaluation(), id);
    if (!shoe) return;
    ShoeDialog dialog(session(), *shoe, this);
    dialog.exec();
}

void ShoesPage::retireSelected() {
    const Shoe* shoe = findShoe(session().evaluation(), selectedId());
    if (!shoe || shoe->isRetired()) return;
    const Shoe copy = *shoe;
    if (const auto on = askRetireDate(this, copy, session().now().localDate())) {
        Shoe retired = copy;
        retired.retiredOn = *on;
        edits::changeShoe(session(), retired);
    }
}

void ShoesPage::deleteEntry(std::int64_t id) {
    const Shoe* shoe = findShoe(session().evaluation(), id);
    if (!shoe) return;
    const QString description =
        tr("the pair %1 (its runs are kept, without a pair)").arg(shoe->name);
    if (confirmDelete(description)) edits::deleteShoe(session(), ShoeId(id));
}

}  // namespace stridelog::gui

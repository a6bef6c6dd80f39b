// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_dialog.h"

#include "dialog_widgets.h"

#include "app/gui/session/journal_edits.h"

#include "core/model/validation.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

QDoubleSpinBox* kmBox(QWidget* parent, const QString& objectName, const QString& accessibleName,
                      double low) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(low, 100000);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" km"));
    return box;
}

QDateEdit* dateBox(QWidget* parent, const QString& objectName, const QString& accessibleName,
                   QDate date) {
    auto* box = new QDateEdit(date, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setCalendarPopup(true);
    box->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return box;
}

QWidget* checkedDate(QWidget* parent, QCheckBox* check, QDateEdit* date) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(date, 1);
    date->setEnabled(check->isChecked());
    QObject::connect(check, &QCheckBox::toggled, date, &QWidget::setEnabled);
    return row;
}

Distance kilometres(double km) {
    return Distance::fromMetres(static_cast<std::int64_t>(std::llround(km * 1000.0)));
}

}  // namespace

ShoeDialog::ShoeDialog(JournalSession& session, std::optional<Shoe> existing, QWidget* parent)
    : QDialog(parent), session_(session), existing_(std::move(existing)) {
    setObjectName(QStringLiteral("shoeDialog"));
    setWindowTitle(existing_ ? tr("Edit pair") : tr("Add a pair"));
    setStyleSheet(FieldErrors::styleSheet());
    const QDate today = session_.now().localDate();
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("shoeName"));
    name_->setAccessibleName(tr("Name of the pair"));
    name_->setPlaceholderText(tr("e.g. Pegasus 40"));
    limit_ = kmBox(this, QStringLiteral("shoeLimit"), tr("Wear limit in km"), 1);
    limit_->setValue(session_.evaluation().journal.settings.shoeLimitKm);
    startKm_ = kmBox(this, QStringLiteral("shoeStartKm"), tr("Kilometres before the journal"), 0);
    hasSince_ = new QCheckBox(tr("Known"), this);
    hasSince_->setObjectName(QStringLiteral("shoeHasSince"));
    hasSince_->setChecked(true);
    since_ = dateBox(this, QStringLiteral("shoeSince"), tr("In use since"), today);
    retired_ = new QCheckBox(tr("Retired"), this);
    retired_->setObjectName(QStringLiteral("shoeRetired"));
    retiredOn_ = dateBox(this, QStringLiteral("shoeRetiredOn"), tr("Retired on"), today);
    notes_ = new QPlainTextEdit(this);
    notes_->setObjectName(QStringLiteral("shoeNotes"));
    notes_->setAccessibleName(tr("Notes"));
    notes_->setTabChangesFocus(true);
    notes_->setFixedHeight(notes_->fontMetrics().lineSpacing() * 3 + 12);

    auto* form = new QFormLayout;
    auto row = [&](const QString& text, QWidget* buddy, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    row(tr("&Name:"), name_, withErrorLine(name_, errors_, QStringLiteral("name")));
    row(tr("Wear &limit:"), limit_, withErrorLine(limit_, errors_, QStringLiteral("limit-km")));
    row(tr("&Already run:"), startKm_,
        withErrorLine(startKm_, errors_, QStringLiteral("start-km")));
    row(tr("In use &since:"), since_, checkedDate(this, hasSince_, since_));
    QWidget* retiredRow = checkedDate(this, retired_, retiredOn_);
    row(tr("&Retired:"), retiredOn_, withErrorLine(retiredRow, errors_, QStringLiteral("on")));
    row(tr("N&otes:"), notes_, withErrorLine(notes_, errors_, QStringLiteral("notes")));
    auto* buttons = saveCancelButtons(this, [this] { return save(); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    if (existing_) {
        name_->setText(existing_->name);
        limit_->setValue(existing_->limit.km());
        startKm_->setValue(existing_->startDistance.km());
        hasSince_->setChecked(existing_->since.has_value());
        if (existing_->since) since_->setDate(*existing_->since);
        retired_->setChecked(existing_->isRetired());
        if (existing_->retiredOn) retiredOn_->setDate(*existing_->retiredOn);
        notes_->setPlainText(existing_->notes);
    }
}

Shoe ShoeDialog::readShoe() const {
    Shoe shoe = existing_.value_or(Shoe{});
    shoe.name = name_->text().trimmed();
    shoe.limit = kilometres(limit_->value());
    shoe.startDistance = kilometres(startKm_->value());
    shoe.since = hasSince_->isChecked() ? std::optional<QDate>(since_->date()) : std::nullopt;
    shoe.retiredOn =
        retired_->isChecked() ? std::optional<QDate>(retiredOn_->date()) : std::nullopt;
    shoe.notes = notes_->toPlainText();
    return shoe;
}

bool ShoeDialog::save() {
    errors_.clear();
    const Shoe shoe = readShoe();
    if (const auto error = validateShoe(shoe)) {
        errors_.mark(error->field, error->message, QStringLiteral("name"));
        return false;
    }
    if (existing_) return edits::changeShoe(session_, shoe);
    return edits::addShoe(session_, shoe).has_value();
}

std::optional<QDate> askRetireDate(QWidget* parent, const Shoe& shoe, QDate today) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("retireDialog"));
    dialog.setWindowTitle(ShoeDialog::tr("Retire a pair"));
    auto* date =
        dateBox(&dialog, QStringLiteral("retireDate"), ShoeDialog::tr("Retired on"), today);
    if (shoe.since) date->setMinimumDate(*shoe.since);
    auto* label = new QLabel(ShoeDialog::tr("Retire %1 &on:").arg(shoe.name), &dialog);
    label->setBuddy(date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ShoeDialog::tr("Retire"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(date);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return date->date();
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_dialog.h"

#include "dialog_widgets.h"

#include "app/gui/session/journal_edits.h"
#include "app/gui/widgets/date_time_field.h"
#include "app/gui/widgets/distance_box.h"

#include "core/model/validation.h"

#include <QCheckBox>
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

DistanceBox* distanceBox(QWidget* parent, UnitSystem units, const QString& objectName,
                         const QString& accessibleName, double lowest) {
    auto* box = new DistanceBox(units, lowest, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName.arg(box->unitSymbol()));
    return box;
}

DateTimeField* dateBox(QWidget* parent, const QString& objectName, const QString& accessibleName,
                       QDate date) {
    auto* box = new DateTimeField(DateTimeField::Parts::Date, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setDate(date);
    return box;
}

QWidget* checkedDate(QWidget* parent, QCheckBox* check, DateTimeField* date) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(date, 1);
    date->setEnabled(check->isChecked());
    QObject::connect(check, &QCheckBox::toggled, date, &QWidget::setEnabled);
    return row;
}

}  // namespace

ShoeDialog::ShoeDialog(JournalSession& session, std::optional<Shoe> existing, QWidget* parent)
    : EditDialog(parent), session_(session), existing_(std::move(existing)) {
    setObjectName(QStringLiteral("shoeDialog"));
    setWindowTitle(existing_ ? tr("Edit pair") : tr("Add a pair"));
    setStyleSheet(FieldErrors::styleSheet(palette()));
    const QDate today = session_.now().localDate();
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("shoeName"));
    name_->setAccessibleName(tr("Name of the pair"));
    name_->setPlaceholderText(tr("e.g. Pegasus 40"));
    const Settings& settings = session_.evaluation().journal.settings;
    limit_ =
        distanceBox(this, settings.units, QStringLiteral("shoeLimit"), tr("Wear limit in %1"), 1);
    limit_->setDistance(Distance::fromMetres(std::int64_t{settings.shoeLimitKm} * 1000));
    startKm_ = distanceBox(this, settings.units, QStringLiteral("shoeStartKm"),
                           tr("Distance before the journal, in %1"), 0);
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
    row(tr("In &use since:"), since_,
        withErrorLine(checkedDate(this, hasSince_, since_), errors_, QStringLiteral("since")));
    QWidget* retiredRow = checkedDate(this, retired_, retiredOn_);
    row(tr("&Retired:"), retiredOn_, withErrorLine(retiredRow, errors_, QStringLiteral("on")));
    row(tr("N&otes:"), notes_, withErrorLine(notes_, errors_, QStringLiteral("notes")));
    auto* buttons = saveCancelButtons(this, [this] { return save(); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    if (existing_) {
        name_->setText(existing_->name);
        limit_->setDistance(existing_->limit);
        startKm_->setDistance(existing_->startDistance);
        hasSince_->setChecked(existing_->since.has_value());
        if (existing_->since) since_->setDate(*existing_->since);
        retired_->setChecked(existing_->isRetired());
        if (existing_->retiredOn) retiredOn_->setDate(*existing_->retiredOn);
        notes_->setPlainText(existing_->notes);
    }
    // The tick comes before its date, as they are shown.
    setTabChain({name_, limit_, startKm_, hasSince_, since_->dateEdit(), retired_,
                 retiredOn_->dateEdit(), notes_});
    const auto changed = [this] { check(false); };
    connect(name_, &QLineEdit::textChanged, this, changed);
    for (QDoubleSpinBox* box : {limit_, startKm_})
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    for (QCheckBox* box : {hasSince_, retired_}) connect(box, &QCheckBox::toggled, this, changed);
    for (DateTimeField* date : {since_, retiredOn_})
        connect(date, &DateTimeField::changed, this, changed);
    connect(notes_, &QPlainTextEdit::textChanged, this, changed);
    rememberCleanState();
}

std::optional<Shoe> ShoeDialog::readShoe() const {
    if (hasSince_->isChecked() && !since_->date().isValid()) return std::nullopt;
    if (retired_->isChecked() && !retiredOn_->date().isValid()) return std::nullopt;
    Shoe shoe = existing_.value_or(Shoe{});
    shoe.name = name_->text().trimmed();
    shoe.limit = limit_->distance();
    shoe.startDistance = startKm_->distance();
    shoe.since = hasSince_->isChecked() ? std::optional<QDate>(since_->date()) : std::nullopt;
    shoe.retiredOn =
        retired_->isChecked() ? std::optional<QDate>(retiredOn_->date()) : std::nullopt;
    shoe.notes = notes_->toPlainText();
    return shoe;
}

bool ShoeDialog::check(bool focus) {
    errors_.clear();
    if (hasSince_->isChecked() && !since_->problem().isEmpty()) {
        errors_.mark(QStringLiteral("since"), since_->problem(), {}, focus);
        return false;
    }
    if (retired_->isChecked() && !retiredOn_->problem().isEmpty()) {
        errors_.mark(QStringLiteral("on"), retiredOn_->problem(), {}, focus);
        return false;
    }
    const auto error = validateShoe(*readShoe());
    // An empty name is only pointed out once the user has typed one or tried to save.
    if (!error || (!focus && error->field == QStringLiteral("name") && !name_->isModified()))
        return !error;
    errors_.mark(error->field, error->message, QStringLiteral("name"), focus);
    return false;
}

bool ShoeDialog::save() {
    if (!check(true)) return false;
    const Shoe shoe = *readShoe();
    if (existing_) return edits::changeShoe(session_, shoe);
    return edits::addShoe(session_, shoe).has_value();
}

std::optional<QDate> askRetireDate(QWidget* parent, const Shoe& shoe, QDate today) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("retireDialog"));
    dialog.setWindowTitle(ShoeDialog::tr("Retire a pair"));
    auto* date =
        dateBox(&dialog, QStringLiteral("retireDate"), ShoeDialog::tr("Retired on"), today);
    auto* label = new QLabel(ShoeDialog::tr("Retire %1 &on:").arg(shoe.name), &dialog);
    label->setBuddy(date);
    auto* error = FieldErrors().createLabel(&dialog, QStringLiteral("retireDateError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ShoeDialog::tr("&Retire"));
    buttons->button(QDialogButtonBox::Cancel)->setText(ShoeDialog::tr("Cancel"));
    // Said as soon as it is typed, and the dialog stays open until the date can be used.
    const auto problem = [date, since = shoe.since]() -> QString {
        if (!date->problem().isEmpty()) return date->problem();
        if (since && date->date() < *since) {
            return ShoeDialog::tr("A pair cannot be retired before it was first used (%1)")
                .arg(since->toString(Qt::ISODate));
        }
        return {};
    };
    const auto showProblem = [error, problem] {
        error->setText(sentence(problem()));
        error->setVisible(!problem().isEmpty());
    };
    QObject::connect(date, &DateTimeField::changed, &dialog, showProblem);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog,
                     [&dialog, problem, showProblem] {
                         showProblem();
                         if (problem().isEmpty()) dialog.accept();
                     });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(date);
    layout->addWidget(error);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return date->date();
}

}  // namespace stridelog::gui

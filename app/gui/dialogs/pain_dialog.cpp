// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_dialog.h"

#include "dialog_widgets.h"
#include "pain_fields.h"

#include "app/gui/session/journal_edits.h"

#include "core/model/validation.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stridelog::gui {

PainDialog::PainDialog(JournalSession& session, std::optional<PainEntry> existing, QWidget* parent)
    : QDialog(parent), session_(session), existing_(std::move(existing)) {
    setObjectName(QStringLiteral("painDialog"));
    setWindowTitle(existing_ ? tr("Edit knee pain") : tr("Log knee pain"));
    setStyleSheet(FieldErrors::styleSheet());
    when_ = new QDateTimeEdit(session_.now().localDateTime(), this);
    when_->setObjectName(QStringLiteral("painStart"));
    when_->setAccessibleName(tr("When the pain started"));
    when_->setCalendarPopup(true);
    when_->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    fields_ = new PainFields(this);
    fields_->addErrorFields(errors_);
    notes_ = new QPlainTextEdit(this);
    notes_->setObjectName(QStringLiteral("painNotes"));
    notes_->setAccessibleName(tr("Notes"));
    notes_->setTabChangesFocus(true);
    notes_->setFixedHeight(notes_->fontMetrics().lineSpacing() * 3 + 12);

    auto* form = new QFormLayout;
    auto* whenLabel = new QLabel(tr("&Started:"), this);
    whenLabel->setBuddy(when_);
    form->addRow(whenLabel, withErrorLine(when_, errors_, QStringLiteral("date")));
    auto* notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(notes_);
    auto* buttons = saveCancelButtons(this, [this] { return save(); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(fields_);
    auto* notesForm = new QFormLayout;
    notesForm->addRow(notesLabel, withErrorLine(notes_, errors_, QStringLiteral("notes")));
    layout->addLayout(notesForm);
    layout->addWidget(buttons);
    if (existing_) {
        when_->setDateTime(existing_->start.localDateTime());
        fields_->setPain(*existing_);
        notes_->setPlainText(existing_->notes);
    }
}

bool PainDialog::save() {
    errors_.clear();
    if (!fields_->checkSite(errors_)) return false;
    PainEntry pain = fields_->pain(Instant::fromLocal(when_->dateTime()));
    pain.notes = notes_->toPlainText();
    if (existing_) {
        pain.id = existing_->id;
        pain.run = existing_->run;
    }
    if (const auto error = validatePain(pain, session_.now().localDate())) {
        errors_.mark(error->field, error->message, QStringLiteral("intensity"));
        return false;
    }
    if (existing_) return edits::changePain(session_, pain);
    return edits::logPain(session_, pain).has_value();
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_dialog.h"

#include "dialog_widgets.h"
#include "pain_fields.h"

#include "app/gui/session/journal_edits.h"
#include "app/gui/widgets/date_time_field.h"

#include "core/model/validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stridelog::gui {

PainDialog::PainDialog(JournalSession& session, std::optional<PainEntry> existing, QWidget* parent)
    : EditDialog(parent), session_(session), existing_(std::move(existing)) {
    setObjectName(QStringLiteral("painDialog"));
    setWindowTitle(existing_ ? tr("Edit knee pain") : tr("Log knee pain"));
    setStyleSheet(FieldErrors::styleSheet(palette()));
    auto* content = new QWidget(this);
    when_ = new DateTimeField(DateTimeField::Parts::DateAndTime, content);
    when_->setObjectName(QStringLiteral("painStart"));
    when_->setDateTime(session_.now().localDateTime());
    when_->setAccessibleName(tr("When the pain started"));
    fields_ = new PainFields(content);
    fields_->addErrorFields(errors_);
    notes_ = new QPlainTextEdit(content);
    notes_->setObjectName(QStringLiteral("painNotes"));
    notes_->setAccessibleName(tr("Notes"));
    notes_->setTabChangesFocus(true);
    notes_->setFixedHeight(notes_->fontMetrics().lineSpacing() * 3 + 12);

    // One form with the pain questions, so all labels share one column.
    auto* form = static_cast<QFormLayout*>(fields_->layout());
    auto* whenLabel = new QLabel(tr("St&arted:"), content);
    whenLabel->setBuddy(when_);
    form->insertRow(0, whenLabel, withErrorLine(when_, errors_, QStringLiteral("date")));
    auto* notesLabel = new QLabel(tr("&Notes:"), content);
    notesLabel->setBuddy(notes_);
    form->addRow(notesLabel, withErrorLine(notes_, errors_, QStringLiteral("notes")));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(fields_);
    contentLayout->addStretch(1);
    auto* buttons = saveCancelButtons(this, [this] { return save(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new ScrollingBody(content, this), 1);
    layout->addWidget(buttons);
    if (existing_) {
        when_->setDateTime(existing_->start.localDateTime());
        fields_->setPain(*existing_);
        notes_->setPlainText(existing_->notes);
    }
    const auto changed = [this] {
        if (const QDateTime start = when_->dateTime(); start.isValid())
            fields_->setStart(Instant::fromLocal(start), session_.now());
        checkLive();
    };
    connect(when_, &DateTimeField::changed, this, changed);
    connect(fields_, &PainFields::changed, this, &PainDialog::checkLive);
    connect(notes_, &QPlainTextEdit::textChanged, this, &PainDialog::checkLive);
    changed();
    rememberCleanState();
}

std::optional<PainEntry> PainDialog::read() const {
    const QDateTime start = when_->dateTime();
    if (!start.isValid()) return std::nullopt;
    PainEntry pain = fields_->pain(Instant::fromLocal(start));
    pain.notes = notes_->toPlainText();
    if (existing_) {
        pain.id = existing_->id;
        pain.run = existing_->run;
    }
    return pain;
}

void PainDialog::checkLive() {
    errors_.clear();
    if (const QString problem = when_->problem(); !problem.isEmpty()) {
        errors_.mark(QStringLiteral("date"), problem, {}, false);
        return;
    }
    if ((saveTried_ || fields_->touched()) && !fields_->checkComplete(errors_, false)) return;
    if (const auto pain = read()) {
        if (const auto error = validatePain(*pain, session_.now().localDate()))
            errors_.mark(error->field, error->message, QStringLiteral("intensity"), false);
    }
}

bool PainDialog::save() {
    saveTried_ = true;
    errors_.clear();
    if (const QString problem = when_->problem(); !problem.isEmpty()) {
        errors_.mark(QStringLiteral("date"), problem);
        return false;
    }
    if (!fields_->checkComplete(errors_)) return false;
    const PainEntry pain = *read();
    if (const auto error = validatePain(pain, session_.now().localDate())) {
        errors_.mark(error->field, error->message, QStringLiteral("intensity"));
        return false;
    }
    if (existing_) return edits::changePain(session_, pain);
    return edits::logPain(session_, pain).has_value();
}

}  // namespace stridelog::gui

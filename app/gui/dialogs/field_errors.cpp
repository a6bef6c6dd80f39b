// SPDX-License-Identifier: GPL-3.0-or-later
#include "field_errors.h"

#include "app/gui/theme/chart_colours.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace stridelog::gui {
namespace {

void setInvalid(QWidget* field, bool invalid) {
    field->setProperty("invalid", invalid);
    // A dynamic property only restyles after an unpolish/polish.
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->update();
}

}  // namespace

QString FieldErrors::styleSheet(const QPalette& palette) {
    // The palette's "stop" red, made to read on the dialog's background, light or dark.
    const ChartColours colours = ChartColours::from(palette);
    const QString red = colours.asText(colours.stop).name();
    return QStringLiteral(
               "*[invalid=\"true\"] { border: 2px solid %1; border-radius: 3px; }"
               "QLabel[fieldError=\"true\"] { color: %1; }")
        .arg(red);
}

QLabel* FieldErrors::createLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("fieldError", true);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void FieldErrors::add(const QString& name, QWidget* field, QLabel* label) {
    fields_.insert(name, Entry{field, label});
}

void FieldErrors::mark(const QString& name, const QString& message, const QString& fallback,
                       bool focus) {
    auto it = fields_.constFind(name);
    if (it == fields_.constEnd()) it = fields_.constFind(fallback);
    if (it == fields_.constEnd()) return;
    setInvalid(it->field, true);
    it->field->setAccessibleDescription(message);
    if (it->label) {
        it->label->setText(sentence(message));
        it->label->setVisible(true);
    }
    if (focus) it->field->setFocus();
}

QString FieldErrors::messageOf(const QString& name) const {
    const auto it = fields_.constFind(name);
    if (it == fields_.constEnd() || !it->field->property("invalid").toBool()) return {};
    return it->label ? it->label->text() : it->field->accessibleDescription();
}

void FieldErrors::clear() {
    for (const Entry& entry : std::as_const(fields_)) {
        if (entry.field->property("invalid").toBool()) setInvalid(entry.field, false);
        entry.field->setAccessibleDescription(QString());
        if (entry.label) entry.label->setVisible(false);
    }
}

QString sentence(const QString& message) {
    if (message.isEmpty()) return message;
    QString text = message.at(0).toUpper() + message.mid(1);
    if (!text.endsWith(QLatin1Char('.'))) text += QLatin1Char('.');
    return text;
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialog_widgets.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

#include "field_errors.h"

#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stridelog::gui {

QSpinBox* optionalSpinBox(QWidget* parent, const QString& objectName, const QString& accessibleName,
                          int low, int high) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(low - 1, high);
    box->setSpecialValueText(noneLabel());
    box->setValue(low - 1);
    return box;
}

std::optional<int> optionalValue(const QSpinBox* box) {
    if (box->value() == box->minimum()) return std::nullopt;
    return box->value();
}

void setOptionalValue(QSpinBox* box, std::optional<int> value) {
    box->setValue(value.value_or(box->minimum()));
}

void setTabChain(std::initializer_list<QWidget*> widgets) {
    QWidget* previous = nullptr;
    for (QWidget* widget : widgets) {
        if (previous) QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

QWidget* withErrorLine(QWidget* field, FieldErrors& errors, const QString& name) {
    auto* holder = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel* label = errors.createLabel(holder, name + QStringLiteral("Error"));
    layout->addWidget(label);
    errors.add(name, field, label);
    return holder;
}

QDialogButtonBox* saveCancelButtons(QDialog* dialog, std::function<bool()> save) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    // Our own words, so the mnemonics do not depend on the desktop's theme: Alt+S saves, and
    // Cancel is Escape.
    buttons->button(QDialogButtonBox::Save)->setText(QDialog::tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(QDialog::tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog,
                     [dialog, save = std::move(save)] {
                         if (save()) dialog->accept();
                     });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

}  // namespace stridelog::gui

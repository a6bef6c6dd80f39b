// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Template part of dialog_widgets.h.

#include "app/gui/models/entry_labels.h"

#include "core/model/enum_names.h"

#include <QComboBox>

namespace stridelog::gui {

template <class E>
QComboBox* optionalEnumCombo(QWidget* parent, const QString& objectName,
                             const QString& accessibleName, QString (*label)(E)) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(noneLabel(), QString());
    for (const QString& name : acceptedNames<E>())
        combo->addItem(label(*fromString<E>(name)), name);
    return combo;
}

}  // namespace stridelog::gui

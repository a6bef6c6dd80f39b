// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small builders the dialogs share, so every optional number reads "—" when empty and every
// field has its error line right under it.

#include <QString>

#include <functional>
#include <initializer_list>
#include <optional>

class QComboBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace stridelog::gui {

class FieldErrors;

// A spin box from `low` to `high` whose lowest position means "none", shown as "—".
QSpinBox* optionalSpinBox(QWidget* parent, const QString& objectName, const QString& accessibleName,
                          int low, int high);
std::optional<int> optionalValue(const QSpinBox* box);
void setOptionalValue(QSpinBox* box, std::optional<int> value);

// A combo of an enumeration's values (data: the CLI word), with "—" first for none.
template <class E>
QComboBox* optionalEnumCombo(QWidget* parent, const QString& objectName,
                             const QString& accessibleName, QString (*label)(E));

// Tab visits `widgets` in this order (QWidget::setTabOrder for a whole chain).
void setTabChain(std::initializer_list<QWidget*> widgets);

// `field` with a hidden error line under it, registered in `errors` as `name`.
QWidget* withErrorLine(QWidget* field, FieldErrors& errors, const QString& name);
// Save and Cancel for an editing dialog: Save (or Enter) calls `save`, and the dialog closes
// only when it returns true, so a refused value keeps the dialog open with its field marked.
QDialogButtonBox* saveCancelButtons(QDialog* dialog, std::function<bool()> save);

}  // namespace stridelog::gui

#include "dialog_widgets_impl.h"

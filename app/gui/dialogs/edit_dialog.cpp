// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit_dialog.h"

#include "app/gui/widgets/knee_site_picker.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>
#include <optional>

namespace stridelog::gui {
namespace {

// What a field holds, as text; nothing for widgets that hold nothing a user typed.
std::optional<QString> valueOf(const QWidget* widget) {
    if (const auto* edit = qobject_cast<const QLineEdit*>(widget)) return edit->text();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget)) return text->toPlainText();
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return QString::number(combo->currentIndex());
    if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget)) return spin->text();
    if (qobject_cast<const QScrollBar*>(widget)) return std::nullopt;  // scrolling is not typing
    if (const auto* slider = qobject_cast<const QAbstractSlider*>(widget))
        return QString::number(slider->value());
    if (const auto* group = qobject_cast<const QGroupBox*>(widget))
        return group->isCheckable() && group->isChecked() ? QStringLiteral("on") : QString();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->isCheckable() && button->isChecked() ? QStringLiteral("on") : QString();
    if (const auto* picker = qobject_cast<const KneeSitePicker*>(widget))
        return picker->site() ? QString::number(static_cast<int>(*picker->site())) : QString();
    return std::nullopt;
}

}  // namespace

EditDialog::EditDialog(QWidget* parent) : QDialog(parent) {}

QStringList EditDialog::state() const {
    QStringList values;
    for (const QWidget* widget : findChildren<QWidget*>()) {
        // A spin box's or combo's own line edit is read through its owner.
        if (qobject_cast<const QLineEdit*>(widget) &&
            (qobject_cast<QAbstractSpinBox*>(widget->parent()) ||
             qobject_cast<QComboBox*>(widget->parent()))) {
            continue;
        }
        // Only fields: containers move about in the list as the dialog lays itself out.
        if (const auto value = valueOf(widget))
            values << widget->objectName() + QLatin1Char('=') + *value;
    }
    return values;
}

void EditDialog::rememberCleanState() {
    clean_ = state();
}

bool EditDialog::hasChanges() const {
    return state() != clean_;
}

void EditDialog::reject() {
    if (result() == QDialog::Accepted || !hasChanges()) {
        QDialog::reject();
        return;
    }
    QMessageBox ask(QMessageBox::Question, windowTitle(), tr("Discard what you typed?"),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("discardQuestion"));
    ask.setInformativeText(tr("Nothing of it has been saved."));
    QPushButton* discard = ask.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton* keep = ask.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    ask.setDefaultButton(keep);
    ask.setEscapeButton(keep);
    ask.exec();
    if (ask.clickedButton() == discard) QDialog::reject();
}

void EditDialog::showEvent(QShowEvent* event) {
    if (!fitted_) {
        fitted_ = true;
        fitToScreen(this);
    }
    QDialog::showEvent(event);
}

ScrollingBody::ScrollingBody(QWidget* content, QWidget* parent) : QScrollArea(parent) {
    setObjectName(QStringLiteral("dialogBody"));
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Tab goes through the fields inside; the area itself is no stop of its own.
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    content->setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
}

QSize ScrollingBody::sizeHint() const {
    const QSize content = widget() ? widget()->sizeHint() : QSize();
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    // Room for a vertical bar, so that when the screen makes it appear nothing is covered.
    return content + QSize(2 * frameWidth() + bar, 2 * frameWidth());
}

QSize ScrollingBody::minimumSizeHint() const {
    // As narrow as the content needs up to about 50 characters (only a screen narrower than
    // that scrolls sideways), as short as a few lines: the height is what scrolls.
    const int needed = widget() ? widget()->minimumSizeHint().width() : 0;
    const int width = std::min(needed, fontMetrics().averageCharWidth() * 50);
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {width + bar + 2 * frameWidth(), fontMetrics().lineSpacing() * 6};
}

void fitToScreen(QWidget* dialog) {
    const QScreen* screen = dialog->screen();
    if (dialog->parentWidget() && dialog->parentWidget()->window()->screen())
        screen = dialog->parentWidget()->window()->screen();
    if (!screen) return;
    const QRect available = screen->availableGeometry();
    // Room for the window manager's title bar and frame, which are not part of the size.
    const int frame = dialog->fontMetrics().height() * 2 + 8;
    QSize size = dialog->sizeHint().expandedTo(dialog->minimumSizeHint());
    size.setWidth(std::min(size.width(), available.width() - 16));
    size.setHeight(std::min(size.height(), available.height() - frame));
    dialog->resize(size);
}

}  // namespace stridelog::gui

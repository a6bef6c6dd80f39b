// SPDX-License-Identifier: GPL-3.0-or-later
#include "warning_card.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace stridelog::gui {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

}  // namespace

WarningCard::WarningCard(const WarningItem& item, QWidget* parent) : QFrame(parent), item_(item) {
    setObjectName(QStringLiteral("warningCard"));
    setAccessibleName(item.accessibleText);
    setFocusPolicy(Qt::StrongFocus);
    if (item.subject.kind != WarningSubject::Kind::Journal) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(item.linkText);
    }
    chip_ = new QLabel(item.severityText, this);
    chip_->setObjectName(QStringLiteral("severityChip"));
    chip_->setAlignment(Qt::AlignCenter);
    chip_->setAutoFillBackground(true);
    chip_->setMargin(3);
    chip_->setMinimumWidth(chip_->fontMetrics().horizontalAdvance(tr("Caution")) + 14);
    QFont bold = chip_->font();
    bold.setBold(true);
    chip_->setFont(bold);

    auto* message = wrappedLabel(item.message, this);
    message->setObjectName(QStringLiteral("warningMessage"));
    message->setFont(bold);
    auto* advice = wrappedLabel(item.advice, this);
    source_ = wrappedLabel(item.source, this);
    QFont small = source_->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    source_->setFont(small);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(message);
    if (!item.advice.isEmpty()) text->addWidget(advice);
    text->addWidget(source_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(chip_, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void WarningCard::applyColours(const ChartColours& colours) {
    stripe_ = colours.severity(item_.severity);
    QPalette chipPalette = chip_->palette();
    chipPalette.setColor(QPalette::Window, stripe_);
    // Black or white, whichever reads better on the chip's colour.
    chipPalette.setColor(QPalette::WindowText, ChartColours::textOn(stripe_));
    chip_->setPalette(chipPalette);
    QPalette sourcePalette = source_->palette();
    sourcePalette.setColor(QPalette::WindowText, colours.subtleText);
    source_->setPalette(sourcePalette);
    update();
}

void WarningCard::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, 4, height()), stripe_);
    const QColor border =
        hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid);
    painter.setPen(QPen(border, hasFocus() ? 2 : 1));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void WarningCard::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated(item_.subject);
    }
    QFrame::mouseReleaseEvent(event);
}

void WarningCard::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            Q_EMIT activated(item_.subject);
            return;
        case Qt::Key_Down:
            focusNextChild();
            return;
        case Qt::Key_Up:
            focusPreviousChild();
            return;
        default:
            QFrame::keyPressEvent(event);
    }
}

}  // namespace stridelog::gui

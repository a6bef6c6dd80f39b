// SPDX-License-Identifier: GPL-3.0-or-later
#include "warnings_panel.h"

#include "warning_card.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stridelog::gui {

WarningsPanel::WarningsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("warningsPanel"));
    heading_ = new QLabel(this);
    heading_->setObjectName(QStringLiteral("warningsHeading"));
    QFont headingFont = heading_->font();
    headingFont.setBold(true);
    heading_->setFont(headingFont);
    empty_ = new QLabel(this);
    empty_->setObjectName(QStringLiteral("noWarnings"));
    empty_->setWordWrap(true);
    list_ = new QWidget;
    list_->setObjectName(QStringLiteral("warningsList"));
    listLayout_ = new QVBoxLayout(list_);
    listLayout_->setContentsMargins(0, 0, 4, 0);
    listLayout_->setSpacing(6);
    scroll_ = new QScrollArea(this);
    scroll_->setObjectName(QStringLiteral("warningsScroll"));
    scroll_->setAccessibleName(tr("Warnings"));
    scroll_->setWidget(list_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading_);
    layout->addWidget(empty_);
    layout->addWidget(scroll_, 1);
    layout->addStretch();  // keeps the "no warnings" line at the top while the list is hidden
}

void WarningsPanel::setWarnings(const WarningsData& warnings) {
    for (WarningCard* card : cards()) delete card;
    while (QLayoutItem* item = listLayout_->takeAt(0)) delete item;
    const auto count = static_cast<int>(warnings.items.size());
    heading_->setText(count == 0 ? tr("Warnings") : tr("Warnings (%1)").arg(count));
    empty_->setText(warnings.emptyText);
    empty_->setVisible(count == 0);
    scroll_->setVisible(count > 0);
    for (const WarningItem& item : warnings.items) {
        auto* card = new WarningCard(item, list_);
        connect(card, &WarningCard::activated, this, &WarningsPanel::subjectActivated);
        listLayout_->addWidget(card);
    }
    listLayout_->addStretch(1);
    applyColours();
}

QList<WarningCard*> WarningsPanel::cards() const {
    return list_->findChildren<WarningCard*>(Qt::FindDirectChildrenOnly);
}

void WarningsPanel::applyColours() {
    const ChartColours colours = ChartColours::from(palette());
    for (WarningCard* card : cards()) card->applyColours(colours);
}

void WarningsPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyColours();
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "scrolling_page.h"

#include <QFrame>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stridelog::gui {

QWidget* scrollingContent(QWidget* page) {
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    return content;
}

}  // namespace stridelog::gui

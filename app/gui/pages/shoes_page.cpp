// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoes_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stridelog::gui {

ShoesPage::ShoesPage(JournalSession& session, QWidget* parent) : JournalPage(session, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("Shoes table."), this));
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stridelog::gui {

PainPage::PainPage(JournalSession& session, QWidget* parent) : JournalPage(session, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("Knee pain table."), this));
}

}  // namespace stridelog::gui

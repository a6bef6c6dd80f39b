// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stridelog::gui {

RunsPage::RunsPage(JournalSession& session, QWidget* parent) : JournalPage(session, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("Runs table."), this));
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stridelog::gui {

DashboardPage::DashboardPage(JournalSession& session, QWidget* parent)
    : JournalPage(session, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(QStringLiteral("Dashboard: weekly volume, load, shoes and warnings."), this));
}

}  // namespace stridelog::gui

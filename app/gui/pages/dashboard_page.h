// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Dashboard: weekly volume, load, shoes and warnings.

#include "journal_page.h"

namespace stridelog::gui {

class DashboardPage : public JournalPage {
    Q_OBJECT

public:
    DashboardPage(JournalSession& session, QWidget* parent = nullptr);
};

}  // namespace stridelog::gui

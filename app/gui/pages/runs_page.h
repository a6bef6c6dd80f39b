// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs table.

#include "journal_page.h"

namespace stridelog::gui {

class RunsPage : public JournalPage {
    Q_OBJECT

public:
    RunsPage(JournalSession& session, QWidget* parent = nullptr);
};

}  // namespace stridelog::gui

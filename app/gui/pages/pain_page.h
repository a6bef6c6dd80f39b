// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Knee pain table.

#include "journal_page.h"

namespace stridelog::gui {

class PainPage : public JournalPage {
    Q_OBJECT

public:
    PainPage(JournalSession& session, QWidget* parent = nullptr);
};

}  // namespace stridelog::gui

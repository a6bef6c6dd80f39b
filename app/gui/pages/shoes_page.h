// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shoes table.

#include "journal_page.h"

namespace stridelog::gui {

class ShoesPage : public JournalPage {
    Q_OBJECT

public:
    ShoesPage(JournalSession& session, QWidget* parent = nullptr);
};

}  // namespace stridelog::gui

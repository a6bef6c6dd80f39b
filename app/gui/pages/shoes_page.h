// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shoes table: every pair with its wear (RULES.md R3); add, edit, retire or delete a pair,
// all undoable.

#include "entry_table_page.h"

namespace stridelog::gui {

class ShoesPage : public EntryTablePage {
    Q_OBJECT

public:
    ShoesPage(JournalSession& session, QWidget* parent = nullptr);

Q_SIGNALS:
    // Enter or a double-click on a pair, when the window shows pairs on a page of their own.
    void shoeOpened(std::int64_t id);

protected:
    void editEntry(std::int64_t id) override;
    void deleteEntry(std::int64_t id) override;
    void selectionChanged() override;

private:
    void retireSelected();
    void editShoe(std::int64_t id);

    QPushButton* edit_ = nullptr;
    QPushButton* retire_ = nullptr;
    QPushButton* delete_ = nullptr;
};

}  // namespace stridelog::gui

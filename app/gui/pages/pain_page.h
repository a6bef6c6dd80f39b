// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The knee pain table, newest first, with each entry's stage and location hint: log pain
// without a run, mark an ongoing entry as gone, edit or delete an entry; all undoable.

#include "entry_table_page.h"

namespace stridelog::gui {

class PainTableModel;

class PainPage : public EntryTablePage {
    Q_OBJECT

public:
    PainPage(JournalSession& session, QWidget* parent = nullptr);

protected:
    void editEntry(std::int64_t id) override;
    void deleteEntry(std::int64_t id) override;
    void selectionChanged() override;

private:
    void resolveSelected();

    PainTableModel* model_ = nullptr;
    QPushButton* gone_ = nullptr;
    QPushButton* edit_ = nullptr;
    QPushButton* delete_ = nullptr;
};

}  // namespace stridelog::gui

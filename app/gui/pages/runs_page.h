// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The runs table, newest first: edit a run (Enter, double-click) in the log-run dialog, or
// delete it (Delete); both undoable.

#include "entry_table_page.h"

namespace stridelog::gui {

class RunsTableModel;

class RunsPage : public EntryTablePage {
    Q_OBJECT

public:
    RunsPage(JournalSession& session, QWidget* parent = nullptr);

protected:
    void editEntry(std::int64_t id) override;
    void deleteEntry(std::int64_t id) override;
    void selectionChanged() override;

private:
    QPushButton* edit_ = nullptr;
    QPushButton* delete_ = nullptr;
};

}  // namespace stridelog::gui

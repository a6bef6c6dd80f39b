// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The runs table, newest first: open a run (Enter, double-click) on its own page when the
// window listens to runOpened(), else edit it there; edit it in the log-run dialog (Edit…),
// or delete it (Delete); both undoable.

#include "entry_table_page.h"

namespace stridelog::gui {

class RunsTableModel;

class RunsPage : public EntryTablePage {
    Q_OBJECT

public:
    RunsPage(JournalSession& session, QWidget* parent = nullptr);

Q_SIGNALS:
    void runOpened(std::int64_t id);

protected:
    void editEntry(std::int64_t id) override;
    void deleteEntry(std::int64_t id) override;
    void selectionChanged() override;

private:
    void editRun(std::int64_t id);

    QPushButton* edit_ = nullptr;
    QPushButton* delete_ = nullptr;
};

}  // namespace stridelog::gui

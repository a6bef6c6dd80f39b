// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shoes table: every pair with its distance, its own limit and how worn it is
// (RULES.md R3). Retired pairs stay listed; the shoes page can hide them.

#include "entry_table_model.h"

namespace stridelog::gui {

class ShoesTableModel : public EntryTableModel {
    Q_OBJECT

public:
    enum Column { Name, Distance, Limit, Worn, Status, Runs, Since, Retired, Notes, ColumnCount };

    explicit ShoesTableModel(JournalSession& session, QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    std::vector<Row> buildRows(const Evaluation& evaluation) const override;
};

}  // namespace stridelog::gui

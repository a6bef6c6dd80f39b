// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The runs table: one row per run, with its pace, its pair's name and its spike over the
// longest run of the 30 days before it (RULES.md R4). Distances follow the `units` setting.

#include "entry_table_model.h"

namespace stridelog::gui {

class RunsTableModel : public EntryTableModel {
    Q_OBJECT

public:
    enum Column {
        Date,
        Distance,
        Duration,
        Pace,
        Shoe,
        Surface,
        Type,
        Hilly,
        Rpe,
        Cadence,
        HeartRate,
        Spike,
        Notes,
        ColumnCount
    };

    explicit RunsTableModel(JournalSession& session, QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    std::vector<Row> buildRows(const Evaluation& evaluation) const override;
    QString headerToolTip(int column) const override;
};

}  // namespace stridelog::gui

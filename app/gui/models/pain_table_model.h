// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The knee pain table: one row per entry, with how long it lasted (or that it is still
// there), its stage as of now (RULES.md R5, R6) and the location hint, never a diagnosis.

#include "entry_table_model.h"

#include "core/model/duration_text.h"  // formatPainDuration, for the table and the check-in

namespace stridelog::gui {

class PainTableModel : public EntryTableModel {
    Q_OBJECT

public:
    enum Column {
        Date,
        Knee,
        Site,
        Intensity,
        Onset,
        Lasted,
        Stage,
        Flags,
        Run,
        Hint,
        ColumnCount
    };

    explicit PainTableModel(JournalSession& session, QObject* parent = nullptr);
    // Whether the entry is still marked as ongoing.
    bool isOngoing(std::int64_t id) const;

protected:
    QStringList headers() const override;
    std::vector<Row> buildRows(const Evaluation& evaluation) const override;
};

}  // namespace stridelog::gui

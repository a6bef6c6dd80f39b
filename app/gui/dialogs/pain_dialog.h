// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Ctrl+K: knee pain without a run (a stair day, a long sit), or editing a logged pain entry.
// The same questions as the log-run dialog's pain section, plus when it started and notes;
// an edited entry keeps its link to its run.

#include "field_errors.h"

#include "app/gui/session/journal_session.h"

#include <QDialog>

#include <optional>

class QDateTimeEdit;
class QPlainTextEdit;

namespace stridelog::gui {

class PainFields;

class PainDialog : public QDialog {
    Q_OBJECT

public:
    PainDialog(JournalSession& session, std::optional<PainEntry> existing,
               QWidget* parent = nullptr);

    bool save();
    PainFields* painFields() const { return fields_; }

private:
    JournalSession& session_;
    std::optional<PainEntry> existing_;
    FieldErrors errors_;
    QDateTimeEdit* when_ = nullptr;
    PainFields* fields_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
};

}  // namespace stridelog::gui

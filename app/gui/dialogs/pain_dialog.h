// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Ctrl+K: knee pain without a run (a stair day, a long sit), or editing a logged pain entry.
// The same questions as the log-run dialog's pain section, plus when it started and notes;
// an edited entry keeps its link to its run. Refused values are marked as they are typed.

#include "edit_dialog.h"
#include "field_errors.h"

#include "app/gui/session/journal_session.h"

#include <optional>

class QPlainTextEdit;

namespace stridelog::gui {

class DateTimeField;
class PainFields;

class PainDialog : public EditDialog {
    Q_OBJECT

public:
    PainDialog(JournalSession& session, std::optional<PainEntry> existing,
               QWidget* parent = nullptr);

    bool save();
    PainFields* painFields() const { return fields_; }

private:
    // The entry as entered, or empty while the start is not a date and time.
    std::optional<PainEntry> read() const;
    void checkLive();

    JournalSession& session_;
    std::optional<PainEntry> existing_;
    FieldErrors errors_;
    bool saveTried_ = false;
    DateTimeField* when_ = nullptr;
    PainFields* fields_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
};

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pain check-in: when the app starts and a pain entry is still marked as ongoing, it asks
// "Is the pain from Tuesday's run still there?". "It's gone" (since when) ends the entry;
// "Still there" (how strong now) keeps it going and updates its intensity. This is what makes
// the durations behind the pain stages (RULES.md R5) real rather than guessed.

#include "app/gui/session/journal_session.h"

#include <QDialog>

class QDateTimeEdit;
class QRadioButton;
class QSpinBox;

namespace stridelog::gui {

class PainCheckInDialog : public QDialog {
    Q_OBJECT

public:
    PainCheckInDialog(JournalSession& session, const PainEntry& pain, QWidget* parent = nullptr);

    // "Is the pain from Tuesday's run still there?"
    static QString question(const JournalSnapshot& journal, const PainEntry& pain);
    // Records the answer; false when the store refused.
    bool apply();

private:
    JournalSession& session_;
    PainEntry pain_;
    QRadioButton* gone_ = nullptr;
    QRadioButton* stillThere_ = nullptr;
    QDateTimeEdit* goneSince_ = nullptr;
    QSpinBox* intensity_ = nullptr;
};

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pain check-in: when the app starts and pain entries are still marked as ongoing, one
// dialog lists them all, each with its real date and how long it has lasted so far ("Right
// knee, outside, 4/10, after the run of Tue 17 Nov 18:00: 90 h so far"), and asks of each
// whether it is still there. "It's gone" (since when) ends the entry; "Still there" (how
// strong now) keeps it going and updates its intensity; all answers are one undo step. This
// is what makes the durations behind the pain stages (RULES.md R5) real rather than guessed.

#include "app/gui/session/journal_session.h"

#include <QDialog>

#include <vector>

class QLabel;
class QRadioButton;
class QSpinBox;

namespace stridelog::gui {

class DateTimeField;

class PainCheckInDialog : public QDialog {
    Q_OBJECT

public:
    // `pains`: the ongoing entries to ask about, oldest first.
    PainCheckInDialog(JournalSession& session, std::vector<PainEntry> pains,
                      QWidget* parent = nullptr);

    // "Is the pain from Tuesday's run still there?" for a run of the last six days; an older
    // one is named by its date ("the run of Mon 2 Nov"), never by a weekday that reads as
    // this week's.
    static QString question(const JournalSnapshot& journal, const PainEntry& pain, Instant now);
    // "Right knee, outside, 4/10, since Tue 17 Nov 18:00: 90 h so far."
    static QString details(const JournalSnapshot& journal, const PainEntry& pain, Instant now);
    // Records the answers; false (dialog stays open) when one is refused or the store failed.
    bool apply();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Row {
        PainEntry pain;
        QRadioButton* gone = nullptr;
        QRadioButton* stillThere = nullptr;
        DateTimeField* goneSince = nullptr;
        QSpinBox* intensity = nullptr;
        QLabel* error = nullptr;
    };
    QWidget* createRow(const PainEntry& pain, bool mnemonics);
    // What is wrong with a row's "gone since", or empty.
    QString problem(const Row& row) const;
    void showProblem(const Row& row) const;

    JournalSession& session_;
    std::vector<Row> rows_;
    bool fitted_ = false;
};

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The morning check as one line above the pages, never a dialog: "How is your knee this
// morning?" with 0–10, swelling and limp. It is offered once a day while the knee is watched
// (presenters/morning_prompt.h) and always from Journal ▸ Morning check….
//
// One keystroke: a digit answers with that rating (with the swelling and limp boxes as they
// are ticked), Escape or the close button dismisses it for the rest of the day. The answer
// is saved as one undoable edit (Edit ▸ Undo "Morning check").

#include <QDate>
#include <QFrame>

class QCheckBox;
class QToolButton;

namespace stridelog::gui {

class JournalSession;

class MorningCheckStrip : public QFrame {
    Q_OBJECT

public:
    MorningCheckStrip(JournalSession& session, QWidget* parent);

    // Shows the question whatever the day (the menu entry) and puts the keyboard on it.
    void ask();
    // Shows or hides it by the rule of the day, after every journal change.
    void refresh();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void answer(int pain);
    void dismiss();
    QDate today() const;

    JournalSession& session_;
    QCheckBox* swelling_ = nullptr;
    QCheckBox* limp_ = nullptr;
    QToolButton* close_ = nullptr;
    QDate dismissedOn_;   // the day "not now" was said, for this window's lifetime
    bool asked_ = false;  // opened from the menu: stays until answered or dismissed
};

}  // namespace stridelog::gui

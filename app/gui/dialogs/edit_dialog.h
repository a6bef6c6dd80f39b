// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every editing dialog (run, pain, pair, settings) does the same way:
// - Escape, Cancel or closing the window with typed changes asks before discarding them.
//   "Changes" are differences from the state remembered when the dialog was filled
//   (rememberCleanState()), read from its input widgets, so no dialog has to track them.
// - It fits the screen it opens on: its fields sit in a scrolling body (scrollingBody()) and
//   its buttons stay below it, so Save is reachable at any size and scale.

#include <QDialog>
#include <QScrollArea>
#include <QStringList>

namespace stridelog::gui {

class EditDialog : public QDialog {
    Q_OBJECT

public:
    explicit EditDialog(QWidget* parent = nullptr);

    bool hasChanges() const;
    // Closes without saving: asks first when something was typed.
    void reject() override;

protected:
    // Call once the dialog shows what it edits (at the end of the constructor).
    void rememberCleanState();
    void showEvent(QShowEvent* event) override;

private:
    QStringList state() const;

    QStringList clean_;
    bool fitted_ = false;
};

// A scroll area that asks for the whole size of its content, so a dialog is only as small as
// the screen makes it, never smaller.
class ScrollingBody : public QScrollArea {
    Q_OBJECT

public:
    explicit ScrollingBody(QWidget* content, QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

// Resizes `dialog` to its size hint within the available geometry of its screen.
void fitToScreen(QWidget* dialog);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Walks a window as a keyboard user meets it: its Alt+letter mnemonics, its shortcuts, its
// Tab chain; and builds every dialog of the app, so a test can walk them all.

#include "app/gui/session/journal_session.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

namespace stridelog::gui::testing {

// The Alt+letter of a text ("Sh&oe" → 'O'), or a null QChar.
QChar mnemonicOf(const QString& text);
// "Alt+S: &Shoe:, &Save" for each letter used twice among the visible labels, buttons, group
// boxes and menu titles of `window`; empty when there is none.
QStringList duplicateMnemonics(QWidget* window);
// "Ctrl+Shift+Z: redoAction, redoAction" for each key bound twice in `window`.
QStringList duplicateShortcuts(QWidget* window);
// The widgets Tab visits in `window`, from its first focusable widget, once round.
std::vector<QWidget*> tabChain(QWidget* window);
// Pairs "a → b" where Tab goes back up or to the left within the same column.
QStringList tabStepsAgainstReadingOrder(QWidget* window);

struct NamedDialog {
    QString name;
    std::unique_ptr<QWidget> dialog;
};
// Every dialog of the app for `session`, not yet shown. The journal needs a run with a linked
// pain entry (RunId 1) and a pair, so the edit dialogs have something to show.
std::vector<NamedDialog> everyDialog(JournalSession& session, QWidget* parent);

}  // namespace stridelog::gui::testing

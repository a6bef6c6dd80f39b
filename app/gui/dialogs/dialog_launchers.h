// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Entry points to the app's dialogs, so the main window does not need to know them.

#include "app/gui/session/journal_session.h"

class QDialog;
class QWidget;

namespace stridelog::gui {

// Ctrl+N: log a run and any knee pain after it.
void showLogRunDialog(JournalSession& session, QWidget* parent);
// The log-run dialog, not yet shown (screenshot mode renders it).
QDialog* createLogRunDialog(JournalSession& session, QWidget* parent);
// Ctrl+K: knee pain without a run.
void showLogPainDialog(JournalSession& session, QWidget* parent);
void showSettingsDialog(JournalSession& session, QWidget* parent);
// At start: one dialog asking whether each ongoing pain entry is still there.
void checkInOngoingPain(JournalSession& session, QWidget* parent);

}  // namespace stridelog::gui

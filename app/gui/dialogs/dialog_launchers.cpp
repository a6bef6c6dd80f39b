// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialog_launchers.h"

#include "log_run_dialog.h"
#include "pain_check_in_dialog.h"
#include "pain_dialog.h"
#include "settings_dialog.h"

#include <vector>

namespace stridelog::gui {

void showLogRunDialog(JournalSession& session, QWidget* parent) {
    LogRunDialog dialog(session, std::nullopt, parent);
    dialog.exec();
}

QDialog* createLogRunDialog(JournalSession& session, QWidget* parent) {
    return new LogRunDialog(session, std::nullopt, parent);
}

void showLogPainDialog(JournalSession& session, QWidget* parent) {
    PainDialog dialog(session, std::nullopt, parent);
    dialog.exec();
}

void showSettingsDialog(JournalSession& session, QWidget* parent) {
    SettingsDialog dialog(session, parent);
    dialog.exec();
}

void checkInOngoingPain(JournalSession& session, QWidget* parent) {
    std::vector<PainEntry> ongoing;
    const Instant now = session.now();
    for (const PainEntry& pain : session.evaluation().journal.pains) {
        if (pain.isOngoing() && pain.start <= now) ongoing.push_back(pain);
    }
    if (ongoing.empty()) return;
    // One dialog for all of them. Window-modal without blocking the event loop, so the window
    // paints first and nothing waits on it.
    auto* dialog = new PainCheckInDialog(session, std::move(ongoing), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace stridelog::gui

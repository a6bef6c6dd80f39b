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

namespace {

// One question per ongoing entry, oldest first, each shown after the previous one is
// answered. The dialogs are window-modal but do not block the event loop, so the window
// paints first and nothing waits on them.
void askNext(JournalSession& session, QWidget* parent, std::vector<PainEntry> remaining) {
    if (remaining.empty()) return;
    const PainEntry pain = remaining.front();
    remaining.erase(remaining.begin());
    auto* dialog = new PainCheckInDialog(session, pain, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, dialog,
                     [&session, parent, remaining] { askNext(session, parent, remaining); });
    dialog->open();
}

}  // namespace

void checkInOngoingPain(JournalSession& session, QWidget* parent) {
    std::vector<PainEntry> ongoing;
    const Instant now = session.now();
    for (const PainEntry& pain : session.evaluation().journal.pains) {
        if (pain.isOngoing() && pain.start <= now) ongoing.push_back(pain);
    }
    askNext(session, parent, std::move(ongoing));
}

}  // namespace stridelog::gui

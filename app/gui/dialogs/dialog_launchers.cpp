// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialog_launchers.h"

#include <QDialog>

namespace stridelog::gui {

void showLogRunDialog(JournalSession&, QWidget*) {}
QDialog* createLogRunDialog(JournalSession&, QWidget* parent) {
    return new QDialog(parent);
}
void showLogPainDialog(JournalSession&, QWidget*) {}
void showSettingsDialog(JournalSession&, QWidget*) {}
void checkInOngoingPain(JournalSession&, QWidget*) {}

}  // namespace stridelog::gui

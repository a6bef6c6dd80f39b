// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ New, Open, Back up and Restore.

#include "main_window.h"

namespace stridelog::gui {

void MainWindow::newJournal() {}
void MainWindow::openJournal() {}
void MainWindow::backUpJournal() {}
void MainWindow::restoreJournal() {}

}  // namespace stridelog::gui

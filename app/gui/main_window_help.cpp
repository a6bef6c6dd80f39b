// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ Stridelog Help (F1) and Help ▸ About.

#include "main_window.h"

#include "help/about_dialog.h"
#include "help/help_window.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace stridelog::gui {

void MainWindow::createHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("Stridelog &Help"), QKeySequence::HelpContents, this, &MainWindow::showHelp)
        ->setObjectName(QStringLiteral("helpAction"));
    help->addSeparator();
    help->addAction(tr("&About Stridelog"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::showHelp() {
    // One help window, kept open beside the journal and raised when asked for again.
    auto* window = findChild<HelpWindow*>();
    if (!window) window = new HelpWindow(this);
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::showAbout() {
    AboutDialog dialog(session_->journalPath(), this);
    dialog.exec();
}

}  // namespace stridelog::gui

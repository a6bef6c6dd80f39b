// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's file deleted or replaced while the app has it open (its folder removed, a
// sync tool putting another copy in its place). SQLite goes on writing into the open file,
// which no longer has a name, and all of it is gone on quit. The window notices it after each
// write, every few seconds and when the app comes back to the front, says so, and offers to
// save the journal elsewhere: a backup of the open connection (Journal::backupTo, a
// consistent copy with everything written so far) to a new file, then opened there.

#include "main_window.h"

#include "dialogs/journal_problem_dialog.h"
#include "session/journal_file_watch.h"
#include "widgets/file_dialogs.h"
#include "widgets/status_message.h"

#include "core/store/journal.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace stridelog::gui {

void MainWindow::watchJournalFile() {
    // A child of the session: it goes with the journal it watches.
    fileWatch_ = new JournalFileWatch(session_->journalPath(), session_.get());
    connect(&session_->journal(), &Journal::changed, fileWatch_, &JournalFileWatch::check);
    connect(qApp, &QGuiApplication::applicationStateChanged, fileWatch_,
            [watch = fileWatch_.data()](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive) watch->check();
            });
    // Queued: the loss may be noticed in the middle of a save, whose dialog is still open.
    connect(fileWatch_, &JournalFileWatch::lost, this, &MainWindow::offerToSaveElsewhere,
            Qt::QueuedConnection);
}

bool MainWindow::isJournalFileLost() {
    return fileWatch_ && !fileWatch_->check();
}

void MainWindow::offerToSaveElsewhere() {
    QMessageBox box(QMessageBox::Warning, tr("Journal file missing"),
                    tr("The journal file %1 was deleted or replaced while Stridelog had it open. "
                       "What you log is kept only until you quit: save the journal elsewhere "
                       "to keep it.")
                        .arg(QDir::toNativeSeparators(session_->journalPath())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("journalLostBox"));
    QPushButton* save = box.addButton(tr("&Save elsewhere…"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveElsewhereButton"));
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == save) askToSaveElsewhere();
}

bool MainWindow::askToSaveElsewhere() {
    const QString name = QFileInfo(session_->journalPath()).fileName();
    const QString path =
        askSaveFile(this, tr("Save the journal elsewhere"), QDir(documentsFolder()).filePath(name),
                    tr("Stridelog journals (*.sqlite);;All files (*)"));
    return !path.isEmpty() && saveJournalElsewhere(path);
}

bool MainWindow::saveJournalElsewhere(const QString& target) {
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target)) {
        // Never over another file: it may be another journal.
        QMessageBox::warning(this, tr("Save the journal elsewhere"),
                             tr("%1 already exists. Choose a new name.").arg(shown));
        return false;
    }
    if (auto copied = session_->journal().backupTo(target); !copied) {
        QMessageBox::warning(
            this, tr("Save the journal elsewhere"),
            tr("The journal could not be saved to %1: %2").arg(shown, copied.error().message));
        return false;
    }
    auto journal = openJournalOrRecover(target, this, tr("Cancel"), clock_);
    if (!journal) return false;
    setSession(std::make_unique<JournalSession>(std::move(journal), clock_));
    announce(this, tr("Saved the journal to %1; it is open there now.").arg(shown));
    return true;
}

}  // namespace stridelog::gui

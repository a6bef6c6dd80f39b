// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ New, Open, Back up and Restore. A journal that cannot be used is never written to:
// the problem dialog explains it and offers a way on (dialogs/journal_problem_dialog.h).

#include "main_window.h"

#include "dialogs/journal_problem_dialog.h"
#include "widgets/file_dialogs.h"
#include "widgets/status_message.h"

#include "core/store/journal_files.h"
#include "core/workflows/restore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace stridelog::gui {
namespace {

QString journalFilter() {
    return MainWindow::tr("Stridelog journals (*.sqlite);;All files (*)");
}

}  // namespace

void MainWindow::newJournal() {
    const QString path =
        askSaveFile(this, tr("New journal"), documentsFolder() + QStringLiteral("/journal.sqlite"),
                    journalFilter());
    if (path.isEmpty()) return;
    if (auto refused = refuseJournalFiles(session_->journalPath(), path); !refused) {
        // Not even a side file that is missing now: SQLite would take it for this journal's.
        QMessageBox::warning(this, tr("New journal"), refused.error().message);
        return;
    }
    if (QFileInfo::exists(path)) {
        // A new journal never replaces a file: the user may have picked an existing journal.
        QMessageBox::warning(this, tr("New journal"),
                             tr("%1 already exists. Choose a new name, or use File ▸ Open.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto journal = openJournalOrRecover(path, this, tr("Cancel"), clock_)) {
        setSession(std::make_unique<JournalSession>(std::move(journal), clock_));
        announce(this, tr("Created the journal %1.").arg(QFileInfo(path).fileName()));
    }
}

void MainWindow::openJournal() {
    const QString path = askOpenFile(this, tr("Open journal"), documentsFolder(), journalFilter());
    if (path.isEmpty()) return;
    if (auto journal = openJournalOrRecover(path, this, tr("Cancel"), clock_)) {
        setSession(std::make_unique<JournalSession>(std::move(journal), clock_));
        announce(this, tr("Opened the journal %1.").arg(QFileInfo(path).fileName()));
    }
}

void MainWindow::backUpJournal() {
    const QString stamp = session_->now().localDate().toString(Qt::ISODate);
    const QString path =
        askSaveFile(this, tr("Back up the journal"),
                    documentsFolder() + QStringLiteral("/journal-backup-%1.sqlite").arg(stamp),
                    journalFilter());
    if (path.isEmpty()) return;
    if (auto done = session_->journal().backupTo(path); !done) {
        QMessageBox::warning(this, tr("Back up"),
                             tr("The backup could not be written: %1").arg(done.error().message));
        return;
    }
    announce(this, tr("Backed up the journal to %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::restoreJournal() {
    const QString source =
        askOpenFile(this, tr("Restore from a backup or a JSON export"), documentsFolder(),
                    tr("Backups and exports (*.sqlite *.json);;All files (*)"));
    if (source.isEmpty()) return;
    const auto answer = QMessageBox::question(
        this, tr("Restore"),
        tr("Replace everything in this journal with %1?\n\nA backup of the journal as it is now "
           "is kept next to it.")
            .arg(QDir::toNativeSeparators(source)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) return;
    auto replacedBackup = stridelog::restoreJournal(session_->journal(), source);
    if (!replacedBackup) {
        QMessageBox::warning(this, tr("Restore"),
                             tr("Nothing was changed: %1").arg(replacedBackup.error().message));
        return;
    }
    // The history of edits described the journal that was just replaced.
    session_->undoStack().clear();
    session_->refresh();
    announce(this, tr("Restored the journal from %1.").arg(QFileInfo(source).fileName()));
    QMessageBox::information(this, tr("Restore"),
                             tr("The journal was restored. What it held before is saved in %1.")
                                 .arg(QDir::toNativeSeparators(*replacedBackup)));
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A journal that cannot be used (not a journal, damaged, written by a newer Stridelog, in use
// by another program, not writable): the dialog says what is wrong in plain words, that the
// file was not changed, and offers a way on — restore from a backup into a new journal file,
// open another journal, or quit. When the journal's automatic backups folder holds a backup
// that passes SQLite's integrity check, the newest one is offered first. Nothing on this path
// writes to the unusable file: a restore goes to a file the user names, and the same path is
// refused.
//
//   Journal::open fails ──► openJournalOrRecover ──► JournalProblemDialog ──► restore / open / quit

#include "core/store/journal.h"

#include <QDialog>

#include <memory>

namespace stridelog::gui {

class JournalProblemDialog : public QDialog {
    Q_OBJECT

public:
    enum Choice { Quit = 0, RestoreFromBackup, OpenAnother, RestoreNewestBackup };

    JournalProblemDialog(const QString& path, const StoreError& error, const Clock& clock,
                         QWidget* parent = nullptr);
    Choice choice() const { return choice_; }

    // One plain sentence per kind of problem.
    static QString explanation(const StoreError& error);

private:
    Choice choice_ = Quit;
};

// Opens `path`; when it cannot be used, shows the problem dialog until the user gets a usable
// journal (restored or another one) or gives up (empty result). `quitText` names the way out
// ("Quit" at start, "Cancel" from File ▸ Open). Every journal it opens reads `clock`, the
// app's one clock, which must outlive it.
std::unique_ptr<Journal> openJournalOrRecover(const QString& path, QWidget* parent,
                                              const QString& quitText, const Clock& clock);
// The loop above, for a failure already known.
std::unique_ptr<Journal> recoverFromUnusableJournal(QString path, StoreError error, QWidget* parent,
                                                    const QString& quitText, const Clock& clock);

}  // namespace stridelog::gui

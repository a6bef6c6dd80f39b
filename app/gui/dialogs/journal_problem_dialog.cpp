// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_problem_dialog.h"

#include "app/gui/widgets/file_dialogs.h"

#include "core/store/journal_files.h"
#include "core/store/rolling_backups.h"
#include "core/workflows/restore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace stridelog::gui {

QString JournalProblemDialog::explanation(const StoreError& error) {
    switch (error.kind) {
        case StoreErrorKind::NotAJournal:
            return tr("This file is not a Stridelog journal.");
        case StoreErrorKind::Corrupt:
            return tr(
                "This journal is damaged: the database inside it does not read back "
                "correctly.");
        case StoreErrorKind::NewerSchema:
            return tr("This journal was written by a newer Stridelog. Update the app to open it.");
        case StoreErrorKind::Locked:
            return tr("This journal is in use by another program. Close it there and try again.");
        case StoreErrorKind::Unwritable:
            return tr(
                "This journal cannot be written: check the folder's permissions and free "
                "space.");
        case StoreErrorKind::InvalidInput:
        case StoreErrorKind::NotFound:
            break;
    }
    return tr("This journal cannot be used.");
}

JournalProblemDialog::JournalProblemDialog(const QString& path, const StoreError& error,
                                           const Clock& clock, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("journalProblemDialog"));
    setWindowTitle(tr("The journal cannot be opened"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto* what =
        new QLabel(QStringLiteral("<b>%1</b>").arg(explanation(error).toHtmlEscaped()), this);
    what->setObjectName(QStringLiteral("problemExplanation"));
    what->setWordWrap(true);
    auto* details = new QLabel(tr("%1\n\nThe file was not changed. Details: %2")
                                   .arg(QDir::toNativeSeparators(path), error.message),
                               this);
    details->setObjectName(QStringLiteral("problemDetails"));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(this);
    auto addChoice = [&](const QString& text, const QString& name, Choice choice,
                         QDialogButtonBox::ButtonRole role) {
        QPushButton* button = buttons->addButton(text, role);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, choice] {
            choice_ = choice;
            choice == Quit ? reject() : accept();
        });
        return button;
    };
    if (const auto newest = RollingBackups(path, clock).newestGood()) {
        addChoice(
            tr("Restore the &newest backup (%1)…")
                .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(newest->taken.utcSeconds()),
                                        QLocale::ShortFormat)),
            QStringLiteral("restoreNewestButton"), RestoreNewestBackup,
            QDialogButtonBox::ActionRole);
    }
    addChoice(tr("&Restore from a backup…"), QStringLiteral("restoreButton"), RestoreFromBackup,
              QDialogButtonBox::ActionRole);
    addChoice(tr("&Open another journal…"), QStringLiteral("openAnotherButton"), OpenAnother,
              QDialogButtonBox::ActionRole)
        ->setDefault(true);
    addChoice(tr("&Quit"), QStringLiteral("quitButton"), Quit, QDialogButtonBox::RejectRole);
    auto* text = new QVBoxLayout;
    text->addWidget(what);
    text->addWidget(details);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

namespace {

QString journalFilter() {
    return JournalProblemDialog::tr("Stridelog journals (*.sqlite);;All files (*)");
}

// Restores a backup into a new file the user names, never into the unusable one.
StoreResult<std::unique_ptr<Journal>> openWithClock(const QString& path, const Clock& clock) {
    OpenOptions options;
    options.clock = &clock;
    return Journal::open(path, options);
}

StoreResult<std::unique_ptr<Journal>> restoreIntoNewFile(const QString& unusable, QWidget* parent,
                                                         const Clock& clock, QString backup = {}) {
    if (backup.isEmpty()) {
        backup = askOpenFile(
            parent, JournalProblemDialog::tr("Choose a backup or a JSON export"),
            QFileInfo(unusable).absolutePath(),
            JournalProblemDialog::tr("Backups and exports (*.sqlite *.json);;All files (*)"));
    }
    if (backup.isEmpty()) return std::unique_ptr<Journal>();
    const QString suggested =
        QFileInfo(unusable).absolutePath() + QStringLiteral("/journal-restored.sqlite");
    const QString target =
        askSaveFile(parent, JournalProblemDialog::tr("Save the restored journal as"), suggested,
                    journalFilter());
    if (target.isEmpty()) return std::unique_ptr<Journal>();
    if (isJournalOrSideFile(unusable, target)) {
        return storeFailure(StoreErrorKind::Unwritable,
                            JournalProblemDialog::tr("the restored journal must go to a new "
                                                     "file, not over the one that cannot be "
                                                     "used"));
    }
    auto journal = openWithClock(target, clock);
    if (!journal) return Unexpected{journal.error()};
    auto restored = restoreJournal(**journal, backup);
    if (!restored) return Unexpected{restored.error()};
    return std::move(journal).value();
}

}  // namespace

std::unique_ptr<Journal> recoverFromUnusableJournal(QString path, StoreError error, QWidget* parent,
                                                    const QString& quitText, const Clock& clock) {
    for (;;) {
        JournalProblemDialog dialog(path, error, clock, parent);
        if (auto* quit = dialog.findChild<QPushButton*>(QStringLiteral("quitButton"))) {
            quit->setText(quitText);
        }
        dialog.exec();
        if (dialog.choice() == JournalProblemDialog::Quit) return nullptr;
        StoreResult<std::unique_ptr<Journal>> next = std::unique_ptr<Journal>();
        if (dialog.choice() == JournalProblemDialog::RestoreNewestBackup) {
            const auto newest = RollingBackups(path, clock).newestGood();
            next = restoreIntoNewFile(path, parent, clock, newest ? newest->file : QString());
        } else if (dialog.choice() == JournalProblemDialog::RestoreFromBackup) {
            next = restoreIntoNewFile(path, parent, clock);
        } else {
            const QString other = askOpenFile(parent, JournalProblemDialog::tr("Open a journal"),
                                              QFileInfo(path).absolutePath(), journalFilter());
            if (!other.isEmpty()) {
                auto opened = openWithClock(other, clock);
                if (!opened) path = other;
                next = opened ? StoreResult<std::unique_ptr<Journal>>(std::move(opened).value())
                              : StoreResult<std::unique_ptr<Journal>>(Unexpected{opened.error()});
            }
        }
        if (next && *next) return std::move(next).value();
        if (!next && (dialog.choice() == JournalProblemDialog::RestoreFromBackup ||
                      dialog.choice() == JournalProblemDialog::RestoreNewestBackup)) {
            // The backup was the problem, not the journal: say so and ask again.
            QMessageBox::warning(parent, JournalProblemDialog::tr("Restore failed"),
                                 JournalProblemDialog::tr("The backup could not be restored: %1")
                                     .arg(next.error().message));
        } else if (!next) {
            error = next.error();
        }
    }
}

std::unique_ptr<Journal> openJournalOrRecover(const QString& path, QWidget* parent,
                                              const QString& quitText, const Clock& clock) {
    auto journal = openWithClock(path, clock);
    if (journal) return std::move(journal).value();
    return recoverFromUnusableJournal(path, journal.error(), parent, quitText, clock);
}

}  // namespace stridelog::gui

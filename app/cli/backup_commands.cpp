// SPDX-License-Identifier: GPL-3.0-or-later
// `backup FILE`, `restore FILE` and `check` (CLI.md). The store does the work: a consistent
// copy while others may write, a restore that keeps a backup of what it replaces, SQLite's
// integrity check. A failed check is always exit 3: the journal cannot be trusted.

#include "command.h"
#include "core/i18n/contexts.h"
#include "value_options.h"

#include "core/store/rolling_backups.h"
#include "core/workflows/restore.h"

#include <QDir>

namespace stridelog::cli {

CommandResult backup(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(arguments, {{}, {}, 1, 1, QStringLiteral("backup FILE")});
    if (!options) return Unexpected{options.error()};
    const QString target = options->positional.at(0);
    if (auto refused = session.refuseJournalFile(target)) return Unexpected{*refused};
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto done = (*journal)->backupTo(target);
    if (!done) return fromStoreError(done.error());
    return CommandOutput{QJsonObject{{QStringLiteral("file"), target}},
                         CliWords::tr("Backed up the journal to %1.\n").arg(target),
                         {}};
}

CommandResult restore(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(arguments, {{}, {}, 1, 1, QStringLiteral("restore FILE")});
    if (!options) return Unexpected{options.error()};
    const QString source = options->positional.at(0);
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto replacedBackup = restoreJournal(**journal, source);
    if (!replacedBackup) return fromStoreError(replacedBackup.error());
    return CommandOutput{
        QJsonObject{{QStringLiteral("restored_from"), source},
                    {QStringLiteral("backup"), *replacedBackup}},
        CliWords::tr("Restored the journal from %1; what it replaced is backed up in %2.\n")
            .arg(source, *replacedBackup),
        {}};
}

CommandResult backups(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(arguments, {{}, {}, 0, 0, QStringLiteral("backups")});
    if (!options) return Unexpected{options.error()};
    const Clock& clock = session.clock();
    QJsonArray array;
    QString text;
    for (const RollingBackup& backup : RollingBackups(session.journalPath(), clock).list()) {
        const QString taken =
            Instant::fromDateTime(QDateTime::fromSecsSinceEpoch(backup.taken.utcSeconds()))
                .toLocalIsoString();
        array.append(QJsonObject{{QStringLiteral("file"), backup.file},
                                 {QStringLiteral("taken"), taken},
                                 {QStringLiteral("size"), backup.size},
                                 {QStringLiteral("ok"), backup.ok}});
        text += CliWords::tr("%1  %2  %3 bytes  %4\n")
                    .arg(taken, QDir::toNativeSeparators(backup.file))
                    .arg(backup.size)
                    .arg(backup.ok ? QStringLiteral("ok") : QStringLiteral("damaged"));
    }
    if (array.isEmpty()) text = CliWords::tr("No automatic backups yet.\n");
    return CommandOutput{array, text, {}};
}

CommandResult check(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(arguments, {{}, {}, 0, 0, QStringLiteral("check")});
    if (!options) return Unexpected{options.error()};
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto checked = (*journal)->checkIntegrity();
    if (!checked) return journalUnusable(checked.error().message);
    return CommandOutput{
        QJsonObject{{QStringLiteral("ok"), true}}, CliWords::tr("The journal is intact.\n"), {}};
}

}  // namespace stridelog::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// `sources add FOLDER` and `sources remove FOLDER` (CLI.md 1.2): the folders watched for new
// activity files, kept in the journal. Nothing is ever written into a watched folder.

#include "command.h"
#include "core/i18n/contexts.h"
#include "options.h"

#include <QDir>
#include <QFileInfo>

namespace stridelog::cli {
namespace {

QJsonObject pathJson(const QString& path) {
    return {{QStringLiteral("path"), path}};
}

// The folder as it is kept: absolute and without "." or "..", so one folder is one source
// however it was typed.
QString keptPath(const QString& typed) {
    return QDir::cleanPath(QFileInfo(typed).absoluteFilePath());
}

}  // namespace

CommandResult sourcesAdd(Session& session, const QStringList& arguments) {
    const auto options =
        parseOptions(arguments, {{}, {}, 1, 1, QStringLiteral("sources add FOLDER")});
    if (!options) return Unexpected{options.error()};
    const QString typed = options->positional.at(0);
    if (!QFileInfo(typed).isDir()) {
        return Unexpected{Failure{
            ExitCode::InvalidInput,
            CliWords::tr("'%1' is not a folder; sources add takes an existing folder").arg(typed)}};
    }
    const QString path = keptPath(typed);
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    auto added = (*journal)->addSourceFolder(path);
    if (!added) return fromStoreError(added.error());
    return CommandOutput{pathJson(path),
                         (*added ? CliWords::tr("Watching %1 for new runs.\n")
                                 : CliWords::tr("%1 is already watched.\n"))
                             .arg(path),
                         {}};
}

CommandResult sourcesRemove(Session& session, const QStringList& arguments) {
    const auto options =
        parseOptions(arguments, {{}, {}, 1, 1, QStringLiteral("sources remove FOLDER")});
    if (!options) return Unexpected{options.error()};
    // A folder that is gone (a removed share) can still be removed from the sources.
    const QString path = keptPath(options->positional.at(0));
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    if (auto removed = (*journal)->removeSourceFolder(path); !removed) {
        return fromStoreError(removed.error());
    }
    return CommandOutput{pathJson(path), CliWords::tr("No longer watching %1.\n").arg(path), {}};
}

}  // namespace stridelog::cli

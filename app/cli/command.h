// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a command gives back to the dispatcher, which alone writes to stdout and stderr: the
// JSON document for --json, the readable text otherwise, or raw bytes (an export to stdout)
// that are written as they are in both modes.

#include "exit_codes.h"
#include "session.h"

#include "core/workflows/track_files.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace stridelog::cli {

struct CommandOutput {
    QJsonValue json;
    QString text;
    std::optional<QByteArray> raw;
};

using CommandResult = CliResult<CommandOutput>;

// `{"id": N}` and a sentence such as "Updated run %1." with the id filled in.
CommandOutput idOutput(std::int64_t id, const QString& sentence);
using CommandFunction = CommandResult (*)(Session& session, const QStringList& arguments);

// One entry per command of CLI.md; `arguments` are those after the command's words.
CommandResult shoeAdd(Session& session, const QStringList& arguments);
CommandResult shoeList(Session& session, const QStringList& arguments);
CommandResult shoeRetire(Session& session, const QStringList& arguments);
CommandResult shoeEdit(Session& session, const QStringList& arguments);
CommandResult shoeShow(Session& session, const QStringList& arguments);
CommandResult runAdd(Session& session, const QStringList& arguments);
CommandResult runList(Session& session, const QStringList& arguments);
CommandResult runEdit(Session& session, const QStringList& arguments);
CommandResult runDelete(Session& session, const QStringList& arguments);
CommandResult runShow(Session& session, const QStringList& arguments);
CommandResult runExport(Session& session, const QStringList& arguments);
CommandResult painAdd(Session& session, const QStringList& arguments);
CommandResult painResolve(Session& session, const QStringList& arguments);
CommandResult painList(Session& session, const QStringList& arguments);
CommandResult weeks(Session& session, const QStringList& arguments);
CommandResult warnings(Session& session, const QStringList& arguments);
CommandResult allowance(Session& session, const QStringList& arguments);
CommandResult clinicianReport(Session& session, const QStringList& arguments);
CommandResult settings(Session& session, const QStringList& arguments);
CommandResult exportJournal(Session& session, const QStringList& arguments);
// `export --format gpx|tcx --out FOLDER`, reached through exportJournal.
CommandResult exportTracks(Session& session, TrackFormat format,
                           const std::optional<QString>& folder);
CommandResult backup(Session& session, const QStringList& arguments);
CommandResult restore(Session& session, const QStringList& arguments);
CommandResult backups(Session& session, const QStringList& arguments);
CommandResult check(Session& session, const QStringList& arguments);
CommandResult demo(Session& session, const QStringList& arguments);
CommandResult importFiles(Session& session, const QStringList& arguments);
CommandResult morningAdd(Session& session, const QStringList& arguments);
CommandResult morningList(Session& session, const QStringList& arguments);
CommandResult morningDelete(Session& session, const QStringList& arguments);
CommandResult comebackStart(Session& session, const QStringList& arguments);
CommandResult comebackStatus(Session& session, const QStringList& arguments);
CommandResult comebackStop(Session& session, const QStringList& arguments);
CommandResult sourcesAdd(Session& session, const QStringList& arguments);
CommandResult sourcesRemove(Session& session, const QStringList& arguments);

}  // namespace stridelog::cli

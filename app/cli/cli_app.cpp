// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher: reads the global options (--db, --json, --help, --version) up to the command,
// finds the command in one table, runs it, and prints its output or its one-line error.

#include "cli_app.h"
#include "core/i18n/contexts.h"

#include "command.h"
#include "help_text.h"
#include "value_options.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <utility>

namespace stridelog::cli {
namespace {

struct CommandEntry {
    const char* group;  // "shoe", or the command itself when it has no subcommands
    const char* name;   // "add", or "" for a command without subcommands
    CommandFunction function;
};

constexpr CommandEntry kCommands[] = {
    {"shoe", "add", shoeAdd},
    {"shoe", "list", shoeList},
    {"shoe", "retire", shoeRetire},
    {"shoe", "edit", shoeEdit},
    {"run", "add", runAdd},
    {"run", "list", runList},
    {"run", "edit", runEdit},
    {"run", "delete", runDelete},
    {"pain", "add", painAdd},
    {"pain", "resolve", painResolve},
    {"pain", "list", painList},
    {"weeks", "", weeks},
    {"warnings", "", warnings},
    {"settings", "", settings},
    {"export", "", exportJournal},
    {"backup", "", backup},
    {"restore", "", restore},
    {"backups", "", backups},
    {"shoe", "show", shoeShow},
    {"run", "show", runShow},
    {"run", "export", runExport},
    {"check", "", check},
    {"demo", "", demo},
    {"import", "", importFiles},
    {"allowance", "", allowance},
    {"report", "", clinicianReport},
    {"morning", "add", morningAdd},
    {"morning", "list", morningList},
    {"morning", "delete", morningDelete},
    {"comeback", "start", comebackStart},
    {"comeback", "status", comebackStatus},
    {"comeback", "stop", comebackStop},
    {"sources", "add", sourcesAdd},
    {"sources", "remove", sourcesRemove},
};

struct GlobalOptions {
    QString journalPath;
    bool json = false;
    bool help = false;
    bool version = false;
    QStringList command;  // the command's words and arguments
};

void write(std::FILE* stream, const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

int fail(const Failure& failure) {
    QString message = failure.message.simplified();  // always one line
    if (failure.code == ExitCode::Usage) message += CliWords::tr(" (see stridelog-cli --help)");
    write(stderr, (CliWords::tr("stridelog-cli: error: ") + message + QLatin1Char('\n')).toUtf8());
    return static_cast<int>(failure.code);
}

CliResult<GlobalOptions> parseGlobalOptions(const QStringList& arguments) {
    GlobalOptions global;
    bool dbGiven = false;
    bool jsonGiven = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const bool isDb =
            argument == QLatin1String("--db") || argument.startsWith(QLatin1String("--db="));
        if ((isDb && std::exchange(dbGiven, true)) ||
            (argument == QLatin1String("--json") && std::exchange(jsonGiven, true))) {
            return usageError(CliWords::tr("option %1 is given twice")
                                  .arg(isDb ? QStringLiteral("--db") : argument));
        }
        if (argument == QLatin1String("--json")) {
            global.json = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            global.help = true;
        } else if (argument == QLatin1String("--version")) {
            global.version = true;
        } else if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return usageError(CliWords::tr("option --db needs a value"));
            global.journalPath = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            global.journalPath = argument.mid(5);
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return usageError(CliWords::tr("unknown option '%1'").arg(argument));
        } else {
            global.command = arguments.mid(i);
            break;
        }
    }
    return global;
}

// The command named by the first words, and how many words named it.
CliResult<std::pair<CommandFunction, qsizetype>> findCommand(const QStringList& words) {
    const QString& group = words.at(0);
    QStringList subcommands;
    for (const CommandEntry& entry : kCommands) {
        if (group != QLatin1String(entry.group)) continue;
        if (*entry.name == '\0') return std::pair{entry.function, qsizetype{1}};
        if (words.size() > 1 && words.at(1) == QLatin1String(entry.name))
            return std::pair{entry.function, qsizetype{2}};
        subcommands << QString::fromLatin1(entry.name);
    }
    if (subcommands.isEmpty()) return usageError(CliWords::tr("unknown command '%1'").arg(group));
    if (words.size() < 2) {
        return usageError(CliWords::tr("%1 needs a subcommand: %2")
                              .arg(group, subcommands.join(QStringLiteral(", "))));
    }
    return usageError(CliWords::tr("unknown command '%1 %2'; %1 takes: %3")
                          .arg(group, words.at(1), subcommands.join(QStringLiteral(", "))));
}

int print(const CommandOutput& output, bool json) {
    if (output.raw) {
        write(stdout, *output.raw);
    } else if (json) {
        const QJsonDocument document = output.json.isArray()
                                           ? QJsonDocument(output.json.toArray())
                                           : QJsonDocument(output.json.toObject());
        write(stdout, document.toJson(QJsonDocument::Indented));
    } else {
        write(stdout, output.text.toUtf8());
    }
    return static_cast<int>(ExitCode::Ok);
}

bool asksForHelp(const QStringList& arguments) {
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--")) return false;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) return true;
    }
    return false;
}

}  // namespace

int runCli(const QStringList& arguments) {
    const auto global = parseGlobalOptions(arguments);
    if (!global) return fail(global.error());
    if (global->help || asksForHelp(global->command)) {
        write(stdout, helpText().toUtf8());
        return static_cast<int>(ExitCode::Ok);
    }
    if (global->version) {
        write(stdout, versionText().toUtf8());
        return static_cast<int>(ExitCode::Ok);
    }
    if (global->command.isEmpty()) return fail({ExitCode::Usage, CliWords::tr("no command given")});

    const auto command = findCommand(global->command);
    if (!command) return fail(command.error());
    const auto now = currentInstant(SystemClock());
    if (!now) return fail(now.error());

    Session session(global->journalPath, global->json, *now);
    ValueReader::setClock(&session.clock());
    const auto [function, words] = *command;
    const auto result = function(session, global->command.mid(words));
    ValueReader::setClock(nullptr);  // the session, and its clock, end with this call
    if (!result) return fail(result.error());
    return print(*result, global->json);
}

}  // namespace stridelog::cli

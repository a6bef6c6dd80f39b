// SPDX-License-Identifier: GPL-3.0-or-later
// Splits a command's arguments into positionals, valued options and flags (see options.h).

#include "options.h"
#include "core/i18n/contexts.h"

namespace stridelog::cli {
namespace {

bool looksLikeOption(const QString& argument) {
    return argument.size() > 1 && argument.startsWith(QLatin1Char('-'));
}

std::optional<Failure> checkPositionalCount(const ParsedOptions& parsed, const OptionSpec& spec) {
    const auto count = parsed.positional.size();
    if (count < spec.minPositional) {
        return Failure{ExitCode::Usage,
                       CliWords::tr("missing argument; usage: %1").arg(spec.usage)};
    }
    if (count > spec.maxPositional) {
        return Failure{ExitCode::Usage,
                       CliWords::tr("unexpected argument '%1'; usage: %2")
                           .arg(parsed.positional.at(spec.maxPositional), spec.usage)};
    }
    return std::nullopt;
}

}  // namespace

std::optional<QString> ParsedOptions::value(const QString& option) const {
    const auto found = values_.constFind(option);
    if (found == values_.constEnd()) return std::nullopt;
    return *found;
}

CliResult<ParsedOptions> parseOptions(const QStringList& arguments, const OptionSpec& spec) {
    ParsedOptions parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsEnded || !looksLikeOption(argument)) {
            parsed.positional << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const auto equals = argument.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? argument : argument.left(equals);
        if (parsed.has(name)) {
            // `--distance 0 --distance 10` is not 10: the first value was meant too.
            return usageError(CliWords::tr("option %1 is given twice").arg(name));
        }
        if (spec.flags.contains(name) && equals < 0) {
            parsed.setFlag(name);
        } else if (spec.valued.contains(name)) {
            if (equals >= 0) {
                parsed.setValue(name, argument.mid(equals + 1));
            } else if (i + 1 < arguments.size()) {
                parsed.setValue(name, arguments.at(++i));
            } else {
                return usageError(CliWords::tr("option %1 needs a value").arg(name));
            }
        } else {
            return usageError(CliWords::tr("unknown option '%1'; usage: %2").arg(name, spec.usage));
        }
    }
    if (auto failure = checkPositionalCount(parsed, spec)) return Unexpected{*failure};
    return parsed;
}

std::optional<Failure> requireOptions(const ParsedOptions& parsed, const QStringList& options,
                                      const QString& command) {
    for (const QString& option : options) {
        if (!parsed.has(option)) {
            return Failure{ExitCode::Usage, CliWords::tr("%1 needs %2").arg(command, option)};
        }
    }
    return std::nullopt;
}

}  // namespace stridelog::cli

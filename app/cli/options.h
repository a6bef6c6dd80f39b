// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The options of one command, parsed by hand: QCommandLineParser knows neither subcommands nor
// our exit codes. Each command declares which options take a value and which are flags; any
// other `-x` is a usage error (exit 1), as is a valued option with nothing after it. `--opt=v`
// and `--opt v` are the same; `--` ends the options, so a name may start with a dash. An option
// given twice is a usage error, never "the last one wins".

#include "exit_codes.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace stridelog::cli {

struct OptionSpec {
    QStringList valued;  // "--date", "--distance", ...
    QStringList flags;   // "--hilly", "--all", ...
    int minPositional = 0;
    int maxPositional = 0;
    QString usage;  // "run delete ID", named in the error when the count is wrong
};

class ParsedOptions {
public:
    QStringList positional;

    bool has(const QString& option) const {
        return values_.contains(option) || flags_.contains(option);
    }
    bool flag(const QString& option) const { return flags_.contains(option); }
    std::optional<QString> value(const QString& option) const;

    void setValue(const QString& option, const QString& value) { values_.insert(option, value); }
    void setFlag(const QString& option) { flags_.insert(option); }

private:
    QHash<QString, QString> values_;
    QSet<QString> flags_;
};

CliResult<ParsedOptions> parseOptions(const QStringList& arguments, const OptionSpec& spec);

// A usage error unless every one of `options` was given.
std::optional<Failure> requireOptions(const ParsedOptions& parsed, const QStringList& options,
                                      const QString& command);

}  // namespace stridelog::cli

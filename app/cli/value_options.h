// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads option values with core/model's parsers. A command reads all its options through one
// ValueReader and then asks for the first failure: a bad value is exit 2, and its message names
// the option and what it accepts. An absent option reads as nothing.

#include "exit_codes.h"
#include "options.h"

#include "core/model/clock.h"
#include "core/model/enum_names.h"
#include "core/model/units.h"
#include "core/model/value_parsing.h"

#include <QDate>
#include <QTime>

#include <cstdint>
#include <optional>

namespace stridelog::cli {

class ValueReader {
public:
    explicit ValueReader(const ParsedOptions& options) : options_(options) {}

    std::optional<QString> text(const QString& option) const { return options_.value(option); }
    // `none` clears an optional field in the edit commands.
    bool isNone(const QString& option) const;

    std::optional<Distance> distance(const QString& option);
    std::optional<Distance> kilometres(const QString& option);
    std::optional<Duration> duration(const QString& option);
    // Present and `ongoing` is an empty inner optional.
    std::optional<std::optional<Duration>> painDuration(const QString& option);
    std::optional<QDate> date(const QString& option);
    std::optional<QTime> time(const QString& option);
    // Any instant after tomorrow (the runner's local date + 1) is refused, like dates.
    std::optional<ParsedInstant> instant(const QString& option);
    // A date that must not be after tomorrow, such as a pair's `--since`.
    std::optional<QDate> pastDate(const QString& option);
    // The invocation's one clock (set by the dispatcher for the command's run, then reset to
    // null, which means the system clock): what "tomorrow" is for the limits above.
    static void setClock(const Clock* clock);
    std::optional<int> number(const QString& option, int low, int high);
    std::optional<std::int64_t> id(const QString& option);

    template <class E>
    std::optional<E> choice(const QString& option) {
        const auto given = options_.value(option);
        if (!given) return std::nullopt;
        if (const auto value = fromString<E>(*given)) return value;
        fail(option, QStringLiteral("'%1' is not accepted; use one of: %2")
                         .arg(*given, acceptedNames<E>().join(QStringLiteral(", "))));
        return std::nullopt;
    }

    const std::optional<Failure>& failure() const { return failure_; }

private:
    template <class T>
    std::optional<T> read(const QString& option, const Expected<T>& parsed);
    void fail(const QString& option, const QString& message);

    const ParsedOptions& options_;
    std::optional<Failure> failure_;
};

// A positional id such as `run delete 12`: exit 2 when it is not a positive whole number.
CliResult<std::int64_t> parseId(const QString& text, const QString& what);

// `[--from D] [--to D] [--as-of T]`, the options of the commands that list a period (`weeks`,
// `pain list`); `usage` names the command in errors.
struct PeriodOptions {
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<ParsedInstant> asOf;
};
CliResult<PeriodOptions> readPeriodOptions(const QStringList& arguments, const QString& usage);

}  // namespace stridelog::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Option values through core/model's parsers; the first bad value is kept as an exit-2 failure.

#include "value_options.h"
#include "core/i18n/contexts.h"

namespace stridelog::cli {
namespace {

const Clock*& invocationClock() {
    static const Clock* clock = nullptr;
    return clock;
}

QDate todayForLimits() {
    const Clock* clock = invocationClock();
    return (clock ? *clock : systemClock()).now().localDate();
}

}  // namespace

void ValueReader::setClock(const Clock* clock) {
    invocationClock() = clock;
}

bool ValueReader::isNone(const QString& option) const {
    return options_.value(option) == QStringLiteral("none");
}

void ValueReader::fail(const QString& option, const QString& message) {
    if (!failure_)
        failure_ = Failure{ExitCode::InvalidInput, option + QStringLiteral(": ") + message};
}

template <class T>
std::optional<T> ValueReader::read(const QString& option, const Expected<T>& parsed) {
    if (parsed) return *parsed;
    fail(option, parsed.error());
    return std::nullopt;
}

std::optional<Distance> ValueReader::distance(const QString& option) {
    const auto given = options_.value(option);
    return given ? read(option, parseDistance(*given)) : std::nullopt;
}

std::optional<Distance> ValueReader::kilometres(const QString& option) {
    const auto given = options_.value(option);
    return given ? read(option, parseKilometres(*given, option.mid(2))) : std::nullopt;
}

std::optional<Duration> ValueReader::duration(const QString& option) {
    const auto given = options_.value(option);
    return given ? read(option, parseDuration(*given)) : std::nullopt;
}

std::optional<std::optional<Duration>> ValueReader::painDuration(const QString& option) {
    const auto given = options_.value(option);
    return given ? read(option, parsePainDuration(*given)) : std::nullopt;
}

std::optional<QDate> ValueReader::date(const QString& option) {
    const auto given = options_.value(option);
    return given ? read(option, parseDate(*given)) : std::nullopt;
}

std::optional<QTime> ValueReader::time(const QString& option) {
    const auto given = options_.value(option);
    return given ? read(option, parseTime(*given)) : std::nullopt;
}

std::optional<ParsedInstant> ValueReader::instant(const QString& option) {
    const auto given = options_.value(option);
    if (!given) return std::nullopt;
    auto parsed = read(option, parseInstant(*given));
    const QDate tomorrow = todayForLimits().addDays(1);
    // A bare date is the end of its day (midnight after it), so "tomorrow" itself is accepted.
    if (parsed && parsed->instant > Instant::endOfLocalDay(tomorrow)) {
        fail(option, CliWords::tr("must not be after tomorrow (%1), not %2")
                         .arg(tomorrow.toString(Qt::ISODate), *given));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QDate> ValueReader::pastDate(const QString& option) {
    auto parsed = date(option);
    const QDate tomorrow = todayForLimits().addDays(1);
    if (parsed && *parsed > tomorrow) {
        fail(option, CliWords::tr("must not be after tomorrow (%1), not %2")
                         .arg(tomorrow.toString(Qt::ISODate), parsed->toString(Qt::ISODate)));
        return std::nullopt;
    }
    return parsed;
}

std::optional<int> ValueReader::number(const QString& option, int low, int high) {
    const auto given = options_.value(option);
    return given ? read(option, parseWholeNumber(*given, option.mid(2), low, high)) : std::nullopt;
}

std::optional<std::int64_t> ValueReader::id(const QString& option) {
    const auto given = options_.value(option);
    if (!given) return std::nullopt;
    const auto parsed = parseId(*given, option.mid(2));
    if (parsed) return *parsed;
    if (!failure_) failure_ = parsed.error();
    return std::nullopt;
}

CliResult<std::int64_t> parseId(const QString& text, const QString& what) {
    bool ok = false;
    const std::int64_t id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        return invalidInput(
            CliWords::tr("%1 id must be a whole number above 0, not '%2'").arg(what, text));
    }
    return id;
}

CliResult<PeriodOptions> readPeriodOptions(const QStringList& arguments, const QString& usage) {
    const auto options = parseOptions(
        arguments, {{QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--as-of")},
                    {},
                    0,
                    0,
                    usage});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    PeriodOptions period{values.date(QStringLiteral("--from")), values.date(QStringLiteral("--to")),
                         values.instant(QStringLiteral("--as-of"))};
    if (values.failure()) return Unexpected{*values.failure()};
    return period;
}

}  // namespace stridelog::cli

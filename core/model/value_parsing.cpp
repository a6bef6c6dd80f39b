// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_parsing.h"
#include "core/i18n/contexts.h"

#include <QRegularExpression>

namespace stridelog {
namespace {

// A language that writes "5,2" may type it: the comma is read as the decimal point then, and
// only then (in English "5,2" stays a mistake, not five thousand two hundred).
bool takesDecimalComma(const QLocale& locale) {
    return locale.decimalPoint() == QStringLiteral(",");
}

QString distanceForms(const QLocale& locale) {
    if (takesDecimalComma(locale)) {
        return InputWords::tr("a distance like 10,2 or 10.2, 10,2km, 6,3mi or 800m (no unit = km)");
    }
    return InputWords::tr("a distance like 10.2, 10.2km, 6.3mi or 800m (no unit = km)");
}
QString durationForms() {
    return InputWords::tr("a duration like 55:10, 1:02:03, 45m, 1h2m or 3600s");
}
QString painDurationForms() {
    return InputWords::tr("a duration like 3h, 36h, 2d, 1d12h or ongoing");
}

// A decimal number as an integer count of millionths, or nothing if it is not one.
// Six integer digits and six fraction digits keep every product below in 64 bits.
std::optional<std::int64_t> parseMillionths(const QString& text, const QLocale& locale) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})(?:\\.(\\d{1,6}))?$"));
    QString number = text;
    if (takesDecimalComma(locale)) number.replace(QLatin1Char(','), QLatin1Char('.'));
    const auto match = pattern.match(number);
    if (!match.hasMatch()) return std::nullopt;
    const std::int64_t whole = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(6, QLatin1Char('0'));
    return whole * 1'000'000 + fraction.toLongLong();
}

// Rounds millionths of a unit of `millimetresPerUnit` to whole metres, halves away from zero.
Distance millionthsToDistance(std::int64_t millionths, std::int64_t millimetresPerUnit) {
    const std::int64_t nanometres = millionths * millimetresPerUnit;  // 1e-6 unit * mm = nm
    return Distance::fromMetres((nanometres + 500'000'000) / 1'000'000'000);
}

// `1d2h3m4s` with each part optional but at least one present.
std::optional<Duration> parseUnitDuration(const QString& text) {
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{1,5})d)?(?:(\\d{1,6})h)?(?:(\\d{1,7})m)?(?:(\\d{1,9})s)?$"));
    const auto match = pattern.match(text);
    if (text.isEmpty() || !match.hasMatch()) return std::nullopt;
    const std::int64_t seconds =
        match.captured(1).toLongLong() * 86400 + match.captured(2).toLongLong() * 3600 +
        match.captured(3).toLongLong() * 60 + match.captured(4).toLongLong();
    return Duration::fromSeconds(seconds);
}

}  // namespace

Expected<Distance> parseDistance(const QString& input, const QLocale& locale) {
    return parseDistance(input, UnitSystem::Kilometres, locale);
}

Expected<Distance> parseDistance(const QString& input, UnitSystem bareUnit, const QLocale& locale) {
    const QString text = input.trimmed().toLower();
    struct Unit {
        const char* suffix;
        std::int64_t millimetres;
    };
    // Longest suffixes first, so "km" is not read as "m".
    static constexpr Unit units[] = {{"km", 1'000'000}, {"mi", kMillimetresPerMile}, {"m", 1000}};
    for (const auto& unit : units) {
        if (!text.endsWith(QLatin1String(unit.suffix))) continue;
        const auto number =
            parseMillionths(text.chopped(static_cast<qsizetype>(strlen(unit.suffix))), locale);
        if (!number) break;
        return millionthsToDistance(*number, unit.millimetres);
    }
    if (const auto number = parseMillionths(text, locale)) {
        return millionthsToDistance(
            *number, bareUnit == UnitSystem::Miles ? kMillimetresPerMile : 1'000'000);
    }
    return fail(InputWords::tr("'%1' is not %2").arg(input, distanceForms(locale)));
}

Expected<Duration> parseDuration(const QString& input) {
    const QString text = input.trimmed().toLower();
    static const QRegularExpression clock(
        QStringLiteral("^(?:(\\d{1,3}):)?(\\d{1,4}):([0-5]\\d)$"));
    if (const auto match = clock.match(text); match.hasMatch()) {
        const bool hasHours = !match.captured(1).isEmpty();
        const std::int64_t minutes = match.captured(2).toLongLong();
        if (hasHours && minutes >= 60) {
            return fail(InputWords::tr("'%1' is not %2").arg(input, durationForms()));
        }
        return Duration::fromSeconds(match.captured(1).toLongLong() * 3600 + minutes * 60 +
                                     match.captured(3).toLongLong());
    }
    if (const auto duration = parseUnitDuration(text)) return *duration;
    return fail(InputWords::tr("'%1' is not %2").arg(input, durationForms()));
}

Expected<std::optional<Duration>> parsePainDuration(const QString& input) {
    const QString text = input.trimmed().toLower();
    if (text == QLatin1String("ongoing")) return std::optional<Duration>();
    if (const auto duration = parseUnitDuration(text)) return std::optional<Duration>(*duration);
    return fail(InputWords::tr("'%1' is not %2").arg(input, painDurationForms()));
}

Expected<QDate> parseDate(const QString& input) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(input.trimmed(), Qt::ISODate);
    if (!pattern.match(input.trimmed()).hasMatch() || !date.isValid()) {
        return fail(InputWords::tr("'%1' is not a date like 2026-03-14 (YYYY-MM-DD)").arg(input));
    }
    return date;
}

Expected<QTime> parseTime(const QString& input) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{2}:\\d{2}$"));
    const QTime time = QTime::fromString(input.trimmed(), QStringLiteral("HH:mm"));
    if (!pattern.match(input.trimmed()).hasMatch() || !time.isValid()) {
        return fail(InputWords::tr("'%1' is not a time like 07:30 (HH:MM)").arg(input));
    }
    return time;
}

Expected<int> parseWholeNumber(const QString& input, const QString& what, int low, int high) {
    bool ok = false;
    const int number = input.trimmed().toInt(&ok);
    if (!ok || number < low || number > high) {
        return fail(InputWords::tr("%1 must be a whole number from %2 to %3, not '%4'")
                        .arg(what)
                        .arg(low)
                        .arg(high)
                        .arg(input));
    }
    return number;
}

Expected<Distance> parseKilometres(const QString& input, const QString& what,
                                   const QLocale& locale) {
    const auto number = parseMillionths(input.trimmed(), locale);
    if (!number && takesDecimalComma(locale)) {
        return fail(
            InputWords::tr("%1 must be a number of kilometres like 1000, 250,5 or 250.5, not '%2'")
                .arg(what, input));
    }
    if (!number) {
        return fail(InputWords::tr("%1 must be a number of kilometres like 1000 or 250.5, not '%2'")
                        .arg(what, input));
    }
    return millionthsToDistance(*number, 1'000'000);
}

Expected<ParsedInstant> parseInstant(const QString& input) {
    const QString text = input.trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}))?$"));
    const auto match = pattern.match(text);
    const QString accepted = InputWords::tr(
                                 "'%1' is not an instant like 2026-03-14, 2026-03-14T07:30 or "
                                 "\"2026-03-14 07:30\"")
                                 .arg(input);
    if (!match.hasMatch()) return fail(accepted);
    const auto date = parseDate(match.captured(1));
    if (!date) return fail(accepted);
    if (match.captured(2).isEmpty()) {
        const AsOf endOfDay = AsOf::endOfLocalDay(*date);
        return ParsedInstant{endOfDay.instant(), true, endOfDay};
    }
    const auto time = parseTime(match.captured(2));
    if (!time) return fail(accepted);
    const Instant instant = Instant::fromLocal(*date, *time);
    return ParsedInstant{instant, false, AsOf(instant)};
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "iso_time.h"

#include <QDateTime>

namespace stridelog {
namespace {

// Reads exactly `count` digits at `pos`.
std::optional<int> digits(QStringView text, qsizetype& pos, int count) {
    if (pos + count > text.size()) return std::nullopt;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9') return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    pos += count;
    return value;
}

bool expect(QStringView text, qsizetype& pos, char16_t c) {
    if (pos >= text.size() || text[pos].unicode() != c) return false;
    ++pos;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

bool isAsciiDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Fractional seconds: one or more digits, cut (not rounded) to milliseconds, so a time never
// moves into the next second.
std::optional<int> fraction(QStringView text, qsizetype& pos) {
    const qsizetype start = pos;
    int millis = 0;
    int scale = 100;
    while (pos < text.size() && isAsciiDigit(text[pos])) {
        millis += (text[pos].unicode() - u'0') * scale;
        scale /= 10;
        ++pos;
    }
    if (pos == start) return std::nullopt;
    return millis;
}

}  // namespace

std::optional<IsoTime> parseIsoTime(QStringView input) {
    const QStringView text = input.trimmed();
    qsizetype pos = 0;
    const auto year = digits(text, pos, 4);
    if (!year || !expect(text, pos, u'-')) return std::nullopt;
    const auto month = digits(text, pos, 2);
    if (!month || !expect(text, pos, u'-')) return std::nullopt;
    const auto day = digits(text, pos, 2);
    if (!day || !(expect(text, pos, u'T') || expect(text, pos, u' '))) return std::nullopt;
    const auto hour = digits(text, pos, 2);
    if (!hour || !expect(text, pos, u':')) return std::nullopt;
    const auto minute = digits(text, pos, 2);
    if (!minute || !expect(text, pos, u':')) return std::nullopt;
    const auto second = digits(text, pos, 2);
    if (!second) return std::nullopt;
    // A leap second (60) is let through: it reads as the first second of the next minute.
    if (*month < 1 || *month > 12 || *day < 1 || *day > daysInMonth(*year, *month) || *hour > 23 ||
        *minute > 59 || *second > 60)
        return std::nullopt;
    int millis = 0;
    if (expect(text, pos, u'.') || expect(text, pos, u',')) {
        const auto digitsRead = fraction(text, pos);
        if (!digitsRead) return std::nullopt;
        millis = *digitsRead;
    }

    IsoTime result;
    if (pos < text.size() && (text[pos] == u'Z' || text[pos] == u'z')) {
        ++pos;
    } else if (pos < text.size() && (text[pos] == u'+' || text[pos] == u'-')) {
        const int sign = text[pos] == u'-' ? -1 : 1;
        ++pos;
        const auto offsetHours = digits(text, pos, 2);
        expect(text, pos, u':');
        const auto offsetMinutes = digits(text, pos, 2);
        if (!offsetHours || *offsetHours > 18 || offsetMinutes.value_or(0) > 59)
            return std::nullopt;
        result.offsetSeconds = sign * (*offsetHours * 3600 + offsetMinutes.value_or(0) * 60);
    }
    if (pos != text.size()) return std::nullopt;

    const std::int64_t days =
        daysFromCivil(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
    const std::int64_t localSeconds = days * 86400 + *hour * 3600 + *minute * 60 + *second;
    result.utcMilliseconds = (localSeconds - result.offsetSeconds.value_or(0)) * 1000 + millis;
    return result;
}

Instant instantInSystemZone(std::int64_t utcSeconds) {
    return Instant::fromDateTime(QDateTime::fromSecsSinceEpoch(utcSeconds).toLocalTime());
}

Instant instantFromIsoTime(const IsoTime& time) {
    // Floor division, so times before 1970 round the same way as after.
    std::int64_t seconds = time.utcMilliseconds / 1000;
    if (time.utcMilliseconds % 1000 < 0) --seconds;
    if (time.offsetSeconds) return Instant(seconds, *time.offsetSeconds);
    return instantInSystemZone(seconds);
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text to values, as CLI.md writes them: distances `10.2`, `10.2km`, `6.3mi`, `800m` (no
// unit = km); durations `55:10`, `1:02:03`, `45m`, `1h2m`, `3600s`; pain durations `3h`,
// `36h`, `2d`, `ongoing`; dates `YYYY-MM-DD`; times `HH:MM`; instants `YYYY-MM-DD`,
// `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM`. Numbers are read as exact decimals, never as
// floating point, so 10.2 km is 10,200 m and 6.3 mi is 10,139 m (rounded to the metre).
// Where the user's language writes a decimal comma (German), "10,2" is read as 10.2 as well.
// Every error message names what is accepted.

#include "as_of.h"
#include "enums.h"
#include "expected.h"
#include "instant.h"
#include "units.h"

#include "core/i18n/locale_text.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

#include <optional>

namespace stridelog {

// `locale` decides whether a decimal comma is read; by default the user's language's.
Expected<Distance> parseDistance(const QString& text, const QLocale& locale = i18n::textLocale());
// What a field in the runner's unit holds: a bare number is in `bareUnit` ("6.3" in miles is
// 6.3 mi), a number with its unit ("10km", "6.3mi", "800m") in that unit.
Expected<Distance> parseDistance(const QString& text, UnitSystem bareUnit,
                                 const QLocale& locale = i18n::textLocale());
Expected<Duration> parseDuration(const QString& text);
// `ongoing` is an empty optional.
Expected<std::optional<Duration>> parsePainDuration(const QString& text);
Expected<QDate> parseDate(const QString& text);
Expected<QTime> parseTime(const QString& text);
Expected<int> parseWholeNumber(const QString& text, const QString& what, int low, int high);
// A non-negative decimal kilometre count, such as a shoe's limit or start km.
Expected<Distance> parseKilometres(const QString& text, const QString& what,
                                   const QLocale& locale = i18n::textLocale());

// An instant given on the command line. A bare date means the end of that day (RULES.md):
// `instant` is then the next day's 00:00 and `asOf` says "end of that day".
struct ParsedInstant {
    Instant instant;
    bool bareDate = false;
    AsOf asOf = AsOf(Instant());
};
Expected<ParsedInstant> parseInstant(const QString& text);

}  // namespace stridelog

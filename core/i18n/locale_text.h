// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Numbers and dates in sentences, written the way the user's language writes them: in English
// (no translation installed) exactly as before, "24.2" and "2026-11-19"; in German "24,2" and
// "19.11.2026". Tables and files meant for programs (JSON, CSV, the CLI's values) keep the
// C locale.

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace stridelog::i18n {

// The locale of the installed translation, without group separators; C for English.
QLocale textLocale();
QString number(double value, int decimals);
QString number(int value);
// A calendar date in a sentence.
QString date(QDate date);

// A date written out the way the language writes it, derived from the locale's long date
// format rather than built by hand, so German gets its dots: "14 December 2026" and
// "14. Dezember 2026" (`DayMonthYear`), "14 December" and "14. Dezember" (`DayMonth`),
// "Mon 9 Nov 2026" and "Mo. 9. Nov. 2026" (`ShortWeekdayDayMonthYear`), "9 Nov 2026" and
// "9. Nov. 2026" (`ShortDayMonthYear`), "9 Nov" and "9. Nov." (`ShortDayMonth`).
enum class DateStyle {
    DayMonth,
    DayMonthYear,
    ShortWeekdayDayMonthYear,
    ShortDayMonthYear,
    ShortDayMonth
};
QString longDate(QDate date, DateStyle style, const QLocale& locale = textLocale());
// The format string behind longDate, for an axis ticker that takes one.
QString dateFormat(DateStyle style, const QLocale& locale = textLocale());
// How the app names a day or a week's first day: "Mon 9 Nov 2026", "Mo. 9. Nov. 2026".
QString day(QDate date);
// The same with the time of day: "Mon 9 Nov 2026, 07:30", "Mo. 9. Nov. 2026, 07:30".
QString dayAndTime(const QDateTime& when);

}  // namespace stridelog::i18n

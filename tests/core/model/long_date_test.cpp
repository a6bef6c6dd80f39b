// SPDX-License-Identifier: GPL-3.0-or-later
// Dates written out follow the locale's own long format (core/i18n/locale_text.h): German
// gets its dots ("14. Dezember"), English keeps "14 December".

#include "core/i18n/locale_text.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

const QDate kDay(2026, 12, 14);  // a Monday

TEST(LongDate, GermanHasTheDotAfterTheDay) {
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::DayMonth, german),
              QStringLiteral("14. Dezember"));
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::DayMonthYear, german),
              QStringLiteral("14. Dezember 2026"));
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::ShortWeekdayDayMonthYear, german),
              QStringLiteral("Mo. 14. Dez. 2026"));
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::ShortDayMonthYear, german),
              QStringLiteral("14. Dez. 2026"));
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::ShortDayMonth, german),
              QStringLiteral("14. Dez."));
}

TEST(LongDate, EnglishReadsAsBefore) {
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::DayMonth, QLocale::c()),
              QStringLiteral("14 December"));
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::DayMonthYear, QLocale::c()),
              QStringLiteral("14 December 2026"));
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::ShortWeekdayDayMonthYear, QLocale::c()),
              QStringLiteral("Mon 14 Dec 2026"));
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::ShortDayMonthYear, QLocale::c()),
              QStringLiteral("14 Dec 2026"));
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::ShortDayMonth, QLocale::c()),
              QStringLiteral("14 Dec"));
}

TEST(LongDate, ADayWithItsTimeOfDay) {
    // i18n::day follows the installed language: none in the tests, so English.
    EXPECT_EQ(i18n::dayAndTime(QDateTime(kDay, QTime(7, 30))),
              QStringLiteral("Mon 14 Dec 2026, 07:30"));
}

TEST(LongDate, AmericanEnglishKeepsItsOwnOrder) {
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::DayMonth, american),
              QStringLiteral("December 14"));
    EXPECT_EQ(i18n::longDate(kDay, i18n::DateStyle::DayMonthYear, american),
              QStringLiteral("December 14, 2026"));
}

}  // namespace
}  // namespace stridelog

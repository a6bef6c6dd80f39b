// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Calendar page's data (pages/calendar_page.h) for one month, read from the evaluation:
// each day's distance and runs, its worst pain with that entry's R5 stage as of T, the month's
// total in words and the year's monthly totals for the chart below.

#include "app/gui/session/journal_session.h"

#include <QDate>
#include <QString>

#include <array>
#include <cstdint>
#include <map>
#include <optional>

namespace stridelog::gui {

struct DayEntry {
    std::int64_t metres = 0;
    int runs = 0;
    std::optional<int> painMax;    // worst intensity of the pain entries started that day
    std::optional<int> painStage;  // R5 stage of that entry (of equal ones, the higher)
};

struct CalendarMonthView {
    // The month's days and the days of the weeks around it that the grid shows.
    std::map<QDate, DayEntry> days;
    std::array<std::int64_t, 12> yearMetres{};  // the month's year, January first
    QString title;                              // "November 2026: 182.4 km in 19 runs"
};

CalendarMonthView presentCalendarMonth(const Evaluation& evaluation, QDate monthFirst);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Weekly volume chart data: the evaluated weeks (R1, R2, R11) and pain entries (R5) turned
// into numbers on a date axis, with no widget in sight, so the tests check what the chart
// will draw. The chart (charts/weekly_volume_chart) only maps these to bars, markers and
// colours; nothing here decides a rule, it reads the rules' results.
//
// The x key of a week is the middle of the week in seconds since the epoch, which is what
// QCPAxisTickerDateTime reads; a bar is then centred on its week.

#include "app/gui/session/journal_session.h"

#include <optional>
#include <vector>

namespace stridelog::gui {

enum class BarState { Ok, Over };

struct WeekBar {
    QDate weekStart;
    double key = 0;     // the week's middle, seconds since the epoch
    double volume = 0;  // in display units
    std::optional<double> limit;
    BarState state = BarState::Ok;
    bool current = false;             // the week holding the as-of instant
    std::optional<double> remaining;  // current week only, when it has a limit
    std::optional<int> painMax;       // worst intensity of pain started that week
    std::optional<int> painStage;     // R5 stage of that worst entry, as of the as-of instant
    QString tooltip;
};

struct WeeklyVolumeData {
    std::vector<WeekBar> bars;  // oldest first, empty weeks included
    QString unitSymbol;         // "km" or "mi"
    double barWidth = 0;        // in key units (seconds)
    double fullLower = 0;       // the whole history
    double fullUpper = 0;
    double defaultLower = 0;  // the last kDefaultWeeks weeks
    double defaultUpper = 0;
    double maxValue = 0;  // highest bar or limit, for the value axis
    // What the default view shows, for a screen reader (core/rules/chart_summaries.h).
    QString summary;

    // The bar whose week is nearest to `key`, or nullptr when there is none.
    const WeekBar* barNear(double key) const;
};

inline constexpr int kDefaultWeeks = 16;
inline constexpr double kSecondsPerDay = 86400.0;
inline constexpr double kSecondsPerWeek = 7 * kSecondsPerDay;

// The middle of the week starting on `weekStart`, in seconds on a UTC calendar.
double weekKey(QDate weekStart);
// Noon of `day`, in seconds on a UTC calendar (the charts label it in UTC).
double dayKey(QDate day);

WeeklyVolumeData presentWeeklyVolume(const Evaluation& evaluation);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One calendar week of the journal as `stridelog-cli weeks` prints it and the weekly chart
// draws it (RULES.md R1, R2, R11).

#include "core/model/units.h"

#include <QDate>

#include <optional>

namespace stridelog {

enum class LimitRule { None, WeeklyIncrease, ComebackVolume };

struct WeekSummary {
    QDate weekStart;
    Distance volume;
    int runs = 0;
    Distance previousVolume;
    std::optional<double> changePct;  // null when the previous week is empty
    std::optional<Distance> limit;    // null when the week has no limit
    LimitRule limitRule = LimitRule::None;
    bool overLimit = false;
    std::optional<Distance> remaining;  // only for the week containing the as-of instant
    std::optional<int> painMax;         // worst intensity of pain entries started that week
    // R5's stage (1–4), as of T, of that worst entry; of equally intense entries the higher
    // stage. Set exactly when painMax is.
    std::optional<int> painStage;
    // R11 at the week's last day, or at the as-of day for its week; null before day 28.
    std::optional<double> acute;
    std::optional<double> chronic;
    std::optional<double> acwr;
};

// R11: one value per day from the first run's day to the as-of day.
struct DailyLoad {
    QDate day;
    double loadKm = 0;
    double acute = 0;
    double chronic = 0;
    std::optional<double> acwr;  // from day index 28 on, while chronic > 0
};

}  // namespace stridelog

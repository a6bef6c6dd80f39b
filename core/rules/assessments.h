// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-entry results of the rules, as the CLI's list commands and the app's tables show them.

#include "core/model/ids.h"
#include "core/model/units.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace stridelog {

enum class ShoeStatusKind { Ok, Soon, Replace, Retired };
QString toString(ShoeStatusKind status);  // "ok", "soon", "replace", "retired"

// R3.
struct ShoeWear {
    ShoeId shoe;
    Distance distance;   // start km + runs up to the as-of instant
    double percent = 0;  // of its own limit
    ShoeStatusKind status = ShoeStatusKind::Ok;
    int runs = 0;
};

// R3's 80% mark of a pair's limit: the least distance (whole metres) at which the pair is
// `soon`, so a pair at the mark is `soon` and one a metre short of it is not. Charts draw it.
Distance shoeSoonMark(Distance limit);

// Location hints table of RULES.md: never a diagnosis.
struct LocationHint {
    QString condition;  // "patellofemoral pain (\"runner's knee\")"
    QString pattern;    // "starts early in the run; worse on stairs, squats, long sitting"
};

// R5 and R6 for one pain entry as of an instant.
struct PainAssessment {
    Duration duration;  // to its end, or to the as-of instant while ongoing
    int stage = 1;      // 1–4
    bool adaptation = false;
    LocationHint hint;
};

// R13: how often the pain followed runs of one kind (pain_follows.h).
enum class FollowAttribute { Surface, Hilly, Shoe, RunType };

struct FollowRate {
    FollowAttribute attribute = FollowAttribute::Surface;
    QString label;  // "runs on trail", "hilly runs", "runs in Pegasus 40", "long runs"
    int runs = 0;
    int followed = 0;
    int otherRuns = 0;
    int otherFollowed = 0;
    bool pattern = false;  // R13 warns of it
    double rate() const { return runs > 0 ? static_cast<double>(followed) / runs : 0; }
    double otherRate() const {
        return otherRuns > 0 ? static_cast<double>(otherFollowed) / otherRuns : 0;
    }
};

inline constexpr int kForecastWeeks = 8;

// The 7-day windows a forecast counts, oldest first: the last one ends with T.
struct ForecastWeek {
    QDate firstDay;
    QDate lastDay;
    Distance distance;  // of the pair's runs started in the window
};

// When a pair reaches its limit at its recent rate (shoe_forecast.h).
struct ShoeForecast {
    double kmPerWeek = 0;
    std::optional<QDate> limitOn;
    std::vector<ForecastWeek> weeks;  // kForecastWeeks of them
};

}  // namespace stridelog

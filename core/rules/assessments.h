// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-entry results of the rules, as the CLI's list commands and the app's tables show them.

#include "core/model/ids.h"
#include "core/model/units.h"

#include <QString>

#include <optional>

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

}  // namespace stridelog

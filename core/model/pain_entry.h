// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "ids.h"
#include "instant.h"

#include <QString>

#include <optional>

namespace stridelog {

struct PainEntry {
    PainId id;
    Instant start;
    // No end: the pain is still there (ongoing); its duration grows with the as-of instant.
    std::optional<Instant> end;
    std::optional<RunId> run;
    Knee knee = Knee::Left;
    Site site = Site::Front;
    int intensity = 0;  // 0–10
    Onset onset = Onset::After;
    bool swelling = false;
    bool locking = false;
    bool sharp = false;
    QString notes;

    bool isOngoing() const { return !end.has_value(); }
};

}  // namespace stridelog

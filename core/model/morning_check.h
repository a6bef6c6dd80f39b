// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The morning check (RULES.md "Ratings after a run and in the morning"): how the knee is on
// getting up, at most one per local day. The day is the key: a second check for the same day
// replaces the first.

#include <QDate>

namespace stridelog {

struct MorningCheck {
    QDate date;    // the local day it was taken
    int pain = 0;  // 0–10, 0 = no pain
    bool swelling = false;
    bool limp = false;

    bool operator==(const MorningCheck&) const = default;
};

}  // namespace stridelog

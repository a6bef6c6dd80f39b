// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything the rules read, in one value: the store fills it, the rules take it with an
// as-of instant and never see the database. Runs are ordered by start, oldest first; pain
// entries by start, oldest first.

#include "pain_entry.h"
#include "run.h"
#include "settings.h"
#include "shoe.h"

#include <vector>

namespace stridelog {

struct JournalSnapshot {
    std::vector<Run> runs;
    std::vector<Shoe> shoes;
    std::vector<PainEntry> pains;
    Settings settings;
};

}  // namespace stridelog

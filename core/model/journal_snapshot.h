// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything the rules read, in one value: the store fills it, the rules take it with an
// as-of instant and never see the database. Runs are ordered by start, oldest first; pain
// entries by start, oldest first; morning checks by date; programmes by start.

#include "comeback_programme.h"
#include "morning_check.h"
#include "pain_entry.h"
#include "run.h"
#include "settings.h"
#include "shoe.h"
#include "track.h"

#include <vector>

namespace stridelog {

struct JournalSnapshot {
    std::vector<Run> runs;
    std::vector<Shoe> shoes;
    std::vector<PainEntry> pains;
    Settings settings;
    std::vector<MorningCheck> mornings;
    std::vector<ComebackProgramme> programmes;
    // Encoded tracks by run id. Left empty by Journal::snapshot() (the rules never read
    // tracks); export, restore and import fill it so the tracks travel with their runs.
    std::vector<StoredTrack> tracks;
};

}  // namespace stridelog

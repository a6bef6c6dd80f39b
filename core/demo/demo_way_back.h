// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's way back (rules 1.2), so every view of it has data on first start: a stage 3
// knee pain 80 days before the end, no running while it lasts, then a programme with one step
// back that is completed after 14 sessions, each rated, with morning checks around it; and
// ratings and morning checks over the last three weeks. Laid over the history without random
// numbers, so the rest of a seed's history stays what it was.

#include "core/model/journal_snapshot.h"

#include <QDate>

namespace stridelog::demo {

// Replaces the runs of the episode's weeks with its sessions and numbers the runs again (pain
// entries keep their links).
void addWayBack(JournalSnapshot& journal, QDate endDate);

}  // namespace stridelog::demo

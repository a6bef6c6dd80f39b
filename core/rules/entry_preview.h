// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "What would this entry trigger": the warnings a run being entered (and the knee pain that
// follows it) would bring if it were saved now (RULES.md R3, R4, R1/R2 and, with pain, the
// pain rules). The candidate is put into a copy of the snapshot — replacing the entry of the
// same id when one is being edited, a new entry getting the next free id — and the same rule
// functions as for a saved entry are asked, so the preview says exactly what saving brings.

#include "warning.h"

#include "core/model/journal_snapshot.h"

#include <optional>
#include <vector>

namespace stridelog {

// `run.id` valid: the run being edited; otherwise a new run. `pain`, when given, follows the
// run (its `run` is set to it); its id likewise. Judged as of `now`, or of the entry's own
// start when that is later (a run logged for tomorrow).
std::vector<Warning> warningsIfRunSaved(const JournalSnapshot& journal, Run run,
                                        std::optional<PainEntry> pain, Instant now);

}  // namespace stridelog

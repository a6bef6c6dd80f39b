// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R5 (pain stage by onset and duration), R6 (adaptation pain versus point pain) and the
// location hints of RULES.md, for one pain entry as of an instant. The facade uses it for
// assessPain and the pain warnings; the comeback check of R2 and the see-doctor rule (R7)
// reuse the stage and the window.

#include "as_of_journal.h"
#include "assessments.h"
#include "warning.h"

#include "core/model/pain_entry.h"

#include <vector>

namespace stridelog {

// To its end, or to T while it is still going on at T; never negative.
Duration painDuration(const PainEntry& pain, Instant asOf);
bool isOngoingAt(const PainEntry& pain, Instant asOf);

int onsetStage(Onset onset);
int durationStage(Duration duration);
int painStage(const PainEntry& pain, Instant asOf);

// R6: both knees, the whole knee, at most 48 h, no swelling, locking or sharp pain.
bool isAdaptationPain(const PainEntry& pain, Instant asOf);
// R6: one knee at a distinct site.
bool isPointPain(const PainEntry& pain);

LocationHint locationHint(Site site);

// R5's window, shared by R6 and R7: ongoing at T, or started in the 14 days up to T.
bool inPainWindow(const PainEntry& pain, const AsOfInstant& asOf);

PainAssessment assessPainEntry(const PainEntry& pain, Instant asOf);

// pain-stage or pain-adaptation, and pain-point, for every entry in the window.
std::vector<Warning> painStageWarnings(const AsOfJournal& journal);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Before you save": what a run being entered would trigger (RULES.md R3, R4, R1/R2 and, with
// knee pain, the pain rules). The candidate run (and its pain entry) is put into a copy of
// the current snapshot — replacing the run when it is being edited — and the same rule
// functions the CLI uses are asked, so the preview says exactly what saving would bring.

#include "core/model/journal_snapshot.h"
#include "core/rules/warning.h"

#include <QString>

#include <optional>
#include <vector>

namespace stridelog::gui {

// `run.id` valid: the run being edited; otherwise a new run. `pain` follows the run.
std::vector<Warning> previewRunWarnings(const JournalSnapshot& journal, Run run,
                                        std::optional<PainEntry> pain, Instant now);
// The warnings as a short HTML list for the preview area; a calm line when there are none.
// `darkBackground`: the colours of the severity words are the light shades.
QString previewHtml(const std::vector<Warning>& warnings, bool darkBackground = false);

}  // namespace stridelog::gui

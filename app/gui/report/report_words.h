// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plain words the clinician report prints for the journal's enumerations and durations:
// a reader who has never seen the app should not need a legend for "next-day" or "whole".
// The knee, site and onset words are the `clinical` column of core/model/entry_words.h.

#include "core/model/enums.h"
#include "core/model/pain_entry.h"
#include "core/model/units.h"
#include "core/rules/assessments.h"
#include "core/rules/warning.h"

#include <QString>

namespace stridelog::gui::report_words {

QString knee(Knee knee);
QString site(Site site);
QString onset(Onset onset);
// "45 min", "30 h", "4 d 6 h"; "ongoing, 30 h so far" while the entry has no end.
QString duration(Duration duration, bool ongoing);
// The flags that make a clinician look twice: "swelling, locking, sharp", or empty.
QString signs(const PainEntry& pain);
// RULES.md's location hint, never a diagnosis.
QString hint(const LocationHint& hint);
QString severity(Severity severity);  // "Info", "Caution", "Stop"
QString shoeStatus(ShoeStatusKind status);
// "12.3 km", one decimal.
QString km(Distance distance);

}  // namespace stridelog::gui::report_words

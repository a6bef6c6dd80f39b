// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words a person reads for the rules' enumerations, next to the entries' words
// (core/model/entry_words.h) and built the same way: one table per enumeration, a column per
// form, translated under WarningWords with the column as disambiguation. The codes in JSON
// and on the CLI ("stop", "soon") stay toString().
//
//   label     a badge or a table cell: "Stop", "Replace soon"
//   advice    what a pair's state asks of the runner, inside a sentence: "plan a replacement"
//   clinical  the clinician report's words: "due for replacement"

#include "assessments.h"
#include "warning.h"

#include <QString>

namespace stridelog::words {

QString label(Severity severity);
QString label(ShoeStatusKind status);
QString advice(ShoeStatusKind status);
QString clinical(ShoeStatusKind status);

}  // namespace stridelog::words

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How long a pain lasted, as a person says it (RULES.md, "Showing a duration"): under 72 h in
// whole hours ("46 h"), from 72 h on in days and hours ("3 d 4 h", "21 d"); under an hour in
// minutes ("40 min"). Hours are whole hours lasted, rounded down, so a pain of 71 h 59 min
// reads "71 h", on the same side of 72 h as its stage (R5). The app, the CLI's text output,
// the warnings and the report all write durations with this one function; JSON keeps
// numbers.

#include "units.h"

#include <QString>

namespace stridelog {

QString formatPainDuration(Duration duration);

}  // namespace stridelog

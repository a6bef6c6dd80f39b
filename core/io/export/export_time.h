// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Times in an exported file: xsd:dateTime in the run's own UTC offset, so a program that
// reads it back (our importer too) puts the run on the local day the runner lived it. A
// point's time is the run's start plus its moving time (track.h), to the tenth of a second
// the track keeps.

#include "core/model/instant.h"

#include <QString>

namespace stridelog {

// `2026-11-21T08:05:00+01:00`, `2026-11-21T07:05:03.4Z` for a run in UTC.
QString exportTime(const Instant& start, double secondsAfter = 0);

}  // namespace stridelog

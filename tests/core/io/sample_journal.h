// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small journal that uses every field: non-default settings, a retired pair with start km,
// runs with and without the optional values, one recorded at +09:00, an imported one, pain
// entries ended and ongoing, linked and not. Names and notes carry quotes, commas, line
// breaks, SQL-looking text and characters outside ASCII.

#include "core/model/journal_snapshot.h"

namespace stridelog::testing {

// Text that has broken exporters before.
QString trickyText();
JournalSnapshot sampleJournal();
Instant sampleExportTime();

}  // namespace stridelog::testing

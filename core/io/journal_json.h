// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole journal as one JSON document (`stridelog-cli export --format json`) and back
// (`restore`). It keeps everything the file keeps — ids, UTC offsets, import keys, settings —
// so export then restore gives the same journal. The document names its format and version;
// a newer version is refused.

#include "core/model/expected.h"
#include "core/model/instant.h"
#include "core/model/journal_snapshot.h"

#include <QByteArray>

namespace stridelog {

inline constexpr int kJournalJsonVersion = 1;

QByteArray writeJournalJson(const JournalSnapshot& journal, Instant exportedAt);
// Checks every value as the store would (enumerations, limits, references between entries);
// the error names the entry and what is accepted.
Expected<JournalSnapshot> readJournalJson(const QByteArray& document);

}  // namespace stridelog

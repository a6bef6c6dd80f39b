// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole journal as one CSV table for spreadsheets (`export --format csv`): one row per
// shoe, run and pain entry, a `record` column saying which, and the union of their columns.
// RFC 4180 quoting; UTF-8.

#include "core/model/journal_snapshot.h"

#include <QByteArray>

namespace stridelog {

QByteArray writeJournalCsv(const JournalSnapshot& journal);

}  // namespace stridelog

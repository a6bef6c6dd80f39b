// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the journal lives unless told otherwise: --db, else STRIDELOG_DB, else the app's data
// folder (QStandardPaths::AppDataLocation)/journal.sqlite. The CLI and the app share this, so
// both open the same file.

#include <QString>

namespace stridelog {

// Needs QCoreApplication's name set to "stridelog" (both front ends do it first).
QString defaultJournalPath();
// `explicitPath` (from --db) wins, then STRIDELOG_DB, then defaultJournalPath().
QString resolveJournalPath(const QString& explicitPath);

}  // namespace stridelog

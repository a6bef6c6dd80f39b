// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `restore FILE`: replaces the journal's content with a backup (a journal file) or a JSON
// export. The source is read and checked completely first (a backup is copied aside and
// migrated there, so the user's backup file is never changed, and its schema is checked before
// any row is read); then, only when the restore will happen, a backup of the journal being
// replaced is written to its backups folder (rolling_backups.h, never over another backup);
// then the content is swapped in one transaction.

#include "core/store/journal.h"

#include "core/model/clock.h"

namespace stridelog {

// Returns the path of the backup of what was replaced. The backup is named by the journal's
// clock, or by `clock` when given.
StoreResult<QString> restoreJournal(Journal& journal, const QString& sourceFile);
StoreResult<QString> restoreJournal(Journal& journal, const QString& sourceFile,
                                    const Clock& clock);

}  // namespace stridelog

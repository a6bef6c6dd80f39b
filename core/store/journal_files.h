// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The files that belong to a journal: the journal itself, SQLite's side files (-wal, -shm,
// -journal) and the automatic backups folder beside it (`<journal>.backups/`). Output the user
// asks for (an export, a report, a backup) must never land on one of them: writing there would
// replace the runner's data with something else.

#include "store_error.h"

#include <QString>

namespace stridelog {

// `<journal>.backups`, the folder of the automatic backups.
QString backupsFolderFor(const QString& journalPath);

// True when `candidate` is the journal, one of its side files or anything inside its backups
// folder, however it is named: through a symbolic link, a relative path, `..`, or a hard link
// to the same file (compared by device and inode when both exist).
bool isJournalOrSideFile(const QString& journalPath, const QString& candidate);

// An InvalidInput error naming the file when `candidate` is one of the journal's files.
StoreResult<Done> refuseJournalFiles(const QString& journalPath, const QString& candidate);

// `.<final name>.<pid>-<n>.partial`: the temporary name a copy (a backup, a backup of the
// journal) is written under before it takes its final name.
QString partialNameFor(const QString& finalName, qint64 pid, int attempt);
// Removes the partial copies left in `folder` by processes that no longer run (killed while
// copying); only those for `finalName` when it is given. A running process's copy stays.
void removeStalePartials(const QString& folder, const QString& finalName = {});

// Links `temporary` to `target` without ever replacing an existing file (link(2) fails when
// the name is taken), then removes the temporary name. Returns false when `target` exists.
enum class PlaceResult { Placed, Exists, Failed };
PlaceResult placeWithoutReplacing(const QString& temporary, const QString& target);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `run_track` table: one encoded track (track_codec.h) per run. Called by Journal inside
// its transactions. A row whose run is gone is left for an undo of the delete; put() and
// dropOrphan() clear it before its id is used by another run.

#include "store_error.h"

#include "core/model/track.h"

#include <QSqlDatabase>

#include <optional>
#include <utility>
#include <vector>

namespace stridelog::track_table {

StoreResult<Done> put(QSqlDatabase& db, const StoredTrack& track, int points);
// Removes a track left by a deleted run under `run`, so a new run with that id starts bare.
StoreResult<Done> dropOrphan(QSqlDatabase& db, RunId run);
StoreResult<std::optional<QByteArray>> select(QSqlDatabase& db, RunId run);
// The track row of `run` as stored (its encoded data and point count), to be put back later.
StoreResult<std::optional<std::pair<StoredTrack, int>>> selectRow(QSqlDatabase& db, RunId run);
// The tracks of runs that exist, by run id.
StoreResult<std::vector<StoredTrack>> selectAll(QSqlDatabase& db);
StoreResult<Done> removeAll(QSqlDatabase& db);

}  // namespace stridelog::track_table

// SPDX-License-Identifier: GPL-3.0-or-later
// Journal actions on tracks: an imported run with its track in one transaction, a run's track
// when a run is opened, and the snapshot with every track that export and restore carry.

#include "journal.h"

#include "database.h"
#include "journal_write.h"
#include "run_table.h"
#include "shoe_table.h"
#include "track_table.h"

#include "core/model/track_codec.h"
#include "core/model/validation.h"

namespace stridelog {

StoreResult<RunId> Journal::addRunWithTrack(const Run& run, const Track& track) {
    if (auto error = validateRun(run, today()))
        return storeFailure(StoreErrorKind::InvalidInput, error->message);
    return write(
        QStringLiteral("adding the run"),
        [&]() -> StoreResult<RunId> {
            QSqlDatabase& db = database_->connection();
            if (run.shoe) {
                if (auto shoe = shoe_table::selectOne(db, *run.shoe); !shoe)
                    return storeFailure(StoreErrorKind::InvalidInput, shoe.error().message);
            }
            auto id = run_table::insert(db, run);
            if (!id || track.empty()) return id;
            const int points = static_cast<int>(track.samples.size());
            if (auto kept = track_table::put(db, {*id, encodeTrack(track)}, points); !kept)
                return Unexpected{kept.error()};
            return id;
        },
        [](RunId id) { return changeOf(ChangeHow::Added, id); });
}

StoreResult<std::optional<Track>> Journal::track(RunId id) const {
    auto data = track_table::select(database_->connection(), id);
    if (!data) return Unexpected{data.error()};
    if (!*data) return std::optional<Track>();
    auto decoded = decodeTrack(**data);
    if (!decoded) {
        return storeFailure(
            StoreErrorKind::Corrupt,
            QStringLiteral("the track of run %1: %2").arg(id.value()).arg(decoded.error()));
    }
    return std::optional<Track>(std::move(decoded).value());
}

StoreResult<JournalSnapshot> Journal::snapshotWithTracks() const {
    return readSnapshot(database_->connection(), true);
}

}  // namespace stridelog

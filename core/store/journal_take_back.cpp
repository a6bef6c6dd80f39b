// SPDX-License-Identifier: GPL-3.0-or-later
// Journal::takeOut and putBackTaken: the undo and redo of an import. The runs an import added
// leave with their tracks and the pairs it created, in one transaction; a redo writes the same
// rows back under the same ids. Links the removal cuts (a pain entry logged after one of those
// runs, a run put in one of those pairs since) are remembered and made again on the redo.

#include "journal.h"

#include "database.h"
#include "journal_write.h"
#include "pain_table.h"
#include "run_table.h"
#include "shoe_table.h"
#include "track_table.h"

#include "core/model/validation.h"

#include <QSet>

#include <algorithm>

namespace stridelog {
namespace {

// Reads each run with its track and the pain entries linked to it, then deletes them.
StoreResult<Done> takeRuns(QSqlDatabase& db, const std::vector<RunId>& ids, TakenEntries& taken) {
    const QSet<std::int64_t> leaving = [&] {
        QSet<std::int64_t> set;
        for (RunId id : ids) set.insert(id.value());
        return set;
    }();
    auto pains = pain_table::select(db);
    if (!pains) return Unexpected{pains.error()};
    for (const PainEntry& pain : *pains) {
        if (pain.run && leaving.contains(pain.run->value()))
            taken.painLinks.emplace_back(pain.id, *pain.run);
    }
    for (RunId id : ids) {
        auto run = run_table::selectOne(db, id);
        if (!run) return Unexpected{run.error()};
        auto track = track_table::selectRow(db, id);
        if (!track) return Unexpected{track.error()};
        if (*track) taken.tracks.push_back(**track);
        if (auto gone = track_table::dropOrphan(db, id); !gone) return gone;
        if (auto gone = run_table::remove(db, id); !gone) return gone;
        taken.runs.push_back(std::move(run).value());
    }
    return Done{};
}

StoreResult<Done> takeShoes(QSqlDatabase& db, const std::vector<ShoeId>& ids, TakenEntries& taken) {
    if (ids.empty()) return Done{};
    auto runs = run_table::select(db);
    if (!runs) return Unexpected{runs.error()};
    for (ShoeId id : ids) {
        auto shoe = shoe_table::selectOne(db, id);
        if (!shoe) return Unexpected{shoe.error()};
        for (const Run& run : *runs) {
            if (run.shoe == id) taken.shoeLinks.emplace_back(run.id, id);
        }
        if (auto gone = shoe_table::remove(db, id); !gone) return gone;
        taken.shoes.push_back(std::move(shoe).value());
    }
    return Done{};
}

StoreResult<Done> putBack(QSqlDatabase& db, const TakenEntries& taken) {
    for (const Shoe& shoe : taken.shoes) {
        if (auto id = shoe_table::insert(db, shoe, true); !id) return Unexpected{id.error()};
    }
    for (const Run& run : taken.runs) {
        if (auto id = run_table::insert(db, run, true); !id) return Unexpected{id.error()};
    }
    for (const auto& [track, points] : taken.tracks) {
        if (auto kept = track_table::put(db, track, points); !kept) return kept;
    }
    for (const auto& [painId, runId] : taken.painLinks) {
        auto pain = pain_table::selectOne(db, painId);
        if (!pain) return Unexpected{pain.error()};
        pain.value().run = runId;
        if (auto done = pain_table::update(db, *pain); !done) return done;
    }
    for (const auto& [runId, shoeId] : taken.shoeLinks) {
        auto run = run_table::selectOne(db, runId);
        if (!run) return Unexpected{run.error()};
        run.value().shoe = shoeId;
        if (auto done = run_table::update(db, *run); !done) return done;
    }
    return Done{};
}

// What a take-out removed or a put-back added; the links it cut or made are changes.
JournalChange changeOfTaken(const TakenEntries& taken, ChangeHow how) {
    JournalChange change;
    for (const Shoe& shoe : taken.shoes) change.shoes.added.push_back(shoe.id);
    for (const Run& run : taken.runs) change.runs.added.push_back(run.id);
    for (const auto& link : taken.painLinks) change.pains.changed.push_back(link.first);
    for (const auto& link : taken.shoeLinks) {
        if (std::find(change.runs.added.begin(), change.runs.added.end(), link.first) ==
            change.runs.added.end())
            change.runs.changed.push_back(link.first);
    }
    if (how == ChangeHow::Removed) {
        std::swap(change.shoes.added, change.shoes.removed);
        std::swap(change.runs.added, change.runs.removed);
    }
    return change;
}

}  // namespace

StoreResult<TakenEntries> Journal::takeOut(const std::vector<RunId>& runs,
                                           const std::vector<ShoeId>& shoes) {
    return write(
        QStringLiteral("taking the import back"),
        [&]() -> StoreResult<TakenEntries> {
            QSqlDatabase& db = database_->connection();
            TakenEntries taken;
            if (auto done = takeRuns(db, runs, taken); !done) return Unexpected{done.error()};
            if (auto done = takeShoes(db, shoes, taken); !done) return Unexpected{done.error()};
            return taken;
        },
        [](const TakenEntries& taken) { return changeOfTaken(taken, ChangeHow::Removed); });
}

StoreResult<Done> Journal::putBackTaken(const TakenEntries& taken) {
    // As with an undo of a delete: only the limits that do not depend on today apply.
    for (const Run& run : taken.runs) {
        if (auto error = validateRun(run, QDate(9999, 12, 31)))
            return storeFailure(StoreErrorKind::InvalidInput, error->message);
    }
    return write(
        QStringLiteral("putting the import back"),
        [&] { return putBack(database_->connection(), taken); },
        [&](Done) { return changeOfTaken(taken, ChangeHow::Added); });
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
// Journal::importBatch: one imported file in one transaction, with the duplicate check made
// under the write lock, so a second importer (or the app) writing at the same moment can never
// make a run appear twice.

#include "journal.h"

#include "journal_write.h"
#include "run_table.h"
#include "shoe_table.h"
#include "track_table.h"

#include "core/model/track_codec.h"
#include "core/model/validation.h"

#include <QHash>

namespace stridelog {
namespace {

// The journal's pair with this name (ignoring case), if there is one: another importer may
// have added the pair a moment ago.
std::optional<ShoeId> pairNamed(const std::vector<Shoe>& shoes, const QString& name) {
    for (const Shoe& shoe : shoes) {
        if (shoe.name.compare(name, Qt::CaseInsensitive) == 0) return shoe.id;
    }
    return std::nullopt;
}

// Values outside the limits refuse the whole file before anything is written.
StoreResult<Done> checkBatch(const ImportBatch& batch, QDate today) {
    for (const ImportBatch::Entry& entry : batch.runs) {
        if (auto error = validateRun(entry.run, today)) {
            return storeFailure(StoreErrorKind::InvalidInput, error->message);
        }
    }
    for (const Shoe& shoe : batch.newShoes) {
        if (auto error = validateShoe(shoe)) {
            return storeFailure(StoreErrorKind::InvalidInput, error->message);
        }
    }
    return Done{};
}

// Writes one batch (a whole file, or one chunk of it) inside the open transaction. `newIds`
// maps the file's new pairs (local ids) to journal ids and lives as long as the file; `change`
// collects the pairs and runs written, for Journal::changed().
StoreResult<std::vector<ImportedRun>> writeBatch(QSqlDatabase& db, const ImportBatch& batch,
                                                 QHash<std::int64_t, ShoeId>& newIds,
                                                 JournalChange& change) {
    std::optional<std::vector<Shoe>> existing;
    for (const Shoe& shoe : batch.newShoes) {
        if (newIds.contains(shoe.id.value())) continue;  // written with an earlier chunk
        if (!existing) {
            auto all = shoe_table::selectAll(db);
            if (!all) return Unexpected{all.error()};
            existing = std::move(all).value();
        }
        if (auto same = pairNamed(*existing, shoe.name)) {
            newIds.insert(shoe.id.value(), *same);
            continue;
        }
        auto id = shoe_table::insert(db, shoe);
        if (!id) return Unexpected{id.error()};
        newIds.insert(shoe.id.value(), *id);
        change.shoes.added.push_back(*id);
    }
    std::vector<ImportedRun> outcome;
    outcome.reserve(batch.runs.size());
    for (const ImportBatch::Entry& entry : batch.runs) {
        auto near = run_table::selectNear(db, entry.run, batch.nearSeconds);
        if (!near) return Unexpected{near.error()};
        if (auto same = batch.findDuplicate ? batch.findDuplicate(entry.run, *near)
                                            : std::optional<RunId>()) {
            outcome.push_back({*same, true});
            continue;
        }
        Run run = entry.run;
        if (entry.onNewShoe && run.shoe) {
            if (!newIds.contains(run.shoe->value())) {
                return storeFailure(StoreErrorKind::InvalidInput,
                                    QStringLiteral("a run refers to a new pair that is not "
                                                   "there"));
            }
            run.shoe = newIds.value(run.shoe->value());
        } else if (run.shoe && !shoe_table::selectOne(db, *run.shoe)) {
            return storeFailure(
                StoreErrorKind::InvalidInput,
                QStringLiteral("there is no pair with id %1").arg(run.shoe->value()));
        }
        auto id = run_table::insert(db, run);
        if (!id) return Unexpected{id.error()};
        if (!entry.track.empty()) {
            const int points = static_cast<int>(entry.track.samples.size());
            auto kept = track_table::put(db, {*id, encodeTrack(entry.track)}, points);
            if (!kept) return Unexpected{kept.error()};
        }
        outcome.push_back({*id, false});
        change.runs.added.push_back(*id);
    }
    return outcome;
}

}  // namespace

StoreResult<std::vector<ImportedRun>> Journal::importBatch(const ImportBatch& batch) {
    if (auto checked = checkBatch(batch, today()); !checked) return Unexpected{checked.error()};
    JournalChange change;
    return write(
        QStringLiteral("importing"),
        [&]() -> StoreResult<std::vector<ImportedRun>> {
            QHash<std::int64_t, ShoeId> newIds;  // local id -> journal id
            return writeBatch(database_->connection(), batch, newIds, change);
        },
        [&](const std::vector<ImportedRun>&) { return change; });
}

StoreResult<Done> Journal::importStream(const ImportStream& stream) {
    JournalChange change;
    return write(
        QStringLiteral("importing"),
        [&]() -> StoreResult<Done> {
            QHash<std::int64_t, ShoeId> newIds;  // local id -> journal id, for the whole file
            ImportBatch chunk;
            while (true) {
                chunk = {};
                auto more = stream.next(chunk);
                if (!more) return Unexpected{more.error()};
                if (!*more) return Done{};
                if (auto checked = checkBatch(chunk, today()); !checked)
                    return Unexpected{checked.error()};
                auto outcome = writeBatch(database_->connection(), chunk, newIds, change);
                if (!outcome) return Unexpected{outcome.error()};
                if (stream.written) stream.written(chunk, *outcome);
            }
        },
        [&](Done) { return change; });
}

}  // namespace stridelog

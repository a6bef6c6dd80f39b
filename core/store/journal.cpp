// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "database.h"
#include "journal_write.h"
#include "morning_table.h"
#include "pain_table.h"
#include "programme_table.h"
#include "run_table.h"
#include "settings_table.h"
#include "shoe_table.h"
#include "track_table.h"
#include "transaction.h"

#include "core/model/validation.h"

namespace stridelog {
namespace {

Unexpected<StoreError> invalid(const ValidationError& error) {
    return storeFailure(StoreErrorKind::InvalidInput, error.message);
}

// A missing id named in the input is bad input (exit 2), not a missing target.
StoreResult<Done> requireShoe(QSqlDatabase& db, const std::optional<ShoeId>& id) {
    if (!id) return Done{};
    if (auto shoe = shoe_table::selectOne(db, *id); !shoe) {
        return storeFailure(StoreErrorKind::InvalidInput, shoe.error().message);
    }
    return Done{};
}

StoreResult<Done> requireRun(QSqlDatabase& db, const std::optional<RunId>& id) {
    if (!id) return Done{};
    if (auto run = run_table::selectOne(db, *id); !run) {
        return storeFailure(StoreErrorKind::InvalidInput, run.error().message);
    }
    return Done{};
}

}  // namespace

Journal::Journal(std::unique_ptr<Database> database, OpenOptions options)
    : database_(std::move(database)), options_(std::move(options)) {}

Journal::~Journal() = default;

StoreResult<std::unique_ptr<Journal>> Journal::open(const QString& path, OpenOptions options) {
    auto database =
        Database::open(path, options.busyTimeoutMs, journalMigrations(), options.beforeMigration);
    if (!database) return Unexpected{database.error()};
    return std::unique_ptr<Journal>(new Journal(std::move(database).value(), std::move(options)));
}

QString Journal::path() const {
    return database_->path();
}

int Journal::currentSchemaVersion() {
    return latestVersion(journalMigrations());
}

const Clock& Journal::clock() const {
    return options_.clock ? *options_.clock : systemClock();
}

QDate Journal::today() const {
    return clock().now().localDate();
}

StoreResult<ShoeId> Journal::addShoe(const Shoe& shoe) {
    if (auto error = validateShoe(shoe)) return invalid(*error);
    return write(
        QStringLiteral("adding the pair"),
        [&] { return shoe_table::insert(database_->connection(), shoe); },
        [](ShoeId id) { return changeOf(ChangeHow::Added, id); });
}

StoreResult<Done> Journal::updateShoe(const Shoe& shoe) {
    if (auto error = validateShoe(shoe)) return invalid(*error);
    return write(
        QStringLiteral("changing the pair"),
        [&] { return shoe_table::update(database_->connection(), shoe); },
        [&](Done) { return changeOf(ChangeHow::Changed, shoe.id); });
}

StoreResult<Done> Journal::retireShoe(ShoeId id, QDate on) {
    return write(
        QStringLiteral("retiring the pair"),
        [&]() -> StoreResult<Done> {
            auto shoe = shoe_table::selectOne(database_->connection(), id);
            if (!shoe) return Unexpected{shoe.error()};
            shoe.value().retiredOn = on;
            if (auto error = validateShoe(*shoe)) return invalid(*error);
            return shoe_table::update(database_->connection(), *shoe);
        },
        [id](Done) { return changeOf(ChangeHow::Changed, id); });
}

StoreResult<Shoe> Journal::shoe(ShoeId id) const {
    return shoe_table::selectOne(database_->connection(), id);
}

StoreResult<std::vector<Shoe>> Journal::shoes() const {
    return shoe_table::selectAll(database_->connection());
}

StoreResult<RunId> Journal::addRun(const Run& run) {
    if (auto error = validateRun(run, today())) return invalid(*error);
    return write(
        QStringLiteral("adding the run"),
        [&]() -> StoreResult<RunId> {
            if (auto shoeExists = requireShoe(database_->connection(), run.shoe); !shoeExists) {
                return Unexpected{shoeExists.error()};
            }
            return run_table::insert(database_->connection(), run);
        },
        [](RunId id) { return changeOf(ChangeHow::Added, id); });
}

StoreResult<Done> Journal::updateRun(const Run& run) {
    if (auto error = validateRun(run, today())) return invalid(*error);
    return write(
        QStringLiteral("changing the run"),
        [&]() -> StoreResult<Done> {
            if (auto shoeExists = requireShoe(database_->connection(), run.shoe); !shoeExists) {
                return shoeExists;
            }
            return run_table::update(database_->connection(), run);
        },
        [&](Done) { return changeOf(ChangeHow::Changed, run.id); });
}

StoreResult<Done> Journal::updateRuns(const std::vector<Run>& runs) {
    for (const Run& run : runs) {
        if (auto error = validateRun(run, today())) return invalid(*error);
    }
    return write(
        QStringLiteral("changing the runs"),
        [&]() -> StoreResult<Done> {
            for (const Run& run : runs) {
                if (auto shoeExists = requireShoe(database_->connection(), run.shoe); !shoeExists) {
                    return shoeExists;
                }
                if (auto updated = run_table::update(database_->connection(), run); !updated) {
                    return updated;
                }
            }
            return Done{};
        },
        [&](Done) {
            std::vector<RunId> ids;
            ids.reserve(runs.size());
            for (const Run& run : runs) ids.push_back(run.id);
            return changeOf(ChangeHow::Changed, ids);
        });
}

StoreResult<Done> Journal::deleteRun(RunId id) {
    return write(
        QStringLiteral("deleting the run"),
        [&] { return run_table::remove(database_->connection(), id); },
        [id](Done) { return changeOf(ChangeHow::Removed, id); });
}

StoreResult<Run> Journal::run(RunId id) const {
    return run_table::selectOne(database_->connection(), id);
}

StoreResult<std::vector<Run>> Journal::runs(const RunFilter& filter) const {
    return run_table::select(database_->connection(), filter.from, filter.to);
}

StoreResult<std::optional<ShoeId>> Journal::lastUsedShoe() const {
    return run_table::lastUsedShoe(database_->connection());
}

StoreResult<PainId> Journal::addPain(const PainEntry& pain) {
    if (auto error = validatePain(pain, today())) return invalid(*error);
    return write(
        QStringLiteral("adding the pain entry"),
        [&]() -> StoreResult<PainId> {
            if (auto runExists = requireRun(database_->connection(), pain.run); !runExists) {
                return Unexpected{runExists.error()};
            }
            return pain_table::insert(database_->connection(), pain);
        },
        [](PainId id) { return changeOf(ChangeHow::Added, id); });
}

StoreResult<Done> Journal::updatePain(const PainEntry& pain) {
    if (auto error = validatePain(pain, today())) return invalid(*error);
    return write(
        QStringLiteral("changing the pain entry"),
        [&]() -> StoreResult<Done> {
            if (auto runExists = requireRun(database_->connection(), pain.run); !runExists) {
                return runExists;
            }
            return pain_table::update(database_->connection(), pain);
        },
        [&](Done) { return changeOf(ChangeHow::Changed, pain.id); });
}

StoreResult<Done> Journal::deletePain(PainId id) {
    return write(
        QStringLiteral("deleting the pain entry"),
        [&] { return pain_table::remove(database_->connection(), id); },
        [id](Done) { return changeOf(ChangeHow::Removed, id); });
}

StoreResult<PainEntry> Journal::pain(PainId id) const {
    return pain_table::selectOne(database_->connection(), id);
}

StoreResult<std::vector<PainEntry>> Journal::pains(const RunFilter& filter) const {
    return pain_table::select(database_->connection(), filter.from, filter.to);
}

StoreResult<Done> Journal::putBackShoe(const Shoe& shoe, const std::vector<RunId>& runsToRelink) {
    if (auto error = validateShoe(shoe)) return invalid(*error);
    return write(
        QStringLiteral("putting the pair back"),
        [&]() -> StoreResult<Done> {
            QSqlDatabase& db = database_->connection();
            if (auto id = shoe_table::insert(db, shoe, true); !id) return Unexpected{id.error()};
            for (RunId runId : runsToRelink) {
                auto run = run_table::selectOne(db, runId);
                if (!run) return Unexpected{run.error()};
                run.value().shoe = shoe.id;
                if (auto done = run_table::update(db, *run); !done) return done;
            }
            return Done{};
        },
        [&](Done) {
            JournalChange change = changeOf(ChangeHow::Added, shoe.id);
            change.runs.changed = runsToRelink;
            return change;
        });
}

StoreResult<Done> Journal::putBackRun(const Run& run, const std::vector<PainId>& painsToRelink) {
    // An undo may restore a run dated "tomorrow" relative to a later today; only the limits
    // that do not depend on the date apply.
    if (auto error = validateRun(run, QDate(9999, 12, 31))) return invalid(*error);
    return write(
        QStringLiteral("putting the run back"),
        [&]() -> StoreResult<Done> {
            if (auto shoeExists = requireShoe(database_->connection(), run.shoe); !shoeExists) {
                return shoeExists;
            }
            QSqlDatabase& db = database_->connection();
            if (auto id = run_table::insert(db, run, true); !id) return Unexpected{id.error()};
            for (PainId painId : painsToRelink) {
                auto pain = pain_table::selectOne(db, painId);
                if (!pain) return Unexpected{pain.error()};
                pain.value().run = run.id;
                if (auto done = pain_table::update(db, *pain); !done) return done;
            }
            return Done{};
        },
        [&](Done) {
            JournalChange change = changeOf(ChangeHow::Added, run.id);
            change.pains.changed = painsToRelink;
            return change;
        });
}

StoreResult<Done> Journal::putBackPain(const PainEntry& pain) {
    if (auto error = validatePain(pain, QDate(9999, 12, 31))) return invalid(*error);
    return write(
        QStringLiteral("putting the pain entry back"),
        [&]() -> StoreResult<Done> {
            if (auto runExists = requireRun(database_->connection(), pain.run); !runExists) {
                return runExists;
            }
            if (auto id = pain_table::insert(database_->connection(), pain, true); !id) {
                return Unexpected{id.error()};
            }
            return Done{};
        },
        [&](Done) { return changeOf(ChangeHow::Added, pain.id); });
}

StoreResult<Done> Journal::deleteShoe(ShoeId id) {
    return write(
        QStringLiteral("deleting the pair"),
        [&] { return shoe_table::remove(database_->connection(), id); },
        [id](Done) { return changeOf(ChangeHow::Removed, id); });
}

StoreResult<Settings> Journal::settings() const {
    return settings_table::load(database_->connection());
}

StoreResult<Done> Journal::saveSettings(const Settings& settings) {
    return write(
        QStringLiteral("saving the settings"),
        [&] { return settings_table::save(database_->connection(), settings); },
        [](Done) {
            JournalChange change;
            change.settings = true;
            return change;
        });
}

StoreResult<JournalSnapshot> readSnapshot(QSqlDatabase& db, bool withTracks) {
    // One read transaction, so the reads see the same moment even while others write.
    Transaction reading(db);
    if (auto begun = reading.beginReading(QStringLiteral("reading the journal")); !begun) {
        return Unexpected{begun.error()};
    }
    JournalSnapshot snapshot;
    auto shoes = shoe_table::selectAll(db);
    if (!shoes) return Unexpected{shoes.error()};
    auto runs = run_table::select(db);
    if (!runs) return Unexpected{runs.error()};
    auto pains = pain_table::select(db);
    if (!pains) return Unexpected{pains.error()};
    auto settings = settings_table::load(db);
    if (!settings) return Unexpected{settings.error()};
    auto mornings = morning_table::select(db);
    if (!mornings) return Unexpected{mornings.error()};
    auto programmes = programme_table::selectAll(db);
    if (!programmes) return Unexpected{programmes.error()};
    if (withTracks) {
        auto tracks = track_table::selectAll(db);
        if (!tracks) return Unexpected{tracks.error()};
        snapshot.tracks = std::move(tracks).value();
    }
    snapshot.shoes = std::move(shoes).value();
    snapshot.runs = std::move(runs).value();
    snapshot.pains = std::move(pains).value();
    snapshot.settings = *settings;
    snapshot.mornings = std::move(mornings).value();
    snapshot.programmes = std::move(programmes).value();
    return snapshot;
}

StoreResult<JournalSnapshot> Journal::snapshot() const {
    return readSnapshot(database_->connection(), false);
}

StoreResult<bool> Journal::isEmpty() const {
    QSqlQuery query(database_->connection());
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM shoe) + (SELECT count(*) FROM "
            "run) + (SELECT count(*) FROM pain) + (SELECT count(*) FROM morning_check) + "
            "(SELECT count(*) FROM comeback_programme)")) ||
        !query.next()) {
        return Unexpected{fromSqlError(query.lastError(), QStringLiteral("reading the journal"))};
    }
    return query.value(0).toLongLong() == 0;
}

StoreResult<Done> Journal::checkIntegrity() const {
    QSqlQuery query(database_->connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return Unexpected{fromSqlError(query.lastError(), QStringLiteral("checking the journal"))};
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok")) problems << line;
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return Unexpected{fromSqlError(query.lastError(), QStringLiteral("checking the journal"))};
    }
    while (query.next()) {
        problems << QStringLiteral("%1 row %2 refers to a missing %3")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString());
    }
    if (problems.isEmpty()) return Done{};
    return storeFailure(
        StoreErrorKind::Corrupt,
        QStringLiteral("%1 is damaged: %2").arg(path(), problems.join(QStringLiteral("; "))));
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_table.h"

#include "statement.h"
#include "track_table.h"

namespace stridelog::run_table {
namespace {

const QString kColumns = QStringLiteral(
    "id, start_utc, start_offset, distance_m, duration_s, shoe_id, surface, hilly, type, rpe, "
    "cadence, hr, notes, source, source_key, pain_during, pain_after");

void bindFields(Statement& statement, const Run& run) {
    statement.bind(QStringLiteral(":start_utc"), QVariant::fromValue(run.start.utcSeconds()))
        .bind(QStringLiteral(":start_offset"), run.start.utcOffsetSeconds())
        .bind(QStringLiteral(":distance_m"), QVariant::fromValue(run.distance.metres()))
        .bind(QStringLiteral(":duration_s"), QVariant::fromValue(run.duration.seconds()))
        .bind(QStringLiteral(":shoe_id"),
              run.shoe ? QVariant::fromValue(run.shoe->value()) : QVariant())
        .bind(QStringLiteral(":surface"), enumOrNull(run.surface))
        .bind(QStringLiteral(":hilly"), run.hilly ? 1 : 0)
        .bind(QStringLiteral(":type"), enumOrNull(run.type))
        .bind(QStringLiteral(":rpe"), run.rpe)
        .bind(QStringLiteral(":cadence"), run.cadence)
        .bind(QStringLiteral(":hr"), run.heartRate)
        .bind(QStringLiteral(":notes"), textValue(run.notes))
        .bind(QStringLiteral(":source"), toString(run.source))
        .bind(QStringLiteral(":source_key"),
              run.sourceKey.isEmpty() ? QVariant() : QVariant(run.sourceKey))
        .bind(QStringLiteral(":pain_during"), run.painDuring)
        .bind(QStringLiteral(":pain_after"), run.painAfter);
}

Run read(const QSqlQuery& row) {
    Run run;
    run.id = RunId(row.value(0).toLongLong());
    run.start = Instant(row.value(1).toLongLong(), row.value(2).toInt());
    run.distance = Distance::fromMetres(row.value(3).toLongLong());
    run.duration = Duration::fromSeconds(row.value(4).toLongLong());
    if (const auto shoe = optionalInt64(row.value(5))) run.shoe = ShoeId(*shoe);
    run.surface = enumFromVariant<Surface>(row.value(6));
    run.hilly = row.value(7).toInt() != 0;
    run.type = enumFromVariant<RunType>(row.value(8));
    run.rpe = optionalInt(row.value(9));
    run.cadence = optionalInt(row.value(10));
    run.heartRate = optionalInt(row.value(11));
    run.notes = row.value(12).toString();
    run.source = fromString<RunSource>(row.value(13).toString()).value_or(RunSource::Manual);
    run.sourceKey = row.value(14).toString();
    run.painDuring = optionalInt(row.value(15));
    run.painAfter = optionalInt(row.value(16));
    return run;
}

StoreResult<std::vector<Run>> readAll(Statement& statement) {
    return statement.exec(QStringLiteral("reading the runs")).transform([&](Done) {
        std::vector<Run> runs;
        while (statement.query().next()) runs.push_back(read(statement.query()));
        return runs;
    });
}

}  // namespace

StoreResult<RunId> insert(QSqlDatabase& db, const Run& run, bool keepId) {
    Statement statement(
        db, QStringLiteral("INSERT INTO run (%1) VALUES (:id, :start_utc, :start_offset, "
                           ":distance_m, :duration_s, :shoe_id, :surface, :hilly, :type, :rpe, "
                           ":cadence, :hr, :notes, :source, :source_key, :pain_during, "
                           ":pain_after)")
                .arg(kColumns));
    statement.bind(QStringLiteral(":id"),
                   keepId ? QVariant::fromValue(run.id.value()) : QVariant());
    bindFields(statement, run);
    if (auto done = statement.exec(QStringLiteral("adding the run")); !done) {
        return Unexpected{done.error()};
    }
    const RunId id(statement.lastInsertId());
    if (keepId) return id;
    // A new id may be that of a deleted run whose track was kept for an undo: not this run's.
    return track_table::dropOrphan(db, id).transform([id](Done) { return id; });
}

StoreResult<Done> update(QSqlDatabase& db, const Run& run) {
    Statement statement(
        db, QStringLiteral("UPDATE run SET start_utc = :start_utc, start_offset = :start_offset, "
                           "distance_m = :distance_m, duration_s = :duration_s, shoe_id = "
                           ":shoe_id, surface = :surface, hilly = :hilly, type = :type, rpe = "
                           ":rpe, cadence = :cadence, hr = :hr, notes = :notes, source = :source, "
                           "source_key = :source_key, pain_during = :pain_during, pain_after = "
                           ":pain_after WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(run.id.value()));
    bindFields(statement, run);
    if (auto done = statement.exec(QStringLiteral("changing the run")); !done) return done;
    if (statement.rowsAffected() == 0) {
        return storeFailure(StoreErrorKind::NotFound,
                            QStringLiteral("there is no run with id %1").arg(run.id.value()));
    }
    return Done{};
}

StoreResult<Done> remove(QSqlDatabase& db, RunId id) {
    Statement statement(db, QStringLiteral("DELETE FROM run WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(id.value()));
    if (auto done = statement.exec(QStringLiteral("deleting the run")); !done) return done;
    if (statement.rowsAffected() == 0) {
        return storeFailure(StoreErrorKind::NotFound,
                            QStringLiteral("there is no run with id %1").arg(id.value()));
    }
    return Done{};
}

StoreResult<std::vector<Run>> select(QSqlDatabase& db, std::optional<QDate> from,
                                     std::optional<QDate> to) {
    Statement statement(db, QStringLiteral("SELECT %1 FROM run WHERE %2 ORDER BY start_utc, id")
                                .arg(kColumns, kLocalDayRangeCondition));
    bindLocalDayRange(statement, from, to);
    return readAll(statement);
}

StoreResult<std::vector<Run>> selectNear(QSqlDatabase& db, const Run& run, std::int64_t seconds) {
    Statement statement(
        db, QStringLiteral("SELECT %1 FROM run WHERE (start_utc BETWEEN :from AND :to) OR "
                           "(:key IS NOT NULL AND source_key = :key) ORDER BY start_utc, id")
                .arg(kColumns));
    statement.bind(QStringLiteral(":from"), QVariant::fromValue(run.start.utcSeconds() - seconds))
        .bind(QStringLiteral(":to"), QVariant::fromValue(run.start.utcSeconds() + seconds))
        .bind(QStringLiteral(":key"),
              run.sourceKey.isEmpty() ? QVariant() : QVariant(run.sourceKey));
    return readAll(statement);
}

StoreResult<Run> selectOne(QSqlDatabase& db, RunId id) {
    Statement statement(db, QStringLiteral("SELECT %1 FROM run WHERE id = :id").arg(kColumns));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(id.value()));
    return readAll(statement).andThen([id](std::vector<Run> runs) -> StoreResult<Run> {
        if (runs.empty()) {
            return storeFailure(StoreErrorKind::NotFound,
                                QStringLiteral("there is no run with id %1").arg(id.value()));
        }
        return std::move(runs.front());
    });
}

StoreResult<std::optional<ShoeId>> lastUsedShoe(QSqlDatabase& db) {
    Statement statement(db, QStringLiteral("SELECT shoe_id FROM run WHERE shoe_id IS NOT NULL "
                                           "ORDER BY start_utc DESC, id DESC LIMIT 1"));
    return statement.exec(QStringLiteral("reading the runs")).transform([&](Done) {
        if (!statement.query().next()) return std::optional<ShoeId>();
        return std::optional<ShoeId>(ShoeId(statement.query().value(0).toLongLong()));
    });
}

}  // namespace stridelog::run_table

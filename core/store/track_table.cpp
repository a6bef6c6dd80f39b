// SPDX-License-Identifier: GPL-3.0-or-later
#include "track_table.h"

#include "statement.h"

namespace stridelog::track_table {

StoreResult<Done> put(QSqlDatabase& db, const StoredTrack& track, int points) {
    Statement statement(db, QStringLiteral("INSERT OR REPLACE INTO run_track (run_id, points, "
                                           "data) VALUES (:run, :points, :data)"));
    statement.bind(QStringLiteral(":run"), QVariant::fromValue(track.run.value()))
        .bind(QStringLiteral(":points"), points)
        .bind(QStringLiteral(":data"), track.data);
    return statement.exec(QStringLiteral("keeping the run's track"));
}

StoreResult<Done> dropOrphan(QSqlDatabase& db, RunId run) {
    Statement statement(db, QStringLiteral("DELETE FROM run_track WHERE run_id = :run"));
    statement.bind(QStringLiteral(":run"), QVariant::fromValue(run.value()));
    return statement.exec(QStringLiteral("clearing an old track"));
}

StoreResult<std::optional<QByteArray>> select(QSqlDatabase& db, RunId run) {
    Statement statement(db, QStringLiteral("SELECT data FROM run_track WHERE run_id = :run AND "
                                           "EXISTS (SELECT 1 FROM run WHERE id = :run2)"));
    statement.bind(QStringLiteral(":run"), QVariant::fromValue(run.value()))
        .bind(QStringLiteral(":run2"), QVariant::fromValue(run.value()));
    return statement.exec(QStringLiteral("reading the run's track")).transform([&](Done) {
        if (!statement.query().next()) return std::optional<QByteArray>();
        return std::optional<QByteArray>(statement.query().value(0).toByteArray());
    });
}

StoreResult<std::optional<std::pair<StoredTrack, int>>> selectRow(QSqlDatabase& db, RunId run) {
    Statement statement(db,
                        QStringLiteral("SELECT points, data FROM run_track WHERE run_id = :run"));
    statement.bind(QStringLiteral(":run"), QVariant::fromValue(run.value()));
    if (auto done = statement.exec(QStringLiteral("reading the run's track")); !done)
        return Unexpected{done.error()};
    if (!statement.query().next()) return std::optional<std::pair<StoredTrack, int>>();
    return std::optional<std::pair<StoredTrack, int>>(
        std::pair{StoredTrack{run, statement.query().value(1).toByteArray()},
                  statement.query().value(0).toInt()});
}

StoreResult<std::vector<StoredTrack>> selectAll(QSqlDatabase& db) {
    Statement statement(db, QStringLiteral("SELECT run_id, data FROM run_track WHERE run_id IN "
                                           "(SELECT id FROM run) ORDER BY run_id"));
    return statement.exec(QStringLiteral("reading the tracks")).transform([&](Done) {
        std::vector<StoredTrack> tracks;
        while (statement.query().next()) {
            tracks.push_back({RunId(statement.query().value(0).toLongLong()),
                              statement.query().value(1).toByteArray()});
        }
        return tracks;
    });
}

StoreResult<Done> removeAll(QSqlDatabase& db) {
    Statement statement(db, QStringLiteral("DELETE FROM run_track"));
    return statement.exec(QStringLiteral("clearing the tracks"));
}

}  // namespace stridelog::track_table

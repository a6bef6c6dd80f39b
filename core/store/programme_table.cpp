// SPDX-License-Identifier: GPL-3.0-or-later
#include "programme_table.h"

#include "statement.h"

namespace stridelog::programme_table {
namespace {

const QString kColumns = QStringLiteral(
    "id, start_utc, start_offset, profile, cleared, walk_ok, stopped_utc, stopped_offset");

void bindFields(Statement& statement, const ComebackProgramme& programme) {
    const auto& stopped = programme.stoppedAt;
    statement.bind(QStringLiteral(":start_utc"), QVariant::fromValue(programme.start.utcSeconds()))
        .bind(QStringLiteral(":start_offset"), programme.start.utcOffsetSeconds())
        .bind(QStringLiteral(":profile"), toString(programme.profile))
        .bind(QStringLiteral(":cleared"), programme.cleared ? 1 : 0)
        .bind(QStringLiteral(":walk_ok"), programme.walkOk ? 1 : 0)
        .bind(QStringLiteral(":stopped_utc"),
              stopped ? QVariant::fromValue(stopped->utcSeconds()) : QVariant())
        .bind(QStringLiteral(":stopped_offset"),
              stopped ? QVariant(stopped->utcOffsetSeconds()) : QVariant());
}

StoreResult<std::vector<ComebackProgramme>> readAll(Statement& statement) {
    return statement.exec(QStringLiteral("reading the way back")).transform([&](Done) {
        std::vector<ComebackProgramme> programmes;
        QSqlQuery& row = statement.query();
        while (row.next()) {
            ComebackProgramme programme;
            programme.id = ProgrammeId(row.value(0).toLongLong());
            programme.start = Instant(row.value(1).toLongLong(), row.value(2).toInt());
            programme.profile = fromString<ComebackProfile>(row.value(3).toString())
                                    .value_or(ComebackProfile::Strict);
            programme.cleared = row.value(4).toInt() != 0;
            programme.walkOk = row.value(5).toInt() != 0;
            if (!row.value(6).isNull()) {
                programme.stoppedAt = Instant(row.value(6).toLongLong(), row.value(7).toInt());
            }
            programmes.push_back(programme);
        }
        return programmes;
    });
}

}  // namespace

StoreResult<ProgrammeId> insert(QSqlDatabase& db, const ComebackProgramme& programme, bool keepId) {
    Statement statement(db, QStringLiteral("INSERT INTO comeback_programme (%1) VALUES (:id, "
                                           ":start_utc, :start_offset, :profile, :cleared, "
                                           ":walk_ok, :stopped_utc, :stopped_offset)")
                                .arg(kColumns));
    statement.bind(QStringLiteral(":id"),
                   keepId ? QVariant::fromValue(programme.id.value()) : QVariant());
    bindFields(statement, programme);
    return statement.exec(QStringLiteral("starting the way back")).transform([&](Done) {
        return ProgrammeId(statement.lastInsertId());
    });
}

StoreResult<Done> update(QSqlDatabase& db, const ComebackProgramme& programme) {
    Statement statement(
        db, QStringLiteral("UPDATE comeback_programme SET start_utc = :start_utc, start_offset = "
                           ":start_offset, profile = :profile, cleared = :cleared, walk_ok = "
                           ":walk_ok, stopped_utc = :stopped_utc, stopped_offset = "
                           ":stopped_offset WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(programme.id.value()));
    bindFields(statement, programme);
    if (auto done = statement.exec(QStringLiteral("changing the way back")); !done) return done;
    if (statement.rowsAffected() == 0) {
        return storeFailure(
            StoreErrorKind::NotFound,
            QStringLiteral("there is no way back with id %1").arg(programme.id.value()));
    }
    return Done{};
}

StoreResult<std::vector<ComebackProgramme>> selectAll(QSqlDatabase& db) {
    Statement statement(
        db,
        QStringLiteral("SELECT %1 FROM comeback_programme ORDER BY start_utc, id").arg(kColumns));
    return readAll(statement);
}

StoreResult<ComebackProgramme> selectOne(QSqlDatabase& db, ProgrammeId id) {
    Statement statement(
        db, QStringLiteral("SELECT %1 FROM comeback_programme WHERE id = :id").arg(kColumns));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(id.value()));
    return readAll(statement).andThen(
        [id](std::vector<ComebackProgramme> all) -> StoreResult<ComebackProgramme> {
            if (all.empty()) {
                return storeFailure(
                    StoreErrorKind::NotFound,
                    QStringLiteral("there is no way back with id %1").arg(id.value()));
            }
            return all.front();
        });
}

}  // namespace stridelog::programme_table

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_table.h"

#include "statement.h"

namespace stridelog::pain_table {
namespace {

const QString kColumns = QStringLiteral(
    "id, start_utc, start_offset, end_utc, end_offset, run_id, knee, site, intensity, onset, "
    "swelling, locking, sharp, notes");

void bindFields(Statement& statement, const PainEntry& pain) {
    statement.bind(QStringLiteral(":start_utc"), QVariant::fromValue(pain.start.utcSeconds()))
        .bind(QStringLiteral(":start_offset"), pain.start.utcOffsetSeconds())
        .bind(QStringLiteral(":end_utc"),
              pain.end ? QVariant::fromValue(pain.end->utcSeconds()) : QVariant())
        .bind(QStringLiteral(":end_offset"),
              pain.end ? QVariant(pain.end->utcOffsetSeconds()) : QVariant())
        .bind(QStringLiteral(":run_id"),
              pain.run ? QVariant::fromValue(pain.run->value()) : QVariant())
        .bind(QStringLiteral(":knee"), toString(pain.knee))
        .bind(QStringLiteral(":site"), toString(pain.site))
        .bind(QStringLiteral(":intensity"), pain.intensity)
        .bind(QStringLiteral(":onset"), toString(pain.onset))
        .bind(QStringLiteral(":swelling"), pain.swelling ? 1 : 0)
        .bind(QStringLiteral(":locking"), pain.locking ? 1 : 0)
        .bind(QStringLiteral(":sharp"), pain.sharp ? 1 : 0)
        .bind(QStringLiteral(":notes"), textValue(pain.notes));
}

PainEntry read(const QSqlQuery& row) {
    PainEntry pain;
    pain.id = PainId(row.value(0).toLongLong());
    pain.start = Instant(row.value(1).toLongLong(), row.value(2).toInt());
    if (!row.value(3).isNull()) pain.end = Instant(row.value(3).toLongLong(), row.value(4).toInt());
    if (const auto run = optionalInt64(row.value(5))) pain.run = RunId(*run);
    pain.knee = fromString<Knee>(row.value(6).toString()).value_or(Knee::Both);
    pain.site = fromString<Site>(row.value(7).toString()).value_or(Site::Whole);
    pain.intensity = row.value(8).toInt();
    pain.onset = fromString<Onset>(row.value(9).toString()).value_or(Onset::After);
    pain.swelling = row.value(10).toInt() != 0;
    pain.locking = row.value(11).toInt() != 0;
    pain.sharp = row.value(12).toInt() != 0;
    pain.notes = row.value(13).toString();
    return pain;
}

StoreResult<std::vector<PainEntry>> readAll(Statement& statement) {
    return statement.exec(QStringLiteral("reading the pain entries")).transform([&](Done) {
        std::vector<PainEntry> pains;
        while (statement.query().next()) pains.push_back(read(statement.query()));
        return pains;
    });
}

StoreResult<Done> requireOneRow(const Statement& statement, PainId id) {
    if (statement.rowsAffected() > 0) return Done{};
    return storeFailure(StoreErrorKind::NotFound,
                        QStringLiteral("there is no pain entry with id %1").arg(id.value()));
}

}  // namespace

StoreResult<PainId> insert(QSqlDatabase& db, const PainEntry& pain, bool keepId) {
    Statement statement(
        db, QStringLiteral("INSERT INTO pain (%1) VALUES (:id, :start_utc, :start_offset, "
                           ":end_utc, :end_offset, :run_id, :knee, :site, :intensity, :onset, "
                           ":swelling, :locking, :sharp, :notes)")
                .arg(kColumns));
    statement.bind(QStringLiteral(":id"),
                   keepId ? QVariant::fromValue(pain.id.value()) : QVariant());
    bindFields(statement, pain);
    return statement.exec(QStringLiteral("adding the pain entry")).transform([&](Done) {
        return PainId(statement.lastInsertId());
    });
}

StoreResult<Done> update(QSqlDatabase& db, const PainEntry& pain) {
    Statement statement(
        db, QStringLiteral("UPDATE pain SET start_utc = :start_utc, start_offset = :start_offset, "
                           "end_utc = :end_utc, end_offset = :end_offset, run_id = :run_id, knee = "
                           ":knee, site = :site, intensity = :intensity, onset = :onset, swelling "
                           "= :swelling, locking = :locking, sharp = :sharp, notes = :notes "
                           "WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(pain.id.value()));
    bindFields(statement, pain);
    if (auto done = statement.exec(QStringLiteral("changing the pain entry")); !done) return done;
    return requireOneRow(statement, pain.id);
}

StoreResult<Done> remove(QSqlDatabase& db, PainId id) {
    Statement statement(db, QStringLiteral("DELETE FROM pain WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(id.value()));
    if (auto done = statement.exec(QStringLiteral("deleting the pain entry")); !done) return done;
    return requireOneRow(statement, id);
}

StoreResult<std::vector<PainEntry>> select(QSqlDatabase& db, std::optional<QDate> from,
                                           std::optional<QDate> to) {
    Statement statement(db, QStringLiteral("SELECT %1 FROM pain WHERE %2 ORDER BY start_utc, id")
                                .arg(kColumns, kLocalDayRangeCondition));
    bindLocalDayRange(statement, from, to);
    return readAll(statement);
}

StoreResult<PainEntry> selectOne(QSqlDatabase& db, PainId id) {
    Statement statement(db, QStringLiteral("SELECT %1 FROM pain WHERE id = :id").arg(kColumns));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(id.value()));
    return readAll(statement).andThen([id](std::vector<PainEntry> pains) -> StoreResult<PainEntry> {
        if (pains.empty()) {
            return storeFailure(
                StoreErrorKind::NotFound,
                QStringLiteral("there is no pain entry with id %1").arg(id.value()));
        }
        return std::move(pains.front());
    });
}

}  // namespace stridelog::pain_table

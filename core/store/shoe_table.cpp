// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_table.h"

#include "statement.h"

namespace stridelog::shoe_table {
namespace {

const QString kColumns = QStringLiteral("id, name, limit_m, start_m, since, retired_on, notes");

QVariant dateOrNull(const std::optional<QDate>& date) {
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

std::optional<QDate> dateFrom(const QVariant& value) {
    if (value.isNull()) return std::nullopt;
    return QDate::fromString(value.toString(), Qt::ISODate);
}

void bindFields(Statement& statement, const Shoe& shoe) {
    statement.bind(QStringLiteral(":name"), shoe.name.trimmed())
        .bind(QStringLiteral(":limit_m"), QVariant::fromValue(shoe.limit.metres()))
        .bind(QStringLiteral(":start_m"), QVariant::fromValue(shoe.startDistance.metres()))
        .bind(QStringLiteral(":since"), dateOrNull(shoe.since))
        .bind(QStringLiteral(":retired_on"), dateOrNull(shoe.retiredOn))
        .bind(QStringLiteral(":notes"), textValue(shoe.notes));
}

Shoe read(const QSqlQuery& row) {
    Shoe shoe;
    shoe.id = ShoeId(row.value(0).toLongLong());
    shoe.name = row.value(1).toString();
    shoe.limit = Distance::fromMetres(row.value(2).toLongLong());
    shoe.startDistance = Distance::fromMetres(row.value(3).toLongLong());
    shoe.since = dateFrom(row.value(4));
    shoe.retiredOn = dateFrom(row.value(5));
    shoe.notes = row.value(6).toString();
    return shoe;
}

}  // namespace

StoreResult<ShoeId> insert(QSqlDatabase& db, const Shoe& shoe, bool keepId) {
    Statement statement(db, QStringLiteral("INSERT INTO shoe (%1) VALUES (:id, :name, :limit_m, "
                                           ":start_m, :since, :retired_on, :notes)")
                                .arg(kColumns));
    statement.bind(QStringLiteral(":id"),
                   keepId ? QVariant::fromValue(shoe.id.value()) : QVariant());
    bindFields(statement, shoe);
    return statement.exec(QStringLiteral("adding the pair")).transform([&](Done) {
        return ShoeId(statement.lastInsertId());
    });
}

StoreResult<Done> update(QSqlDatabase& db, const Shoe& shoe) {
    Statement statement(db, QStringLiteral("UPDATE shoe SET name = :name, limit_m = :limit_m, "
                                           "start_m = :start_m, since = :since, retired_on = "
                                           ":retired_on, notes = :notes WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(shoe.id.value()));
    bindFields(statement, shoe);
    if (auto done = statement.exec(QStringLiteral("changing the pair")); !done) return done;
    if (statement.rowsAffected() == 0) {
        return storeFailure(StoreErrorKind::NotFound,
                            QStringLiteral("there is no pair with id %1").arg(shoe.id.value()));
    }
    return Done{};
}

StoreResult<Done> remove(QSqlDatabase& db, ShoeId id) {
    Statement statement(db, QStringLiteral("DELETE FROM shoe WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(id.value()));
    if (auto done = statement.exec(QStringLiteral("deleting the pair")); !done) return done;
    if (statement.rowsAffected() == 0) {
        return storeFailure(StoreErrorKind::NotFound,
                            QStringLiteral("there is no pair with id %1").arg(id.value()));
    }
    return Done{};
}

StoreResult<std::vector<Shoe>> selectAll(QSqlDatabase& db) {
    Statement statement(db, QStringLiteral("SELECT %1 FROM shoe ORDER BY id").arg(kColumns));
    return statement.exec(QStringLiteral("reading the pairs")).transform([&](Done) {
        std::vector<Shoe> shoes;
        while (statement.query().next()) shoes.push_back(read(statement.query()));
        return shoes;
    });
}

StoreResult<Shoe> selectOne(QSqlDatabase& db, ShoeId id) {
    Statement statement(db, QStringLiteral("SELECT %1 FROM shoe WHERE id = :id").arg(kColumns));
    statement.bind(QStringLiteral(":id"), QVariant::fromValue(id.value()));
    return statement.exec(QStringLiteral("reading the pair"))
        .andThen([&](Done) -> StoreResult<Shoe> {
            if (!statement.query().next()) {
                return storeFailure(StoreErrorKind::NotFound,
                                    QStringLiteral("there is no pair with id %1").arg(id.value()));
            }
            return read(statement.query());
        });
}

}  // namespace stridelog::shoe_table

// SPDX-License-Identifier: GPL-3.0-or-later
#include "morning_table.h"

#include "statement.h"

namespace stridelog::morning_table {
namespace {

QVariant dayValue(QDate day) {
    return day.toString(Qt::ISODate);
}

}  // namespace

StoreResult<bool> put(QSqlDatabase& db, const MorningCheck& morning) {
    Statement existing(db, QStringLiteral("SELECT count(*) FROM morning_check WHERE day = :day"));
    existing.bind(QStringLiteral(":day"), dayValue(morning.date));
    if (auto done = existing.exec(QStringLiteral("reading the morning checks")); !done) {
        return Unexpected{done.error()};
    }
    const bool replaced = existing.query().next() && existing.query().value(0).toInt() > 0;
    Statement statement(db, QStringLiteral("INSERT OR REPLACE INTO morning_check (day, pain, "
                                           "swelling, limp) VALUES (:day, :pain, :swelling, "
                                           ":limp)"));
    statement.bind(QStringLiteral(":day"), dayValue(morning.date))
        .bind(QStringLiteral(":pain"), morning.pain)
        .bind(QStringLiteral(":swelling"), morning.swelling ? 1 : 0)
        .bind(QStringLiteral(":limp"), morning.limp ? 1 : 0);
    return statement.exec(QStringLiteral("saving the morning check")).transform([replaced](Done) {
        return replaced;
    });
}

StoreResult<Done> remove(QSqlDatabase& db, QDate day) {
    Statement statement(db, QStringLiteral("DELETE FROM morning_check WHERE day = :day"));
    statement.bind(QStringLiteral(":day"), dayValue(day));
    if (auto done = statement.exec(QStringLiteral("deleting the morning check")); !done) {
        return done;
    }
    if (statement.rowsAffected() == 0) {
        return storeFailure(
            StoreErrorKind::NotFound,
            QStringLiteral("there is no morning check on %1").arg(day.toString(Qt::ISODate)));
    }
    return Done{};
}

StoreResult<std::vector<MorningCheck>> select(QSqlDatabase& db, std::optional<QDate> from,
                                              std::optional<QDate> to) {
    Statement statement(db, QStringLiteral("SELECT day, pain, swelling, limp FROM morning_check "
                                           "WHERE (:from IS NULL OR day >= :from) AND (:to IS "
                                           "NULL OR day <= :to) ORDER BY day"));
    statement.bind(QStringLiteral(":from"), from ? dayValue(*from) : QVariant())
        .bind(QStringLiteral(":to"), to ? dayValue(*to) : QVariant());
    return statement.exec(QStringLiteral("reading the morning checks")).transform([&](Done) {
        std::vector<MorningCheck> mornings;
        QSqlQuery& row = statement.query();
        while (row.next()) {
            mornings.push_back({QDate::fromString(row.value(0).toString(), Qt::ISODate),
                                row.value(1).toInt(), row.value(2).toInt() != 0,
                                row.value(3).toInt() != 0});
        }
        return mornings;
    });
}

}  // namespace stridelog::morning_table

// SPDX-License-Identifier: GPL-3.0-or-later
#include "source_table.h"

#include "statement.h"

namespace stridelog::source_table {

StoreResult<bool> add(QSqlDatabase& db, const QString& path) {
    Statement statement(
        db, QStringLiteral("INSERT OR IGNORE INTO source_folder (path) VALUES (:path)"));
    statement.bind(QStringLiteral(":path"), path);
    return statement.exec(QStringLiteral("adding the watched folder")).transform([&](Done) {
        return statement.rowsAffected() > 0;
    });
}

StoreResult<Done> remove(QSqlDatabase& db, const QString& path) {
    Statement statement(db, QStringLiteral("DELETE FROM source_folder WHERE path = :path"));
    statement.bind(QStringLiteral(":path"), path);
    if (auto done = statement.exec(QStringLiteral("removing the watched folder")); !done) {
        return done;
    }
    if (statement.rowsAffected() == 0) {
        return storeFailure(StoreErrorKind::NotFound,
                            QStringLiteral("%1 is not a watched folder").arg(path));
    }
    return Done{};
}

StoreResult<QStringList> selectAll(QSqlDatabase& db) {
    Statement statement(db, QStringLiteral("SELECT path FROM source_folder ORDER BY path"));
    return statement.exec(QStringLiteral("reading the watched folders")).transform([&](Done) {
        QStringList paths;
        QSqlQuery& row = statement.query();
        while (row.next()) paths.append(row.value(0).toString());
        return paths;
    });
}

}  // namespace stridelog::source_table

// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup_schema.h"

#include "sql_error.h"

#include <QSet>
#include <QSqlQuery>

namespace stridelog {
namespace {

struct ColumnsSince {
    int version;  // the columns are needed from this schema version on
    QStringList columns;
};

struct TableShape {
    QString name;
    int sinceVersion;  // the table is needed from this schema version on
    std::vector<ColumnsSince> columns;
};

const std::vector<TableShape>& expectedTables() {
    static const std::vector<TableShape> tables = {
        {QStringLiteral("shoe"),
         0,
         {{0,
           {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("limit_m"),
            QStringLiteral("start_m"), QStringLiteral("since"), QStringLiteral("retired_on"),
            QStringLiteral("notes")}}}},
        {QStringLiteral("run"),
         0,
         {{0,
           {QStringLiteral("id"), QStringLiteral("start_utc"), QStringLiteral("start_offset"),
            QStringLiteral("distance_m"), QStringLiteral("duration_s"), QStringLiteral("shoe_id"),
            QStringLiteral("surface"), QStringLiteral("hilly"), QStringLiteral("type"),
            QStringLiteral("rpe"), QStringLiteral("cadence"), QStringLiteral("hr"),
            QStringLiteral("notes"), QStringLiteral("source")}},
          {2, {QStringLiteral("source_key")}},
          {4, {QStringLiteral("pain_during"), QStringLiteral("pain_after")}}}},
        {QStringLiteral("pain"),
         0,
         {{0,
           {QStringLiteral("id"), QStringLiteral("start_utc"), QStringLiteral("start_offset"),
            QStringLiteral("end_utc"), QStringLiteral("end_offset"), QStringLiteral("run_id"),
            QStringLiteral("knee"), QStringLiteral("site"), QStringLiteral("intensity"),
            QStringLiteral("onset"), QStringLiteral("swelling"), QStringLiteral("locking"),
            QStringLiteral("sharp"), QStringLiteral("notes")}}}},
        {QStringLiteral("setting"), 0, {{0, {QStringLiteral("key"), QStringLiteral("value")}}}},
        {QStringLiteral("morning_check"),
         4,
         {{4,
           {QStringLiteral("day"), QStringLiteral("pain"), QStringLiteral("swelling"),
            QStringLiteral("limp")}}}},
        {QStringLiteral("comeback_programme"),
         4,
         {{4,
           {QStringLiteral("id"), QStringLiteral("start_utc"), QStringLiteral("start_offset"),
            QStringLiteral("profile"), QStringLiteral("cleared"), QStringLiteral("walk_ok"),
            QStringLiteral("stopped_utc"), QStringLiteral("stopped_offset")}}}},
    };
    return tables;
}

Unexpected<StoreError> badShape(const QString& what) {
    return storeFailure(StoreErrorKind::NotAJournal,
                        QStringLiteral("not a Stridelog journal: %1").arg(what));
}

StoreResult<Done> checkColumns(QSqlDatabase& db, const TableShape& table, int userVersion) {
    QSqlQuery query(db);
    // The table name is one of our constants, never text from the file.
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.name))) {
        return Unexpected{fromSqlError(query.lastError(), QStringLiteral("reading the schema"))};
    }
    QSet<QString> present;
    while (query.next()) present.insert(query.value(1).toString().toLower());
    QStringList needed;
    for (const ColumnsSince& since : table.columns) {
        if (userVersion >= since.version) needed << since.columns;
    }
    for (const QString& column : needed) {
        if (!present.contains(column)) {
            return badShape(QStringLiteral("table %1 has no column %2").arg(table.name, column));
        }
    }
    return Done{};
}

}  // namespace

StoreResult<Done> checkJournalSchema(QSqlDatabase& db, int userVersion) {
    if (userVersion == 0) return Done{};  // a new, empty journal: nothing to read
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_schema"))) {
        return Unexpected{fromSqlError(query.lastError(), QStringLiteral("reading the schema"))};
    }
    QSet<QString> tables;
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString().toLower();
        if (type == QLatin1String("view") || type == QLatin1String("trigger")) {
            return badShape(QStringLiteral("it holds a %1 (%2)").arg(type, name));
        }
        if (type != QLatin1String("table")) continue;
        if (query.value(2).toString().trimmed().startsWith(QLatin1String("CREATE VIRTUAL"),
                                                           Qt::CaseInsensitive)) {
            return badShape(QStringLiteral("%1 is a virtual table").arg(name));
        }
        tables.insert(name);
    }
    query.finish();
    for (const TableShape& table : expectedTables()) {
        if (userVersion < table.sinceVersion) continue;
        if (!tables.contains(table.name)) {
            return badShape(QStringLiteral("it has no table %1").arg(table.name));
        }
        if (auto columns = checkColumns(db, table, userVersion); !columns) return columns;
    }
    return Done{};
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings_table.h"

#include "statement.h"

namespace stridelog::settings_table {

StoreResult<Settings> load(QSqlDatabase& db) {
    Statement statement(db, QStringLiteral("SELECT key, value FROM setting"));
    if (auto done = statement.exec(QStringLiteral("reading the settings")); !done) {
        return Unexpected{done.error()};
    }
    Settings settings;
    while (statement.query().next()) {
        const QString key = statement.query().value(0).toString();
        // Keys this version does not know (written by a later one) are kept in the file but
        // do not change what this version computes.
        if (!SettingsKeys::all().contains(key)) continue;
        if (auto problem =
                SettingsKeys::assign(settings, key, statement.query().value(1).toString())) {
            return storeFailure(
                StoreErrorKind::Corrupt,
                QStringLiteral("the journal holds a bad setting: %1").arg(*problem));
        }
    }
    return settings;
}

StoreResult<Done> save(QSqlDatabase& db, const Settings& settings) {
    for (const QString& key : SettingsKeys::all()) {
        Statement statement(db, QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, "
                                               ":value) ON CONFLICT (key) DO UPDATE SET value = "
                                               "excluded.value"));
        statement.bind(QStringLiteral(":key"), key)
            .bind(QStringLiteral(":value"), SettingsKeys::valueOf(settings, key));
        if (auto done = statement.exec(QStringLiteral("saving the settings")); !done) return done;
    }
    return Done{};
}

}  // namespace stridelog::settings_table

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads the fields of one entry of a journal export ("runs[3]") and keeps the first problem,
// worded with the entry and key it concerns ("runs[3].surface: 'asphalt' is not one of
// road, trail, ..."). Reading goes on after a problem with harmless defaults, so the entry
// readers stay straight-line code and check ok() once at the end.

#include "core/model/enum_names.h"
#include "core/model/instant.h"
#include "core/model/units.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace stridelog {

class JsonFields {
public:
    JsonFields(const QJsonObject& object, QString path) : object_(object), path_(std::move(path)) {}

    bool ok() const { return !error_.has_value(); }
    const QString& error() const { return *error_; }
    // Records a problem with `key`, unless an earlier one was recorded.
    void fail(const QString& key, const QString& message);

    // Null and absent read as no value; `required` makes that a problem.
    std::optional<qint64> integer(const QString& key, bool required = false);
    std::optional<int> smallInteger(const QString& key);
    QString text(const QString& key, bool required = false);
    bool flag(const QString& key);
    std::optional<QDate> date(const QString& key);
    // `key` as local `YYYY-MM-DDTHH:MM:SS` and `key_utc_offset_s`; without the offset, the
    // time is read in the system's time zone.
    std::optional<Instant> instant(const QString& key, bool required = false);
    // `stem_m` if present, else `stem_km`.
    std::optional<Distance> distance(const QString& stem, bool required = false);

    template <class E>
    std::optional<E> enumeration(const QString& key, bool required = false) {
        const QString name = text(key, required);
        if (name.isEmpty()) return std::nullopt;
        const std::optional<E> value = fromString<E>(name);
        if (!value) {
            fail(key, QStringLiteral("'%1' is not one of %2")
                          .arg(name, acceptedNames<E>().join(QStringLiteral(", "))));
        }
        return value;
    }

private:
    // The value, or nothing when it is null or absent (a problem when required).
    std::optional<QJsonValue> present(const QString& key, bool required);
    void failType(const QString& key, const QString& expected, const QJsonValue& value);

    const QJsonObject& object_;
    QString path_;
    std::optional<QString> error_;
};

}  // namespace stridelog

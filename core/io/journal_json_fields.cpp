// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_json_fields.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace stridelog {
namespace {

// The largest whole numbers a JSON double holds exactly.
constexpr double kExactLimit = 9'007'199'254'740'992.0;
// Real UTC offsets lie within ±14 h; anything beyond 18 h is not an offset.
constexpr qint64 kMaxOffsetSeconds = 18 * 3600;

QString describe(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return QString::number(value.toDouble(), 'g', 17);
        case QJsonValue::String:
            return QStringLiteral("\"%1\"").arg(value.toString().left(40));
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        default:
            return QStringLiteral("null");
    }
}

}  // namespace

void JsonFields::fail(const QString& key, const QString& message) {
    if (!error_) error_ = QStringLiteral("%1.%2: %3").arg(path_, key, message);
}

void JsonFields::failType(const QString& key, const QString& expected, const QJsonValue& value) {
    fail(key, QStringLiteral("expected %1, not %2").arg(expected, describe(value)));
}

std::optional<QJsonValue> JsonFields::present(const QString& key, bool required) {
    const QJsonValue value = object_.value(key);
    if (!value.isNull() && !value.isUndefined()) return value;
    if (required) fail(key, QStringLiteral("missing"));
    return std::nullopt;
}

std::optional<qint64> JsonFields::integer(const QString& key, bool required) {
    const auto value = present(key, required);
    if (!value) return std::nullopt;
    const double number = value->toDouble();
    if (!value->isDouble() || std::trunc(number) != number || std::abs(number) > kExactLimit) {
        failType(key, QStringLiteral("a whole number"), *value);
        return std::nullopt;
    }
    return value->toInteger();
}

std::optional<int> JsonFields::smallInteger(const QString& key) {
    const auto number = integer(key);
    if (number && (*number < -1'000'000 || *number > 1'000'000)) {
        fail(key, QStringLiteral("%1 is out of range").arg(*number));
        return std::nullopt;
    }
    return number ? std::optional<int>(static_cast<int>(*number)) : std::nullopt;
}

QString JsonFields::text(const QString& key, bool required) {
    const auto value = present(key, required);
    if (!value) return {};
    if (!value->isString()) {
        failType(key, QStringLiteral("text"), *value);
        return {};
    }
    return value->toString();
}

bool JsonFields::flag(const QString& key) {
    const auto value = present(key, false);
    if (!value) return false;
    if (!value->isBool()) failType(key, QStringLiteral("true or false"), *value);
    return value->toBool();
}

std::optional<QDate> JsonFields::date(const QString& key) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString value = text(key);
    if (value.isEmpty()) return std::nullopt;
    const QDate parsed = QDate::fromString(value, Qt::ISODate);
    if (!pattern.match(value).hasMatch() || !parsed.isValid()) {
        fail(key, QStringLiteral("'%1' is not a date like 2026-03-14").arg(value));
        return std::nullopt;
    }
    return parsed;
}

std::optional<Instant> JsonFields::instant(const QString& key, bool required) {
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2})$"));
    const QString value = text(key, required);
    if (value.isEmpty()) return std::nullopt;
    const auto match = pattern.match(value);
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm:ss"));
    if (!match.hasMatch() || !date.isValid() || !time.isValid()) {
        fail(key, QStringLiteral("'%1' is not a local time like 2026-03-14T07:30:00").arg(value));
        return std::nullopt;
    }
    const QString offsetKey = key + QLatin1String("_utc_offset_s");
    const auto offset = integer(offsetKey);
    if (!offset) return Instant::fromLocal(date, time);
    if (std::abs(*offset) > kMaxOffsetSeconds) {
        fail(offsetKey, QStringLiteral("%1 s is not a UTC offset (at most ±18 h)").arg(*offset));
        return std::nullopt;
    }
    const qint64 wallClock = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    return Instant(wallClock - *offset, static_cast<int>(*offset));
}

std::optional<Distance> JsonFields::distance(const QString& stem, bool required) {
    const QString metresKey = stem + QLatin1String("_m");
    const QString kmKey = stem + QLatin1String("_km");
    if (const auto metres = integer(metresKey)) return Distance::fromMetres(*metres);
    const auto value = present(kmKey, required);
    if (!value) return std::nullopt;
    const double km = value->toDouble();
    if (!value->isDouble() || !std::isfinite(km) || std::abs(km) > 1e9) {
        failType(kmKey, QStringLiteral("a number of kilometres"), *value);
        return std::nullopt;
    }
    return Distance::fromMetres(std::llround(km * 1000.0));
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_json_settings.h"

#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace stridelog {
namespace {

QJsonValue toJsonValue(const QString& text) {
    if (text == QLatin1String("null")) return QJsonValue(QJsonValue::Null);
    bool whole = false;
    const qint64 integer = text.toLongLong(&whole);
    if (whole) return QJsonValue(integer);
    bool number = false;
    const double value = text.toDouble(&number);
    if (number && std::isfinite(value)) return QJsonValue(value);
    return QJsonValue(text);
}

// The text SettingsKeys::assign reads, or nothing for a value no setting can take.
std::optional<QString> toSettingText(const QJsonValue& value) {
    if (value.isNull()) return QStringLiteral("null");
    if (value.isString()) return value.toString();
    if (!value.isDouble()) return std::nullopt;
    const double number = value.toDouble();
    if (std::trunc(number) == number && std::abs(number) < 1e15) {
        return QString::number(static_cast<qint64>(number));
    }
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

}  // namespace

QJsonObject settingsToJson(const Settings& settings) {
    QJsonObject object;
    for (const QString& key : SettingsKeys::all()) {
        object.insert(key, toJsonValue(SettingsKeys::valueOf(settings, key)));
    }
    return object;
}

std::optional<QString> settingsFromJson(const QJsonObject& object, Settings& settings) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::optional<QString> text = toSettingText(it.value());
        if (!text) {
            return QStringLiteral("settings.%1: expected a number, text or null").arg(it.key());
        }
        if (auto error = SettingsKeys::assign(settings, it.key(), *text)) {
            return QStringLiteral("settings.%1: %2").arg(it.key(), *error);
        }
    }
    return std::nullopt;
}

}  // namespace stridelog

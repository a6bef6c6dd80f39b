// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QLocale>

#include <cmath>

namespace stridelog {
namespace {

const QString kWeekStart = QStringLiteral("week_start");
const QString kWeeklyIncrease = QStringLiteral("weekly_increase_pct");
const QString kComeback = QStringLiteral("comeback_pct");
const QString kShoeLimit = QStringLiteral("shoe_limit_km");
const QString kCadenceMin = QStringLiteral("cadence_min_spm");
const QString kBodyWeight = QStringLiteral("body_weight_kg");
const QString kUnits = QStringLiteral("units");

std::optional<QString> assignWholeNumber(int& target, const QString& key, const QString& value,
                                         int low, int high) {
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < low || number > high) {
        return QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'")
            .arg(key)
            .arg(low)
            .arg(high)
            .arg(value);
    }
    target = number;
    return std::nullopt;
}

}  // namespace

QStringList SettingsKeys::all() {
    return {kWeekStart, kWeeklyIncrease, kComeback, kShoeLimit, kCadenceMin, kBodyWeight, kUnits};
}

QString SettingsKeys::valueOf(const Settings& settings, const QString& key) {
    if (key == kWeekStart)
        return settings.weekStart == Qt::Sunday ? QStringLiteral("sunday")
                                                : QStringLiteral("monday");
    if (key == kWeeklyIncrease) return QString::number(settings.weeklyIncreasePct);
    if (key == kComeback) return QString::number(settings.comebackPct);
    if (key == kShoeLimit) return QString::number(settings.shoeLimitKm);
    if (key == kCadenceMin) return QString::number(settings.cadenceMinSpm);
    if (key == kBodyWeight)
        return settings.bodyWeightKg
                   ? QString::number(*settings.bodyWeightKg, 'g', QLocale::FloatingPointShortest)
                   : QStringLiteral("null");
    if (key == kUnits) return toString(settings.units);
    return {};
}

std::optional<QString> SettingsKeys::assign(Settings& settings, const QString& key,
                                            const QString& value) {
    if (key == kWeekStart) {
        if (value == QLatin1String("monday")) {
            settings.weekStart = Qt::Monday;
        } else if (value == QLatin1String("sunday")) {
            settings.weekStart = Qt::Sunday;
        } else {
            return QStringLiteral("week_start must be monday or sunday, not '%1'").arg(value);
        }
        return std::nullopt;
    }
    if (key == kWeeklyIncrease)
        return assignWholeNumber(settings.weeklyIncreasePct, key, value, 5, 50);
    if (key == kComeback) return assignWholeNumber(settings.comebackPct, key, value, 10, 100);
    if (key == kShoeLimit) return assignWholeNumber(settings.shoeLimitKm, key, value, 100, 5000);
    if (key == kCadenceMin) return assignWholeNumber(settings.cadenceMinSpm, key, value, 60, 260);
    if (key == kBodyWeight) {
        if (value == QLatin1String("null") || value.isEmpty()) {
            settings.bodyWeightKg.reset();
            return std::nullopt;
        }
        bool ok = false;
        const double kg = value.toDouble(&ok);
        if (!ok || !std::isfinite(kg) || kg < 20.0 || kg > 400.0) {
            return QStringLiteral(
                       "body_weight_kg must be a number from 20 to 400, or null, not '%1'")
                .arg(value);
        }
        settings.bodyWeightKg = kg;
        return std::nullopt;
    }
    if (key == kUnits) {
        const auto units = fromString<UnitSystem>(value);
        if (!units) return QStringLiteral("units must be km or mi, not '%1'").arg(value);
        settings.units = *units;
        return std::nullopt;
    }
    return QStringLiteral("unknown setting '%1'; settings are: %2")
        .arg(key, all().join(QStringLiteral(", ")));
}

}  // namespace stridelog

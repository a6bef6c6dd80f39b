// SPDX-License-Identifier: GPL-3.0-or-later
// Builds CLI.md's JSON objects from model values and rule results. Derived numbers are rounded
// here, once, so every command prints them alike.

#include "json_output.h"

#include "core/model/settings.h"

#include <cmath>

namespace stridelog::cli {
namespace {

double rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

template <class T, class Convert>
QJsonValue orNull(const std::optional<T>& value, Convert convert) {
    return value ? QJsonValue(convert(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue intOrNull(const std::optional<int>& value) {
    return orNull(value, [](int number) { return number; });
}

QJsonValue decimalOrNull(const std::optional<double>& value, int decimals) {
    return orNull(value, [decimals](double number) { return rounded(number, decimals); });
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const std::optional<QDate>& date) {
    return orNull(date, [](QDate day) { return day.toString(Qt::ISODate); });
}

template <class E>
QJsonValue enumOrNull(const std::optional<E>& value) {
    return orNull(value, [](E item) { return toString(item); });
}

QJsonValue idJson(std::int64_t id) {
    return QJsonValue(static_cast<qint64>(id));
}

QJsonObject subjectJson(const WarningSubject& subject) {
    switch (subject.kind) {
        case WarningSubject::Kind::Week:
            return {{QStringLiteral("week"), subject.week.toString(Qt::ISODate)}};
        case WarningSubject::Kind::Run:
            return {{QStringLiteral("run"), idJson(subject.id)}};
        case WarningSubject::Kind::Shoe:
            return {{QStringLiteral("shoe"), idJson(subject.id)}};
        case WarningSubject::Kind::Pain:
            return {{QStringLiteral("pain"), idJson(subject.id)}};
        case WarningSubject::Kind::Journal:
            break;
    }
    return {{QStringLiteral("journal"), true}};
}

}  // namespace

QJsonValue kmJson(Distance distance) {
    return rounded(distance.km(), 3);
}

QString limitRuleName(LimitRule rule) {
    switch (rule) {
        case LimitRule::WeeklyIncrease:
            return QStringLiteral("weekly-increase");
        case LimitRule::ComebackVolume:
            return QStringLiteral("comeback-volume");
        case LimitRule::None:
            break;
    }
    return {};
}

QJsonObject shoeJson(const Shoe& shoe, const ShoeWear& wear) {
    return {
        {QStringLiteral("id"), idJson(shoe.id.value())},
        {QStringLiteral("name"), shoe.name},
        {QStringLiteral("km"), kmJson(wear.distance)},
        {QStringLiteral("limit_km"), kmJson(shoe.limit)},
        {QStringLiteral("percent"), rounded(wear.percent, 1)},
        {QStringLiteral("status"), toString(wear.status)},
        {QStringLiteral("runs"), wear.runs},
        {QStringLiteral("since"), dateOrNull(shoe.since)},
        {QStringLiteral("retired_on"), dateOrNull(shoe.retiredOn)},
        {QStringLiteral("notes"), textOrNull(shoe.notes)},
    };
}

QJsonObject runJson(const Run& run, std::optional<double> spikePercent) {
    return {
        {QStringLiteral("id"), idJson(run.id.value())},
        {QStringLiteral("start"), run.start.toLocalIsoString()},
        {QStringLiteral("distance_km"), kmJson(run.distance)},
        {QStringLiteral("duration_s"), static_cast<qint64>(run.duration.seconds())},
        {QStringLiteral("pace_s_per_km"),
         static_cast<qint64>(paceSecondsPerKm(run.distance, run.duration))},
        {QStringLiteral("shoe_id"), orNull(run.shoe, [](ShoeId id) { return idJson(id.value()); })},
        {QStringLiteral("surface"), enumOrNull(run.surface)},
        {QStringLiteral("hilly"), run.hilly},
        {QStringLiteral("type"), enumOrNull(run.type)},
        {QStringLiteral("rpe"), intOrNull(run.rpe)},
        {QStringLiteral("pain_during"), intOrNull(run.painDuring)},
        {QStringLiteral("pain_after"), intOrNull(run.painAfter)},
        {QStringLiteral("cadence"), intOrNull(run.cadence)},
        {QStringLiteral("hr"), intOrNull(run.heartRate)},
        {QStringLiteral("notes"), textOrNull(run.notes)},
        {QStringLiteral("source"), toString(run.source)},
        {QStringLiteral("spike_pct"), decimalOrNull(spikePercent, 1)},
    };
}

QJsonObject painJson(const PainEntry& pain, const PainAssessment& assessment) {
    const QJsonObject hint{{QStringLiteral("condition"), assessment.hint.condition},
                           {QStringLiteral("pattern"), assessment.hint.pattern}};
    return {
        {QStringLiteral("id"), idJson(pain.id.value())},
        {QStringLiteral("start"), pain.start.toLocalIsoString()},
        {QStringLiteral("end"),
         orNull(pain.end, [](Instant end) { return end.toLocalIsoString(); })},
        {QStringLiteral("run_id"), orNull(pain.run, [](RunId id) { return idJson(id.value()); })},
        {QStringLiteral("knee"), toString(pain.knee)},
        {QStringLiteral("site"), toString(pain.site)},
        {QStringLiteral("intensity"), pain.intensity},
        {QStringLiteral("onset"), toString(pain.onset)},
        {QStringLiteral("swelling"), pain.swelling},
        {QStringLiteral("locking"), pain.locking},
        {QStringLiteral("sharp"), pain.sharp},
        {QStringLiteral("notes"), textOrNull(pain.notes)},
        {QStringLiteral("duration_h"), rounded(assessment.duration.hours(), 2)},
        {QStringLiteral("stage"), assessment.stage},
        {QStringLiteral("adaptation"), assessment.adaptation},
        {QStringLiteral("hint"), hint},
    };
}

QJsonObject weekJson(const WeekSummary& week) {
    const QString rule = limitRuleName(week.limitRule);
    return {
        {QStringLiteral("week_start"), week.weekStart.toString(Qt::ISODate)},
        {QStringLiteral("km"), kmJson(week.volume)},
        {QStringLiteral("runs"), week.runs},
        {QStringLiteral("previous_km"), kmJson(week.previousVolume)},
        {QStringLiteral("change_pct"), decimalOrNull(week.changePct, 1)},
        {QStringLiteral("limit_km"), orNull(week.limit, kmJson)},
        {QStringLiteral("limit_rule"), rule.isEmpty() ? QJsonValue(QJsonValue::Null) : rule},
        {QStringLiteral("over_limit"), week.overLimit},
        {QStringLiteral("remaining_km"), orNull(week.remaining, kmJson)},
        {QStringLiteral("pain_max"), intOrNull(week.painMax)},
        {QStringLiteral("acute"), decimalOrNull(week.acute, 3)},
        {QStringLiteral("chronic"), decimalOrNull(week.chronic, 3)},
        {QStringLiteral("acwr"), decimalOrNull(week.acwr, 2)},
    };
}

QJsonObject warningJson(const Warning& warning) {
    QJsonObject object{
        {QStringLiteral("code"), warning.code},
        {QStringLiteral("severity"), toString(warning.severity)},
        {QStringLiteral("subject"), subjectJson(warning.subject)},
        {QStringLiteral("message"), warning.message},
        {QStringLiteral("advice"), warning.advice},
        {QStringLiteral("source"), warning.source},
    };
    // The extras belong to their codes only (CLI.md), whatever else the engine filled in.
    if (warning.code == QLatin1String("see-doctor")) {
        object.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(warning.reasons));
    } else if (warning.code == QLatin1String("pain-stage")) {
        object.insert(QStringLiteral("stage"), intOrNull(warning.stage));
    } else if (warning.code == QLatin1String("run-spike")) {
        object.insert(QStringLiteral("band"),
                      orNull(warning.band, [](const QString& band) { return band; }));
    }
    return object;
}

QJsonArray warningsJson(const std::vector<Warning>& warnings) {
    QJsonArray array;
    for (const Warning& warning : warnings) array.append(warningJson(warning));
    return array;
}

QJsonValue settingJson(const Settings& settings, const QString& key) {
    const QString value = SettingsKeys::valueOf(settings, key);
    if (key == QLatin1String("week_start") || key == QLatin1String("units")) return value;
    if (key == QLatin1String("body_weight_kg")) {
        return settings.bodyWeightKg ? QJsonValue(*settings.bodyWeightKg)
                                     : QJsonValue(QJsonValue::Null);
    }
    return value.toInt();
}

QJsonObject settingsJson(const Settings& settings) {
    QJsonObject object;
    for (const QString& key : SettingsKeys::all()) object.insert(key, settingJson(settings, key));
    return object;
}

}  // namespace stridelog::cli

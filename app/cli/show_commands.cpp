// SPDX-License-Identifier: GPL-3.0-or-later
// `run show ID` and `shoe show ID [--as-of T]` (CLI.md, added in 1.1): one entry with
// everything the journal holds of it. The numbers come from the core (splits, pain that
// follows, km per week and the day a pair reaches its limit); this file only prints them.

#include "command.h"
#include "json_output.h"
#include "text_output.h"
#include "value_options.h"

#include "core/i18n/contexts.h"
#include "core/i18n/locale_text.h"
#include "core/model/unit_text.h"
#include "core/rules/evaluation.h"
#include "core/rules/pain_follows.h"
#include "core/rules/rules_engine.h"
#include "core/rules/run_splits.h"

#include <cmath>

namespace stridelog::cli {
namespace {

qint64 whole(double value) {
    return static_cast<qint64>(std::llround(value));
}

QJsonValue kmOf(double metres) {
    return std::round(metres) / 1000.0;
}

qint64 pacePerKm(double metres, double seconds) {
    return metres > 0 ? whole(seconds * 1000.0 / metres) : 0;
}

QJsonValue numberOrNull(const std::optional<double>& value) {
    return value ? QJsonValue(whole(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue trackJson(const std::optional<Track>& track) {
    if (!track || track->samples.empty()) return QJsonValue::Null;
    const TrackSummary summary = summarizeTrack(*track);
    return QJsonObject{{QStringLiteral("points"), summary.points},
                       {QStringLiteral("has_position"), summary.hasPosition},
                       {QStringLiteral("has_hr"), summary.hasHeartRate},
                       {QStringLiteral("has_cadence"), summary.hasCadence},
                       {QStringLiteral("has_altitude"), summary.hasAltitude}};
}

QJsonArray lapsJson(const std::optional<Track>& track) {
    QJsonArray laps;
    if (!track) return laps;
    for (const Lap& lap : track->laps) {
        laps.append(
            QJsonObject{{QStringLiteral("distance_km"), kmOf(lap.metres)},
                        {QStringLiteral("duration_s"), whole(lap.seconds)},
                        {QStringLiteral("pace_s_per_km"), pacePerKm(lap.metres, lap.seconds)},
                        {QStringLiteral("hr"), numberOrNull(lap.heartRate)}});
    }
    return laps;
}

QJsonArray splitsJson(const std::vector<Split>& splits) {
    QJsonArray array;
    for (const Split& split : splits) {
        array.append(
            QJsonObject{{QStringLiteral("distance_km"), kmOf(split.metres)},
                        {QStringLiteral("duration_s"), whole(split.seconds)},
                        {QStringLiteral("pace_s_per_km"), pacePerKm(split.metres, split.seconds)},
                        {QStringLiteral("hr"), numberOrNull(split.heartRate)},
                        {QStringLiteral("ascent_m"), numberOrNull(split.ascentMetres)}});
    }
    return array;
}

QString trackText(const std::optional<Track>& track) {
    if (!track || track->samples.empty()) return CliWords::tr("Track: none kept\n");
    const TrackSummary summary = summarizeTrack(*track);
    QStringList parts{CliWords::tr("%1 points").arg(summary.points)};
    if (summary.hasPosition) parts << CliWords::tr("route");
    if (summary.hasHeartRate) parts << CliWords::tr("heart rate");
    if (summary.hasCadence) parts << CliWords::tr("cadence");
    if (summary.hasAltitude) parts << CliWords::tr("elevation");
    return CliWords::tr("Track: %1\n").arg(parts.join(QStringLiteral(", ")));
}

QString runShowText(const Run& run, const std::optional<double>& spike,
                    const std::optional<Track>& track, const std::vector<Split>& splits,
                    const std::vector<PainId>& pain, UnitSystem units) {
    QString text = runsText({{run, spike}}, units) + trackText(track);
    const QString unit = unitSymbol(units);
    if (track && !track->laps.empty()) {
        QList<QStringList> rows;
        int number = 0;
        for (const Lap& lap : track->laps) {
            rows.append(
                {QString::number(++number),
                 formatDistance(Distance::fromMetres(whole(lap.metres)), units),
                 formatPace(whole(lap.seconds)),
                 lap.heartRate ? QString::number(whole(*lap.heartRate)) : QStringLiteral("-")});
        }
        text += QLatin1Char('\n') + CliWords::tr("Laps") + QLatin1Char('\n') +
                renderTable({CliWords::tr("lap"), CliWords::tr("distance"), CliWords::tr("time"),
                             CliWords::tr("hr")},
                            rows);
    }
    if (!splits.empty()) {
        QList<QStringList> rows;
        int number = 0;
        for (const Split& split : splits) {
            rows.append(
                {QStringLiteral("%1 %2").arg(++number).arg(unit), formatPace(whole(split.seconds)),
                 split.heartRate ? QString::number(whole(*split.heartRate)) : QStringLiteral("-"),
                 split.ascentMetres ? QStringLiteral("%1 m").arg(whole(*split.ascentMetres))
                                    : QStringLiteral("-")});
        }
        text += QLatin1Char('\n') + CliWords::tr("Splits") + QLatin1Char('\n') +
                renderTable(
                    {unit, CliWords::tr("time"), CliWords::tr("hr"), CliWords::tr("ascent")}, rows);
    }
    QStringList ids;
    for (const PainId id : pain) ids << QString::number(id.value());
    text += QLatin1Char('\n') +
            CliWords::tr("Pain after it: %1\n")
                .arg(ids.isEmpty() ? CliWords::tr("none") : ids.join(QStringLiteral(", ")));
    return text;
}

}  // namespace

CommandResult runShow(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(arguments, {{}, {}, 1, 1, QStringLiteral("run show ID")});
    if (!options) return Unexpected{options.error()};
    const auto id = parseId(options->positional.at(0), QStringLiteral("run"));
    if (!id) return Unexpected{id.error()};
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto run = (*journal)->run(RunId(*id));
    if (!run) return fromStoreError(run.error());
    const auto track = (*journal)->track(RunId(*id));
    if (!track) return fromStoreError(track.error());
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};

    const std::optional<double> spike = runSpikePercent(*snapshot, *run);
    const UnitSystem units = snapshot->settings.units;
    const std::vector<Split> splits =
        *track ? splitsOf(**track, splitLengthMetres(units)) : std::vector<Split>{};
    const std::vector<PainId> pain = painFollowing(*snapshot, *run);

    QJsonObject object = runJson(*run, spike);
    object.insert(QStringLiteral("track"), trackJson(*track));
    object.insert(QStringLiteral("laps"), lapsJson(*track));
    object.insert(QStringLiteral("splits"), splitsJson(splits));
    QJsonArray painIds;
    for (const PainId painId : pain) painIds.append(static_cast<qint64>(painId.value()));
    object.insert(QStringLiteral("pain"), painIds);
    return CommandOutput{object, runShowText(*run, spike, *track, splits, pain, units), {}};
}

CommandResult shoeShow(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(
        arguments,
        {{QStringLiteral("--as-of")}, {}, 1, 1, QStringLiteral("shoe show ID [--as-of T]")});
    if (!options) return Unexpected{options.error()};
    const auto id = parseId(options->positional.at(0), QStringLiteral("shoe"));
    if (!id) return Unexpected{id.error()};
    ValueReader values(*options);
    const auto asOf = values.instant(QStringLiteral("--as-of"));
    if (values.failure()) return Unexpected{*values.failure()};
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto shoe = (*journal)->shoe(ShoeId(*id));
    if (!shoe) return fromStoreError(shoe.error());
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};

    const Evaluation evaluation = evaluate(*snapshot, asOf ? asOf->asOf : AsOf(session.now()));
    const ShoeWear* found = evaluation.wearOf(shoe->id);
    const ShoeForecast* forecastFound = evaluation.forecastOf(shoe->id);
    // Read a moment after the pair itself: another program may have deleted it in between.
    if (!found || !forecastFound) {
        return fromStoreError(StoreError{StoreErrorKind::NotFound,
                                         QStringLiteral("there is no pair with id %1").arg(*id)});
    }
    const ShoeWear& wear = *found;
    const ShoeForecast& forecast = *forecastFound;
    QJsonObject object = shoeJson(*shoe, wear);
    object.insert(QStringLiteral("km_per_week"), std::round(forecast.kmPerWeek * 10) / 10);
    object.insert(QStringLiteral("limit_on"),
                  forecast.limitOn ? QJsonValue(forecast.limitOn->toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null));
    const UnitSystem units = snapshot->settings.units;
    QString text = shoesText({{*shoe, wear}}, units);
    const double perWeekMetres = forecast.kmPerWeek * 1000.0;
    // A sentence, so written as the language writes numbers ("34,80 km" in German).
    text += CliWords::tr("Over the last %1 weeks: %2 a week.\n")
                .arg(kForecastWeeks)
                .arg(UnitText::reading(units).distance(Distance::fromMetres(whole(perWeekMetres))));
    text += forecast.limitOn
                ? CliWords::tr("At that rate it reaches its limit around %1.\n")
                      .arg(i18n::longDate(*forecast.limitOn, i18n::DateStyle::DayMonthYear))
                : CliWords::tr("At that rate it does not reach its limit.\n");
    return CommandOutput{object, text, {}};
}

}  // namespace stridelog::cli

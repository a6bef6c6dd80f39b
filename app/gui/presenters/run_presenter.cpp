// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_presenter.h"

#include "core/i18n/locale_text.h"
#include "core/model/entry_words.h"
#include "core/model/unit_text.h"
#include "core/model/value_parsing.h"
#include "core/rules/pain_follows.h"
#include "core/rules/pain_stage.h"
#include "core/rules/run_splits.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stridelog::gui {
namespace {

// The context is the namespace, as lupdate names it for a free function's tr().
QString tr(const char* text) {
    return QCoreApplication::translate("stridelog::gui", text);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Pace over the last 200 m: a point-to-point pace jumps with every GPS wobble.
constexpr double kPaceWindowMetres = 200;

double unitMetres(UnitSystem units) {
    return splitLengthMetres(units);
}

// Laps and splits keep the track's own fractions; they are shown as the units module writes
// every duration and pace, from whole metres and seconds, as `run show` does.
Distance wholeMetres(double metres) {
    return Distance::fromMetres(std::llround(metres));
}

Duration wholeSeconds(double seconds) {
    return Duration::fromSeconds(std::llround(seconds));
}

QString clock(double seconds) {
    return formatDuration(wholeSeconds(seconds));
}

QString paceText(double metres, double seconds, UnitSystem units) {
    if (std::llround(metres) <= 0) return QStringLiteral("–");
    return UnitText::app(units).pace(wholeMetres(metres), wholeSeconds(seconds));
}

QString bpm(const std::optional<double>& value) {
    return value ? QString::number(std::llround(*value)) : QStringLiteral("–");
}

std::vector<QPointF> routeOf(const Track& track) {
    std::vector<QPointF> route;
    std::optional<double> lat0, lon0;
    const std::size_t step = std::max<std::size_t>(1, track.samples.size() / kMaxChartPoints);
    for (std::size_t i = 0; i < track.samples.size(); ++i) {
        const TrackSample& s = track.samples[i];
        if (!s.latitude || !s.longitude) continue;
        if (i % step != 0 && i + 1 != track.samples.size()) continue;
        if (!lat0) {
            lat0 = s.latitude;
            lon0 = s.longitude;
        }
        // Equirectangular about the start: exact enough for the outline of a run.
        constexpr double kMetresPerDegree = 111'195.08;
        const double x = (*s.longitude - *lon0) * kMetresPerDegree * std::cos(*lat0 * M_PI / 180);
        const double y = (*s.latitude - *lat0) * kMetresPerDegree;
        route.emplace_back(x, y);
    }
    return route;
}

TrackSeries seriesOf(const Track& track, UnitSystem units) {
    TrackSeries series;
    const auto& samples = track.samples;
    const std::size_t step = std::max<std::size_t>(1, samples.size() / kMaxChartPoints);
    std::size_t back = 0;  // the sample kPaceWindowMetres behind
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const TrackSample& s = samples[i];
        while (back + 1 < i && s.metres - samples[back + 1].metres >= kPaceWindowMetres) ++back;
        if (i % step != 0 && i + 1 != samples.size()) continue;
        series.distance << s.metres / unitMetres(units);
        const double metres = s.metres - samples[back].metres;
        const double seconds = s.seconds - samples[back].seconds;
        const bool paceKnown = metres >= kPaceWindowMetres / 2 && seconds > 0;
        series.pace << (paceKnown ? seconds / metres * unitMetres(units) / 60 : kNaN);
        series.hasPace = series.hasPace || paceKnown;
        series.heartRate << s.heartRate.value_or(kNaN);
        series.hasHeartRate = series.hasHeartRate || s.heartRate;
        series.cadence << s.cadence.value_or(kNaN);
        series.hasCadence = series.hasCadence || s.cadence;
        series.altitude << s.altitude.value_or(kNaN);
        series.hasAltitude = series.hasAltitude || s.altitude;
    }
    return series;
}

QStringList factsOf(const Evaluation& evaluation, const Run& run) {
    const UnitSystem units = evaluation.journal.settings.units;
    QStringList facts;
    facts << tr("%1 in %2, %3 %4")
                 .arg(UnitText::app(units).distance(run.distance, 2),
                      clock(static_cast<double>(run.duration.seconds())),
                      UnitText::app(units).pace(run.distance, run.duration), paceSymbol(units));
    QString shoe = tr("no pair logged");
    for (const Shoe& pair : evaluation.journal.shoes)
        if (run.shoe == pair.id) shoe = pair.name;
    facts << tr("Pair: %1").arg(shoe);
    QString ground = run.surface ? words::label(*run.surface) : tr("surface not logged");
    if (run.hilly) ground += tr(", hilly");
    facts << tr("Surface: %1").arg(ground);
    if (run.type) facts << tr("Type: %1").arg(words::label(*run.type));
    QStringList effort;
    if (run.heartRate) effort << tr("average heart rate %1").arg(*run.heartRate);
    if (run.cadence) effort << tr("cadence %1 steps/min").arg(*run.cadence);
    if (run.rpe) effort << tr("effort %1/10").arg(*run.rpe);
    if (!effort.isEmpty()) facts << effort.join(QStringLiteral(", "));
    // The knee's two ratings, each said as given or as not rated (never a guessed 0).
    const auto rating = [](std::optional<int> value) {
        return value ? tr("%1/10").arg(*value) : tr("not rated");
    };
    facts << tr("Knee: %1 during, %2 about an hour after")
                 .arg(rating(run.painDuring), rating(run.painAfter));
    if (!run.notes.isEmpty()) facts << tr("Notes: %1").arg(run.notes);
    return facts;
}

QStringList painOf(const Evaluation& evaluation, const Run& run) {
    QStringList lines;
    for (const PainId id : painFollowing(evaluation.journal, run)) {
        for (std::size_t index = 0; index < evaluation.journal.pains.size(); ++index) {
            const PainEntry& pain = evaluation.journal.pains[index];
            if (pain.id != id) continue;
            const PainAssessment& assessment = evaluation.pain[index];
            lines << tr("%1: %2/10, %3 of the %4 knee, %5 (stage %6)")
                         .arg(i18n::day(pain.start.localDate()))
                         .arg(pain.intensity)
                         .arg(words::inSentence(pain.site), words::inSentence(pain.knee),
                              words::label(pain.onset))
                         .arg(assessment.stage);
        }
    }
    return lines;
}

std::optional<double> spikeOf(const Evaluation& evaluation, const Run& run) {
    const auto& runs = evaluation.journal.runs;
    const auto it = std::find_if(runs.begin(), runs.end(),
                                 [&run](const Run& candidate) { return candidate.id == run.id; });
    const auto index = static_cast<std::size_t>(it - runs.begin());
    return index < evaluation.runSpikes.size() ? evaluation.runSpikes[index] : std::nullopt;
}

QStringList rulesOf(const Evaluation& evaluation, const Run& run) {
    QStringList lines;
    const UnitSystem units = evaluation.journal.settings.units;
    if (const auto spike = spikeOf(evaluation, run)) {
        // R4's bands: up to 10% is no spike.
        lines << (*spike > 10 ? tr("A spike: %1% longer than the longest run of the 30 days "
                                   "before it.")
                                    .arg(*spike, 0, 'f', 0)
                              : tr("No spike: within 10% of the longest run of the 30 days "
                                   "before it (%1%).")
                                    .arg(*spike, 0, 'f', 0));
    } else {
        lines << tr("No run in the 30 days before it to compare its length with.");
    }
    const QDate day = run.start.localDate();
    for (const WeekSummary& week : evaluation.weeks) {
        if (day < week.weekStart || day >= week.weekStart.addDays(7)) continue;
        if (week.overLimit && week.limit) {
            lines << tr("Its week (from %1) went over the limit: %2 of %3.")
                         .arg(i18n::day(week.weekStart),
                              UnitText::app(units).distance(week.volume, 2),
                              UnitText::app(units).distance(*week.limit, 2));
        } else if (week.limit) {
            lines << tr("Its week (from %1) stayed within the limit: %2 of %3.")
                         .arg(i18n::day(week.weekStart),
                              UnitText::app(units).distance(week.volume, 2),
                              UnitText::app(units).distance(*week.limit, 2));
        }
    }
    return lines;
}

}  // namespace

RunView presentRun(const Evaluation& evaluation, const Run& run,
                   const std::optional<Track>& track) {
    const UnitSystem units = evaluation.journal.settings.units;
    RunView view;
    view.title = i18n::dayAndTime(run.start.localDateTime());
    view.facts = factsOf(evaluation, run);
    view.pain = painOf(evaluation, run);
    view.rules = rulesOf(evaluation, run);
    if (!track) return view;
    view.hasTrack = !track->samples.empty();
    view.route = routeOf(*track);
    view.series = seriesOf(*track, units);
    int number = 0;
    for (const Lap& lap : track->laps) {
        view.laps.push_back({QString::number(++number),
                             UnitText::app(units).distance(wholeMetres(lap.metres), 2),
                             clock(lap.seconds), paceText(lap.metres, lap.seconds, units),
                             bpm(lap.heartRate), QString()});
    }
    number = 0;
    for (const Split& split : splitsOf(*track, splitLengthMetres(units))) {
        view.splits.push_back(
            {QStringLiteral("%1 %2").arg(++number).arg(unitSymbol(units)),
             UnitText::app(units).distance(wholeMetres(split.metres), 2), clock(split.seconds),
             paceText(split.metres, split.seconds, units), bpm(split.heartRate),
             split.ascentMetres ? tr("%1 m").arg(std::llround(*split.ascentMetres)) : QString()});
    }
    return view;
}

}  // namespace stridelog::gui

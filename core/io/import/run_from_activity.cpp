// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_from_activity.h"

#include "core/model/validation.h"

#include <algorithm>
#include <cmath>

namespace stridelog {
namespace {

// Rounds to a whole number kept far inside int64 (and int) range, so values from a hostile
// file cannot overflow a cast; validateRun then reports them as out of limits.
std::int64_t roundClamped(double value) {
    if (!std::isfinite(value)) return 0;
    return static_cast<std::int64_t>(std::llround(std::clamp(value, -1e9, 1e9)));
}

std::optional<int> roundedAverage(const std::optional<double>& value) {
    if (!value) return std::nullopt;
    return static_cast<int>(roundClamped(*value));
}

bool isCsv(ActivityFormat format) {
    return format == ActivityFormat::StravaCsv || format == ActivityFormat::GarminCsv;
}

}  // namespace

Run runFromActivity(const ParsedActivity& activity, const QString& sourceKey) {
    Run run;
    run.start = activity.start.value_or(Instant());
    run.distance = Distance::fromMetres(roundClamped(activity.distanceMetres));
    const double seconds =
        activity.timerSeconds > 0 ? activity.timerSeconds : activity.elapsedSeconds;
    run.duration = Duration::fromSeconds(roundClamped(seconds));
    run.surface = activity.surface;
    run.cadence = roundedAverage(activity.averageCadence);
    run.heartRate = roundedAverage(activity.averageHeartRate);
    run.notes = activity.name.left(limits::kMaxNotesLength);
    run.source = activity.source;
    run.sourceKey = sourceKey;
    return run;
}

QString sourceKeyFor(const ActivityFile& file, std::size_t index) {
    const ParsedActivity& activity = file.activities[index];
    if (isCsv(file.format) && !activity.activityId.isEmpty()) {
        const auto prefix = file.format == ActivityFormat::StravaCsv ? QLatin1String("strava")
                                                                     : QLatin1String("garmin-csv");
        return QStringLiteral("%1:%2").arg(prefix, activity.activityId);
    }
    QString key = QStringLiteral("sha256:%1").arg(file.sha256);
    if (!file.several) return key;
    return QStringLiteral("%1#%2").arg(key).arg(file.offset + index + 1);
}

QString activityLabel(const ActivityFile& file, std::size_t chunkIndex) {
    const ParsedActivity& activity = file.activities[chunkIndex];
    const std::size_t index = file.offset + chunkIndex;
    switch (file.format) {
        case ActivityFormat::StravaCsv:
            return QStringLiteral("row %1 (Strava activity %2)")
                .arg(index + 2)
                .arg(activity.activityId);
        case ActivityFormat::GarminCsv:
            return QStringLiteral("row %1").arg(index + 2);
        case ActivityFormat::Gpx:
            return QStringLiteral("track %1").arg(index + 1);
        case ActivityFormat::Fit:
            return QStringLiteral("session %1").arg(index + 1);
        default:
            return QStringLiteral("activity %1").arg(index + 1);
    }
}

QString describeRun(const Run& run) {
    const std::int64_t seconds = run.duration.seconds();
    const QString clock =
        seconds >= 3600
            ? QStringLiteral("%1:%2:%3")
                  .arg(seconds / 3600)
                  .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                  .arg(seconds % 60, 2, 10, QLatin1Char('0'))
            : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 km in %2 on %3")
        .arg(run.distance.km(), 0, 'f', 3)
        .arg(clock, run.start.localDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

}  // namespace stridelog

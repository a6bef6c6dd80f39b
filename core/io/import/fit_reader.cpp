// SPDX-License-Identifier: GPL-3.0-or-later
#include "fit_reader.h"

#include "activity_sport.h"
#include "fit_clock.h"
#include "fit_decoder.h"
#include "iso_time.h"
#include "track_accumulator.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace stridelog {
namespace {

// Global message numbers and field numbers of the FIT profile that we read.
namespace msg {
constexpr std::uint16_t kFileId = 0, kSport = 12, kSession = 18, kLap = 19, kRecord = 20,
                        kEvent = 21, kActivity = 34, kTimestampCorrelation = 162;
}

constexpr double kSemicirclesToDegrees = 180.0 / 2147483648.0;
constexpr unsigned kRunning = 1;

// A FIT value as a whole number in [0, max]: fields arrive as doubles and may come from any
// base type a damaged or hostile file declares, so every conversion is clamped first.
std::uint32_t whole(double value, double max = 4294967295.0) {
    return static_cast<std::uint32_t>(std::clamp(value, 0.0, max));
}

struct RecordSums {
    TrackAccumulator track;
    double maxDistance = 0;
    std::optional<std::uint32_t> firstTime;
    int laps = 0;
};

class FitActivityBuilder {
public:
    void onMessage(const FitMessage& message) {
        if (const auto time = message.timestamp()) clock_.onTimestamp(*time);
        switch (message.globalNumber()) {
            case msg::kFileId:
                onFileId(message);
                break;
            case msg::kSport:
                onSport(message);
                break;
            case msg::kRecord:
                onRecord(message);
                break;
            case msg::kEvent:
                onEvent(message);
                break;
            case msg::kLap:
                ++sums_.laps;
                break;
            case msg::kSession:
                onSession(message);
                break;
            case msg::kActivity:
                onActivity(message);
                break;
            case msg::kTimestampCorrelation:
                onCorrelation(message);
                break;
            default:
                break;  // every other message is of no use to a journal
        }
    }

    Expected<ParsedActivities> finish() {
        // A file cut off before its session, or a device that writes none: use the records.
        if (activities_.empty() && sums_.track.pointCount() > 0)
            activities_.push_back(fromRecords());
        settleOffset();
        for (ParsedActivity& activity : activities_) {
            if (!activity.start) continue;
            std::int64_t utc = activity.start->utcSeconds();
            if (isFitPowerOnTime(utc - kFitEpochUnixSeconds)) {
                const auto real = clock_.toCalendar(utc - kFitEpochUnixSeconds);
                if (!real) return fail(QString::fromLatin1(fitNoCalendarDateMessage()));
                if (real->isLocal) {
                    activity.start = localInstant(real->fitSeconds);
                    continue;
                }
                utc = kFitEpochUnixSeconds + real->fitSeconds;
            }
            activity.start = offset_ ? Instant(utc, *offset_) : instantInSystemZone(utc);
        }
        return std::move(activities_);
    }

private:
    void onFileId(const FitMessage& message) {
        const auto serial = message.value(3);
        const auto created = message.value(4);
        if (created) clock_.onFileCreated(whole(*created));
        if (serial && created) {
            activityId_ = QStringLiteral("%1-%2").arg(whole(*serial)).arg(whole(*created));
        }
    }

    void onSport(const FitMessage& message) {
        sport_ = whole(message.value(0).value_or(0), 255);
        subSport_ = whole(message.value(1).value_or(0), 255);
    }

    void onRecord(const FitMessage& message) {
        TrackPoint point;
        const auto lat = message.value(0);
        const auto lon = message.value(1);
        if (lat && lon) {
            point.latitude = *lat * kSemicirclesToDegrees;
            point.longitude = *lon * kSemicirclesToDegrees;
        }
        auto time = message.timestamp();
        if (time) time = clock_.onStartingClock(*time);
        if (time) {
            point.timeMilliseconds = (kFitEpochUnixSeconds + *time) * 1000;
            if (!sums_.firstTime) sums_.firstTime = time;
        }
        point.heartRate = message.value(3);
        if (auto perFoot = message.value(4)) {
            point.cadence = (*perFoot + message.value(53).value_or(0) / 128.0) * 2;
        }
        if (auto distance = message.value(5))
            sums_.maxDistance = std::max(sums_.maxDistance, *distance / 100);
        sums_.track.addPoint(point);
    }

    void onEvent(const FitMessage& message) {
        // event 0 is the timer; event_type 1 (stop) and 4 (stop_all) pause it.
        const auto event = message.value(0);
        const auto type = message.value(1);
        if (event && *event == 0 && type && (*type == 1 || *type == 4)) sums_.track.beginSegment();
    }

    void onActivity(const FitMessage& message) {
        const auto utc = message.value(253);
        const auto local = message.value(5);
        if (!utc || !local) return;
        activityTimes_ = {whole(*utc), whole(*local)};
        clock_.onActivity(whole(*utc), whole(*local));
    }

    void onCorrelation(const FitMessage& message) {
        const auto utc = message.value(253);
        const auto powerOn = message.value(1);  // system_timestamp
        if (utc && powerOn) clock_.onCorrelation(whole(*utc), whole(*powerOn));
    }

    // The watch's zone: activity.local_timestamp − activity.timestamp, the latter made a real
    // time first when it counts from power-on. Only a plausible offset: at most 18 hours, as
    // ISO 8601 allows.
    void settleOffset() {
        if (!activityTimes_) return;
        const auto [timestamp, local] = *activityTimes_;
        std::int64_t utc = timestamp;
        if (isFitPowerOnTime(utc) && !isFitPowerOnTime(local)) {
            const auto shift = clock_.utcShift();
            if (!shift) return;
            utc += *shift;
        }
        const std::int64_t offset = static_cast<std::int64_t>(local) - utc;
        if (std::abs(offset) <= 18 * 3600) offset_ = static_cast<int>(offset);
    }

    // A local wall-clock time in FIT seconds, placed in the system's zone.
    static Instant localInstant(std::int64_t fitSeconds) {
        const QDateTime wall =
            QDateTime::fromSecsSinceEpoch(kFitEpochUnixSeconds + fitSeconds, QTimeZone::utc());
        return Instant::fromLocal(wall.date(), wall.time());
    }

    void onSession(const FitMessage& message) {
        ParsedActivity activity = fromRecords();
        const unsigned sport = whole(message.value(5).value_or(sport_.value_or(0)), 255);
        const unsigned subSport = whole(message.value(6).value_or(subSport_), 255);
        applySport(activity, sport, subSport);
        if (auto start = message.value(2)) activity.start = fitInstant(*start);
        if (auto distance = message.value(9)) activity.distanceMetres = *distance / 100;
        if (auto elapsed = message.value(7)) activity.elapsedSeconds = *elapsed / 1000;
        if (auto timer = message.value(8))
            activity.timerSeconds = *timer / 1000;
        else if (activity.elapsedSeconds > 0)
            activity.timerSeconds = activity.elapsedSeconds;
        if (auto bpm = message.value(16); bpm && validHeartRate(*bpm))
            activity.averageHeartRate = bpm;
        if (auto perFoot = message.value(18)) {
            activity.averageCadence = (*perFoot + message.value(41).value_or(0) / 128.0) * 2;
        }
        if (auto laps = message.value(26))
            activity.lapCount = static_cast<int>(whole(*laps, 65535));
        activities_.push_back(std::move(activity));
        sums_ = RecordSums{};
    }

    ParsedActivity fromRecords() const {
        ParsedActivity activity;
        activity.source = RunSource::Fit;
        activity.activityId = activityId_;
        // A file with no sport at all is taken as a run, like a GPX without a type.
        applySport(activity, sport_.value_or(kRunning), subSport_);
        if (sums_.firstTime) activity.start = fitInstant(*sums_.firstTime);
        activity.distanceMetres =
            sums_.maxDistance > 0 ? sums_.maxDistance : sums_.track.distanceMetres();
        activity.timerSeconds = sums_.track.movingSeconds();
        activity.elapsedSeconds = sums_.track.elapsedSeconds();
        activity.averageHeartRate = sums_.track.averageHeartRate();
        activity.averageCadence = sums_.track.averageCadence();
        activity.pointCount = sums_.track.pointCount();
        activity.positionCount = sums_.track.positionCount();
        activity.lapCount = sums_.laps;
        return activity;
    }

    static void applySport(ParsedActivity& activity, unsigned sport, unsigned subSport) {
        const SportClass sportClass = classifyFitSport(sport, subSport);
        activity.sport = fitSportName(sport);
        activity.isRun = sportClass.isRun;
        activity.surface = sportClass.surface;
    }

    // The offset is settled in finish(), once the activity message has been seen.
    static Instant fitInstant(double fitSeconds) {
        return Instant(kFitEpochUnixSeconds + whole(fitSeconds), 0);
    }

    RecordSums sums_;
    std::optional<unsigned> sport_;
    unsigned subSport_ = 0;
    std::optional<int> offset_;
    std::optional<std::pair<std::uint32_t, std::uint32_t>> activityTimes_;  // timestamp, local
    FitClock clock_;
    QString activityId_;
    ParsedActivities activities_;
};

}  // namespace

Expected<ParsedActivities> readFit(QIODevice& input, const ReadOptions& options) {
    FitActivityBuilder builder;
    auto decoded = decodeFit(
        input, [&](const FitMessage& message) { builder.onMessage(message); }, options);
    if (!decoded) return fail(decoded.error());
    return builder.finish();
}

}  // namespace stridelog

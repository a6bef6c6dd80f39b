// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcx_reader.h"

#include "activity_sport.h"
#include "iso_time.h"
#include "track_accumulator.h"
#include "track_recorder.h"
#include "xml_support.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace stridelog {
namespace {

using namespace xml;

// The elements whose children mean something; everything else is Other.
enum class Tag { Other, Activity, Lap, Track, Trackpoint, Position, HeartRate, LapHeartRate };

struct ActivityState {
    ParsedActivity activity;
    TrackAccumulator track;
    TrackRecorder recorder;
    Lap lap;  // the lap being read
    std::optional<IsoTime> lapStart;
    std::optional<IsoTime> idTime;
    std::optional<IsoTime> firstPointTime;
    double lapDistance = 0;
    double lapTime = 0;
    double pointDistance = 0;
    TrackPoint point;
};

class TcxParser {
public:
    TcxParser(QIODevice& input, const ReadOptions& options) : reader_(&input), options_(options) {}

    Expected<ParsedActivities> parse() {
        if (!reader_.readNextStartElement()) {
            return fail(reader_.hasError() ? describeError(reader_)
                                           : QStringLiteral("not a TCX file: no root element"));
        }
        if (reader_.name() != QLatin1String("TrainingCenterDatabase"))
            return fail(QStringLiteral("not a TCX file: the document is <%1>")
                            .arg(reader_.qualifiedName()));
        while (!reader_.atEnd() && !cancelled_) {
            reader_.readNext();
            if (reader_.isStartElement()) {
                onStart();
            } else if (reader_.isEndElement()) {
                onEnd();
            }
        }
        if (cancelled_) return fail(readCancelledMessage());
        if (reader_.hasError()) return fail(describeError(reader_));
        return std::move(activities_);
    }

private:
    Tag parent() const { return stack_.empty() ? Tag::Other : stack_.back(); }
    QStringView readText() { return xml::readElementText(reader_, text_); }

    void onStart() {
        const auto name = reader_.name();
        const bool core = reader_.namespaceUri() == kTcx;
        if (core && name == QLatin1String("Activity")) {
            state_ = ActivityState{};
            state_->activity.source = RunSource::Tcx;
            state_->activity.sport = reader_.attributes().value(QLatin1String("Sport")).toString();
            return push(Tag::Activity);
        }
        if (!state_) return push(Tag::Other);
        if (core && readCoreLeaf(name)) return;
        if (reader_.namespaceUri() == kActivityExtension && name == QLatin1String("RunCadence")) {
            if (auto perFoot = toNumber(readText()); perFoot && *perFoot < 255)
                state_->point.cadence = *perFoot * 2;
            return;
        }
        push(core ? containerTag(name) : Tag::Other);
    }

    Tag containerTag(QStringView name) {
        if (name == QLatin1String("Lap")) {
            ++state_->activity.lapCount;
            const auto start = parseIsoTime(reader_.attributes().value(QLatin1String("StartTime")));
            if (start && !state_->lapStart) state_->lapStart = start;
            state_->lap = Lap{};
            return Tag::Lap;
        }
        if (name == QLatin1String("Track")) {
            state_->track.beginSegment();
            return Tag::Track;
        }
        if (name == QLatin1String("Trackpoint")) {
            state_->point = TrackPoint{};
            return Tag::Trackpoint;
        }
        if (name == QLatin1String("Position")) return Tag::Position;
        if (name == QLatin1String("HeartRateBpm")) return Tag::HeartRate;
        if (name == QLatin1String("AverageHeartRateBpm") && parent() == Tag::Lap)
            return Tag::LapHeartRate;
        return Tag::Other;
    }

    // Text elements in the TCX namespace; true when the element was consumed.
    bool readCoreLeaf(QStringView name) {
        ActivityState& s = *state_;
        const Tag at = parent();
        if (at == Tag::Activity && name == QLatin1String("Id")) {
            s.activity.activityId = readText().trimmed().toString();
            s.idTime = parseIsoTime(s.activity.activityId);
        } else if (at == Tag::Lap && name == QLatin1String("TotalTimeSeconds")) {
            s.lap.seconds = toNumber(readText()).value_or(0);
            s.lapTime += s.lap.seconds;
        } else if (at == Tag::Lap && name == QLatin1String("DistanceMeters")) {
            s.lap.metres = toNumber(readText()).value_or(0);
            s.lapDistance += s.lap.metres;
        } else if (at == Tag::LapHeartRate && name == QLatin1String("Value")) {
            if (auto bpm = toNumber(readText())) s.lap.heartRate = validHeartRate(*bpm);
        } else if (at == Tag::Trackpoint && name == QLatin1String("Time")) {
            readPointTime();
        } else if (at == Tag::Trackpoint && name == QLatin1String("DistanceMeters")) {
            s.point.metres = toNumber(readText());
            s.pointDistance = std::max(s.pointDistance, s.point.metres.value_or(0));
        } else if (at == Tag::Trackpoint && name == QLatin1String("AltitudeMeters")) {
            s.point.altitude = toNumber(readText());
        } else if (at == Tag::Trackpoint && name == QLatin1String("Cadence")) {
            if (auto perFoot = toNumber(readText()); perFoot && *perFoot < 255 && !s.point.cadence)
                s.point.cadence = *perFoot * 2;
        } else if (at == Tag::Position && name == QLatin1String("LatitudeDegrees")) {
            s.point.latitude = toNumber(readText());
        } else if (at == Tag::Position && name == QLatin1String("LongitudeDegrees")) {
            s.point.longitude = toNumber(readText());
        } else if (at == Tag::HeartRate && name == QLatin1String("Value")) {
            s.point.heartRate = toNumber(readText());
        } else {
            return false;
        }
        return true;
    }

    void readPointTime() {
        const auto time = parseIsoTime(readText());
        if (!time) return;
        state_->point.timeMilliseconds = time->utcMilliseconds;
        if (!state_->firstPointTime) state_->firstPointTime = time;
    }

    void push(Tag tag) { stack_.push_back(tag); }

    void onEnd() {
        if (stack_.empty()) return;
        const Tag closing = stack_.back();
        stack_.pop_back();
        if (!state_) return;
        if (closing == Tag::Lap) {
            if (state_->lap.metres > 0 || state_->lap.seconds > 0)
                state_->recorder.addLap(state_->lap);
        } else if (closing == Tag::Trackpoint) {
            state_->track.addPoint(state_->point);
            state_->recorder.add(state_->track, state_->point);
            if (state_->track.pointCount() % kCancelCheckInterval == 0 && options_.cancelled())
                cancelled_ = true;
        } else if (closing == Tag::Activity) {
            activities_.push_back(finish(*state_));
            state_.reset();
        }
    }

    static ParsedActivity finish(ActivityState& s) {
        ParsedActivity activity = std::move(s.activity);
        const SportClass sport = classifySport(activity.sport);
        activity.isRun = sport.isRun;
        activity.surface = sport.surface;
        const auto startTime = s.lapStart ? s.lapStart : s.idTime ? s.idTime : s.firstPointTime;
        if (startTime) activity.start = instantFromIsoTime(*startTime);
        activity.distanceMetres = s.lapDistance > 0     ? s.lapDistance
                                  : s.pointDistance > 0 ? s.pointDistance
                                                        : s.track.distanceMetres();
        activity.timerSeconds = s.lapTime > 0 ? s.lapTime : s.track.movingSeconds();
        activity.elapsedSeconds = s.track.elapsedSeconds();
        activity.averageHeartRate = s.track.averageHeartRate();
        activity.averageCadence = s.track.averageCadence();
        activity.pointCount = s.track.pointCount();
        activity.positionCount = s.track.positionCount();
        activity.track = s.recorder.take();
        return activity;
    }

    QXmlStreamReader reader_;
    const ReadOptions& options_;
    std::vector<Tag> stack_;
    std::optional<ActivityState> state_;
    ParsedActivities activities_;
    QString text_;  // the text of the element just read, reused for every element
    bool cancelled_ = false;
};

}  // namespace

Expected<ParsedActivities> readTcx(QIODevice& input, const ReadOptions& options) {
    return TcxParser(input, options).parse();
}

}  // namespace stridelog

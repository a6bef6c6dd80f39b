// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpx_reader.h"

#include "activity_sport.h"
#include "iso_time.h"
#include "track_accumulator.h"
#include "xml_support.h"

#include <QXmlStreamReader>

namespace stridelog {
namespace {

using namespace xml;

bool isGpxNamespace(QStringView ns) {
    return ns == kGpx10 || ns == kGpx11 || ns.isEmpty();
}

class GpxParser {
public:
    GpxParser(QIODevice& input, const ReadOptions& options) : reader_(&input), options_(options) {}

    Expected<ParsedActivities> parse() {
        if (!reader_.readNextStartElement()) return fail(errorText());
        if (reader_.name() != QLatin1String("gpx") || !isGpxNamespace(reader_.namespaceUri()))
            return fail(QStringLiteral("not a GPX file: the document is <%1>")
                            .arg(reader_.qualifiedName()));
        while (!reader_.atEnd()) {
            reader_.readNext();
            if (isStart(reader_, QLatin1String("trk")) && isGpxNamespace(reader_.namespaceUri()))
                if (!readTrack()) break;
        }
        if (cancelled_) return fail(readCancelledMessage());
        if (reader_.hasError()) return fail(describeError(reader_));
        if (oneInstant_) return fail(oneInstantMessage(*oneInstant_));
        return std::move(activities_);
    }

private:
    QString errorText() const {
        return reader_.hasError() ? describeError(reader_)
                                  : QStringLiteral("not a GPX file: no root element");
    }

    // Two or more points, every one at the same instant (a device that stamps the file's time
    // on each point), give no duration to import: the file is refused for that, not for a run
    // of 0 seconds.
    static QString oneInstantMessage(const IsoTime& time) {
        return QStringLiteral("no usable times: every point of a track has the same time (%1)")
            .arg(instantFromIsoTime(time).toLocalIsoString());
    }

    // Reads one <trk> to its end tag; false when reading must stop (error or cancel).
    bool readTrack() {
        TrackAccumulator track;
        std::optional<IsoTime> firstTime;
        lastTime_.reset();
        timedPoints_ = 0;
        ParsedActivity activity;
        activity.source = RunSource::Gpx;
        int depth = 0;  // below <trk>: only its own <name> and <type> count, not <link><type>
        while (reader_.readNext() != QXmlStreamReader::EndDocument && !reader_.hasError()) {
            if (reader_.isEndElement()) {
                if (depth-- == 0) break;
                continue;
            }
            if (!reader_.isStartElement()) continue;
            const auto name = reader_.name();
            if (depth == 0 && name == QLatin1String("name")) {
                activity.name = readText().toString();
            } else if (depth == 0 && name == QLatin1String("type")) {
                activity.sport = readText().toString();
            } else if (name == QLatin1String("trkpt")) {
                readPoint(track, firstTime);
                if (track.pointCount() % kCancelCheckInterval == 0 && options_.cancelled()) {
                    cancelled_ = true;
                    return false;
                }
            } else {
                if (name == QLatin1String("trkseg")) track.beginSegment();
                ++depth;
            }
        }
        if (reader_.hasError()) return false;
        if (timedPoints_ > 1 && lastTime_->utcMilliseconds == firstTime->utcMilliseconds &&
            !oneInstant_)
            oneInstant_ = firstTime;
        if (track.pointCount() > 0) activities_.push_back(finish(activity, track, firstTime));
        return true;
    }

    void readPoint(TrackAccumulator& track, std::optional<IsoTime>& firstTime) {
        TrackPoint point;
        const auto attributes = reader_.attributes();
        point.latitude = toNumber(attributes.value(QLatin1String("lat")));
        point.longitude = toNumber(attributes.value(QLatin1String("lon")));
        int depth = 0;  // below <trkpt>: <extensions> and the extension's own element
        while (!reader_.atEnd()) {
            const auto token = reader_.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (!readPointChild(point, firstTime)) ++depth;
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth-- == 0) break;
            }
        }
        track.addPoint(point);
    }

    // Reads a child of <trkpt> we know to its end tag and returns true; false leaves the
    // reader on any other element, for the caller to descend into.
    bool readPointChild(TrackPoint& point, std::optional<IsoTime>& firstTime) {
        const auto name = reader_.name();
        const auto ns = reader_.namespaceUri();
        if (name == QLatin1String("time") && isGpxNamespace(ns)) {
            const auto time = parseIsoTime(readText());
            if (!time) return true;
            point.timeMilliseconds = time->utcMilliseconds;
            if (!firstTime || time->utcMilliseconds < firstTime->utcMilliseconds) firstTime = time;
            if (!lastTime_ || time->utcMilliseconds > lastTime_->utcMilliseconds) lastTime_ = time;
            ++timedPoints_;
            return true;
        }
        if (ns != kTrackPointV1 && ns != kTrackPointV2 && ns != kClueTrust) return false;
        if (name == QLatin1String("hr")) {
            point.heartRate = toNumber(readText());
            return true;
        }
        if (name == QLatin1String("cad") || name == QLatin1String("cadence")) {
            // One foot's cadence: doubled into steps per minute.
            if (auto perFoot = toNumber(readText()); perFoot && *perFoot < 255)
                point.cadence = *perFoot * 2;
            return true;
        }
        return false;
    }

    QStringView readText() { return xml::readElementText(reader_, text_); }

    static ParsedActivity finish(ParsedActivity activity, const TrackAccumulator& track,
                                 const std::optional<IsoTime>& firstTime) {
        if (!activity.sport.trimmed().isEmpty()) {
            const SportClass sport = classifySport(activity.sport);
            activity.isRun = sport.isRun;
            activity.surface = sport.surface;
        }
        if (firstTime) activity.start = instantFromIsoTime(*firstTime);
        activity.distanceMetres = track.distanceMetres();
        activity.timerSeconds = track.movingSeconds();
        activity.elapsedSeconds = track.elapsedSeconds();
        activity.averageHeartRate = track.averageHeartRate();
        activity.averageCadence = track.averageCadence();
        activity.pointCount = track.pointCount();
        activity.positionCount = track.positionCount();
        return activity;
    }

    QXmlStreamReader reader_;
    const ReadOptions& options_;
    ParsedActivities activities_;
    QString text_;  // the text of the element just read, reused for every element
    bool cancelled_ = false;
    std::optional<IsoTime> lastTime_;    // of the track being read
    std::int64_t timedPoints_ = 0;       // of the track being read
    std::optional<IsoTime> oneInstant_;  // the time of a track whose points all share it
};

}  // namespace

Expected<ParsedActivities> readGpx(QIODevice& input, const ReadOptions& options) {
    return GpxParser(input, options).parse();
}

}  // namespace stridelog

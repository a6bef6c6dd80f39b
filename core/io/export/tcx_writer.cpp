// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcx_writer.h"

#include "export_time.h"
#include "run_description.h"

#include <QXmlStreamWriter>

#include <cmath>
#include <span>

namespace stridelog {
namespace {

QString number(double value, int decimals) {
    return QString::number(value, 'f', decimals);
}

void writeBeats(QXmlStreamWriter& xml, const QString& element, double bpm) {
    xml.writeStartElement(element);
    xml.writeTextElement(QStringLiteral("Value"), QString::number(std::lround(bpm)));
    xml.writeEndElement();
}

void writePoint(QXmlStreamWriter& xml, const Instant& start, const TrackSample& sample) {
    xml.writeStartElement(QStringLiteral("Trackpoint"));
    xml.writeTextElement(QStringLiteral("Time"), exportTime(start, sample.seconds));
    if (sample.latitude && sample.longitude) {
        xml.writeStartElement(QStringLiteral("Position"));
        xml.writeTextElement(QStringLiteral("LatitudeDegrees"), number(*sample.latitude, 7));
        xml.writeTextElement(QStringLiteral("LongitudeDegrees"), number(*sample.longitude, 7));
        xml.writeEndElement();
    }
    if (sample.altitude)
        xml.writeTextElement(QStringLiteral("AltitudeMeters"), number(*sample.altitude, 1));
    xml.writeTextElement(QStringLiteral("DistanceMeters"), number(sample.metres, 1));
    if (sample.heartRate) writeBeats(xml, QStringLiteral("HeartRateBpm"), *sample.heartRate);
    if (sample.cadence)
        xml.writeTextElement(QStringLiteral("Cadence"),
                             QString::number(std::lround(*sample.cadence / 2.0)));
    xml.writeEndElement();
}

// The lap's points, a new Track after each pause.
void writeTracks(QXmlStreamWriter& xml, const Instant& start, std::span<const TrackSample> points,
                 ExportedTrack& written) {
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i == 0 || startsAfterPause(points[i - 1], points[i])) {
            if (i != 0) xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("Track"));
            ++written.segments;
        }
        writePoint(xml, start, points[i]);
        ++written.points;
    }
    if (!points.empty()) xml.writeEndElement();
}

void writeLap(QXmlStreamWriter& xml, const Instant& start, double startSeconds, const Lap& lap,
              std::span<const TrackSample> points, ExportedTrack& written) {
    xml.writeStartElement(QStringLiteral("Lap"));
    xml.writeAttribute(QStringLiteral("StartTime"), exportTime(start, startSeconds));
    xml.writeTextElement(QStringLiteral("TotalTimeSeconds"), number(lap.seconds, 1));
    xml.writeTextElement(QStringLiteral("DistanceMeters"), number(lap.metres, 1));
    // Required by the schema; the journal keeps no energy.
    xml.writeTextElement(QStringLiteral("Calories"), QStringLiteral("0"));
    if (lap.heartRate) writeBeats(xml, QStringLiteral("AverageHeartRateBpm"), *lap.heartRate);
    xml.writeTextElement(QStringLiteral("Intensity"), QStringLiteral("Active"));
    xml.writeTextElement(QStringLiteral("TriggerMethod"), QStringLiteral("Manual"));
    writeTracks(xml, start, points, written);
    xml.writeEndElement();
}

// The run's laps: the track's, with the rest of the run as one more lap when they end before
// it (a watch that writes a lap each kilometre and none for the last part), or one lap of the
// run's totals. A reader sums the laps into the run's distance and time.
std::vector<Lap> lapsOf(const Run& run, const Track* track) {
    if (track != nullptr && !track->laps.empty()) {
        std::vector<Lap> laps = track->laps;
        double metres = 0;
        double seconds = 0;
        for (const Lap& lap : laps) {
            metres += lap.metres;
            seconds += lap.seconds;
        }
        const double restMetres = static_cast<double>(run.distance.metres()) - metres;
        const double restSeconds = static_cast<double>(run.duration.seconds()) - seconds;
        if (restMetres >= 1 && restSeconds >= 1) laps.push_back({restMetres, restSeconds, {}});
        return laps;
    }
    Lap whole;
    whole.metres = static_cast<double>(run.distance.metres());
    whole.seconds = static_cast<double>(run.duration.seconds());
    if (run.heartRate) whole.heartRate = *run.heartRate;
    return {whole};
}

void writeLaps(QXmlStreamWriter& xml, const RunToExport& run, ExportedTrack& written) {
    const std::vector<Lap> laps = lapsOf(run.run, run.track);
    const std::span<const TrackSample> samples =
        run.track != nullptr ? std::span<const TrackSample>(run.track->samples)
                             : std::span<const TrackSample>();
    std::size_t next = 0;  // the first point not yet written
    double lapStart = 0;
    for (std::size_t i = 0; i < laps.size(); ++i) {
        const bool last = i + 1 == laps.size();
        // Half a tenth of slack: times are kept to tenths, and a point on the boundary closes
        // the lap it ends.
        const double lapEnd = lapStart + laps[i].seconds + 0.05;
        std::size_t end = next;
        while (end < samples.size() && (last || samples[end].seconds <= lapEnd)) ++end;
        writeLap(xml, run.run.start, lapStart, laps[i], samples.subspan(next, end - next), written);
        next = end;
        lapStart += laps[i].seconds;
    }
}

}  // namespace

Expected<ExportedTrack> writeTcx(QIODevice& output, const RunToExport& run) {
    QXmlStreamWriter xml(&output);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QString::fromLatin1(kTcxNamespace));
    xml.writeStartElement(QString::fromLatin1(kTcxNamespace),
                          QStringLiteral("TrainingCenterDatabase"));
    xml.writeStartElement(QStringLiteral("Activities"));
    xml.writeStartElement(QStringLiteral("Activity"));
    xml.writeAttribute(QStringLiteral("Sport"), QStringLiteral("Running"));
    xml.writeTextElement(QStringLiteral("Id"), exportTime(run.run.start));

    ExportedTrack written;
    writeLaps(xml, run, written);
    written.track = written.points > 0;

    const QString description = runDescription(run.run, run.shoeName);
    if (!description.isEmpty()) xml.writeTextElement(QStringLiteral("Notes"), description);
    xml.writeEndElement();  // Activity
    xml.writeEndElement();  // Activities
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError()) return Unexpected{output.errorString()};
    return written;
}

}  // namespace stridelog

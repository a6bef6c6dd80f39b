// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpx_writer.h"

#include "export_time.h"
#include "run_description.h"

#include "core/io/import/track_accumulator.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace stridelog {
namespace {

QString number(double value, int decimals) {
    return QString::number(value, 'f', decimals);
}

bool hasPosition(const TrackSample& sample) {
    return sample.latitude && sample.longitude;
}

// No distance was counted between these two points though they are apart: the stored
// distance stands still across a pause the importer left out, or across a jump of more than
// the importer ever bridges (a watch paused by its own button, whose distance stopped while
// the runner walked on; the track keeps its time but not the pause).
bool breaksLine(const TrackSample& previous, const TrackSample& sample) {
    if (sample.metres - previous.metres >= 0.05) return false;
    return startsAfterPause(previous, sample) ||
           haversineMetres(*previous.latitude, *previous.longitude, *sample.latitude,
                           *sample.longitude) > kPauseBridgeMetres;
}

void writePoint(QXmlStreamWriter& xml, const Instant& start, const TrackSample& sample) {
    xml.writeStartElement(QStringLiteral("trkpt"));
    xml.writeAttribute(QStringLiteral("lat"), number(*sample.latitude, 7));
    xml.writeAttribute(QStringLiteral("lon"), number(*sample.longitude, 7));
    if (sample.altitude) xml.writeTextElement(QStringLiteral("ele"), number(*sample.altitude, 1));
    xml.writeTextElement(QStringLiteral("time"), exportTime(start, sample.seconds));
    if (sample.heartRate || sample.cadence) {
        xml.writeStartElement(QStringLiteral("extensions"));
        xml.writeStartElement(QString::fromLatin1(kTrackPointExtensionV1),
                              QStringLiteral("TrackPointExtension"));
        if (sample.heartRate)
            xml.writeTextElement(QString::fromLatin1(kTrackPointExtensionV1), QStringLiteral("hr"),
                                 QString::number(std::lround(*sample.heartRate)));
        if (sample.cadence)
            xml.writeTextElement(QString::fromLatin1(kTrackPointExtensionV1), QStringLiteral("cad"),
                                 QString::number(std::lround(*sample.cadence / 2.0)));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

ExportedTrack writeSegments(QXmlStreamWriter& xml, const Instant& start, const Track& track) {
    ExportedTrack written;
    const TrackSample* previous = nullptr;
    for (const TrackSample& sample : track.samples) {
        if (!hasPosition(sample)) continue;
        if (previous == nullptr || breaksLine(*previous, sample)) {
            if (previous != nullptr) xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("trkseg"));
            ++written.segments;
        }
        writePoint(xml, start, sample);
        ++written.points;
        previous = &sample;
    }
    if (previous != nullptr) xml.writeEndElement();
    written.track = written.points > 0;
    return written;
}

}  // namespace

Expected<ExportedTrack> writeGpx(QIODevice& output, const RunToExport& run) {
    QXmlStreamWriter xml(&output);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QString::fromLatin1(kGpxNamespace));
    xml.writeNamespace(QString::fromLatin1(kTrackPointExtensionV1), QStringLiteral("gpxtpx"));
    xml.writeStartElement(QString::fromLatin1(kGpxNamespace), QStringLiteral("gpx"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeAttribute(QStringLiteral("creator"), QStringLiteral("Stridelog"));

    const QString description = runDescription(run.run, run.shoeName);
    const Instant& start = run.run.start;
    xml.writeStartElement(QStringLiteral("metadata"));
    xml.writeTextElement(QStringLiteral("name"), runTitle(run.run));
    if (!description.isEmpty()) xml.writeTextElement(QStringLiteral("desc"), description);
    xml.writeTextElement(QStringLiteral("time"), exportTime(start));
    xml.writeEndElement();

    ExportedTrack written;
    const bool anyPosition =
        run.track != nullptr &&
        std::any_of(run.track->samples.begin(), run.track->samples.end(), hasPosition);
    if (anyPosition) {
        xml.writeStartElement(QStringLiteral("trk"));
        xml.writeTextElement(QStringLiteral("name"), runTitle(run.run));
        if (!description.isEmpty()) xml.writeTextElement(QStringLiteral("desc"), description);
        xml.writeTextElement(QStringLiteral("type"), QStringLiteral("running"));
        written = writeSegments(xml, start, *run.track);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError()) return Unexpected{output.errorString()};
    return written;
}

}  // namespace stridelog

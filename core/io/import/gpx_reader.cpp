// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpx_reader.h"

#include "gpx_track_builder.h"
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
        if (oneInstant_) return fail(GpxTrackBuilder::oneInstantMessage(*oneInstant_));
        return std::move(activities_);
    }

private:
    QString errorText() const {
        return reader_.hasError() ? describeError(reader_)
                                  : QStringLiteral("not a GPX file: no root element");
    }

    // Reads one <trk> to its end tag; false when reading must stop (error or cancel).
    bool readTrack() {
        GpxTrackBuilder track;
        int depth = 0;  // below <trk>: only its own <name> and <type> count, not <link><type>
        while (reader_.readNext() != QXmlStreamReader::EndDocument && !reader_.hasError()) {
            if (reader_.isEndElement()) {
                if (depth-- == 0) break;
                continue;
            }
            if (!reader_.isStartElement()) continue;
            const auto name = reader_.name();
            if (depth == 0 && name == QLatin1String("name")) {
                track.setName(readText());
            } else if (depth == 0 && name == QLatin1String("type")) {
                track.setSport(readText());
            } else if (name == QLatin1String("trkpt")) {
                readPoint(track);
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
        if (auto activity = track.finish(oneInstant_)) activities_.push_back(std::move(*activity));
        return true;
    }

    void readPoint(GpxTrackBuilder& track) {
        const auto attributes = reader_.attributes();
        track.beginPoint(toNumber(attributes.value(QLatin1String("lat"))),
                         toNumber(attributes.value(QLatin1String("lon"))));
        int depth = 0;  // below <trkpt>: <extensions> and the extension's own element
        while (!reader_.atEnd()) {
            const auto token = reader_.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (!readPointChild(track)) ++depth;
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth-- == 0) break;
            }
        }
        track.endPoint();
    }

    // Reads a child of <trkpt> we know to its end tag and returns true; false leaves the
    // reader on any other element, for the caller to descend into.
    bool readPointChild(GpxTrackBuilder& track) {
        const auto name = reader_.name();
        const auto ns = reader_.namespaceUri();
        if (name == QLatin1String("time") && isGpxNamespace(ns)) {
            track.pointTime(readText());
            return true;
        }
        if (name == QLatin1String("ele") && isGpxNamespace(ns)) {
            track.pointElevation(readText());
            return true;
        }
        if (ns != kTrackPointV1 && ns != kTrackPointV2 && ns != kClueTrust) return false;
        if (!GpxTrackBuilder::isPointExtension(name)) return false;
        track.pointExtension(name, readText());
        return true;
    }

    QStringView readText() { return xml::readElementText(reader_, text_); }

    QXmlStreamReader reader_;
    const ReadOptions& options_;
    ParsedActivities activities_;
    QString text_;  // the text of the element just read, reused for every element
    bool cancelled_ = false;
    std::optional<IsoTime> oneInstant_;  // the time of a track whose points all share it
};

}  // namespace

Expected<ParsedActivities> readGpx(QIODevice& input, const ReadOptions& options) {
    return GpxParser(input, options).parse();
}

}  // namespace stridelog

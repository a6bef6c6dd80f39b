// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers the streaming XML readers (GPX, TCX) share: the namespace URIs they match
// extension elements by, number parsing that never throws, and one wording for XML errors.
//
// Extensions are matched by namespace URI, never by prefix: the same Garmin extension arrives
// as `gpxtpx:hr`, `ns3:hr` or an unprefixed element under a default namespace.

#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

#include <optional>

namespace stridelog::xml {

inline constexpr QLatin1String kGpx10{"http://www.topografix.com/GPX/1/0"};
inline constexpr QLatin1String kGpx11{"http://www.topografix.com/GPX/1/1"};
inline constexpr QLatin1String kTrackPointV1{
    "http://www.garmin.com/xmlschemas/TrackPointExtension/v1"};
inline constexpr QLatin1String kTrackPointV2{
    "http://www.garmin.com/xmlschemas/TrackPointExtension/v2"};
inline constexpr QLatin1String kClueTrust{"http://www.cluetrust.com/XML/GPXDATA/1/0"};
inline constexpr QLatin1String kTcx{"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"};
inline constexpr QLatin1String kActivityExtension{
    "http://www.garmin.com/xmlschemas/ActivityExtension/v2"};

// A finite number, or nullopt for text that is not one.
std::optional<double> toNumber(QStringView text);

// "line 12, column 4: …", or that the file ends early.
QString describeError(const QXmlStreamReader& reader);

bool isStart(const QXmlStreamReader& reader, QLatin1String name);
bool isStart(const QXmlStreamReader& reader, QLatin1String ns, QLatin1String name);

}  // namespace stridelog::xml

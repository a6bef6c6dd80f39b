// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers the streaming XML readers (GPX, TCX) share: the namespace URIs they match
// extension elements by, number parsing that never throws, reading an element's text without
// a new string each time, and one wording for XML errors. They run for every track point, so
// they avoid allocating: a 50 MB GPX has a million text elements.
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

// A finite number, or nullopt for text that is not one. Plain decimal notation in the C locale
// (`-8.5`, `+1e3`, `.5`), surrounding whitespace allowed; exact (correctly rounded), like
// QString::toDouble, which it replaces because that costs thousands of instructions a call.
std::optional<double> toNumber(QStringView text);

// readElementText(SkipChildElements) without allocating: the reader is on a start element; the
// text of that element is gathered into `buffer` (whose capacity is reused from call to call)
// and the reader is left on its end element. The view is valid until `buffer` changes.
QStringView readElementText(QXmlStreamReader& reader, QString& buffer);

// "line 12, column 4: …", or that the file ends early.
QString describeError(const QXmlStreamReader& reader);

bool isStart(const QXmlStreamReader& reader, QLatin1String name);
bool isStart(const QXmlStreamReader& reader, QLatin1String ns, QLatin1String name);

}  // namespace stridelog::xml

// SPDX-License-Identifier: GPL-3.0-or-later
#include "xml_support.h"

#include <cmath>

namespace stridelog::xml {

std::optional<double> toNumber(QStringView text) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) return std::nullopt;
    return value;
}

QString describeError(const QXmlStreamReader& reader) {
    if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        return QStringLiteral("the file ends early (line %1): it is truncated or incomplete")
            .arg(reader.lineNumber());
    }
    return QStringLiteral("not well-formed XML at line %1, column %2: %3")
        .arg(reader.lineNumber())
        .arg(reader.columnNumber())
        .arg(reader.errorString());
}

bool isStart(const QXmlStreamReader& reader, QLatin1String name) {
    return reader.isStartElement() && reader.name() == name;
}

bool isStart(const QXmlStreamReader& reader, QLatin1String ns, QLatin1String name) {
    return isStart(reader, name) && reader.namespaceUri() == ns;
}

}  // namespace stridelog::xml

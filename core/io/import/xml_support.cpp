// SPDX-License-Identifier: GPL-3.0-or-later
#include "xml_support.h"

#include <charconv>
#include <cmath>

namespace stridelog::xml {

std::optional<double> toNumber(QStringView text) {
    text = text.trimmed();
    // from_chars takes no plus sign; a sign after it ("+-1") is still refused below.
    if (text.startsWith(u'+') && !text.mid(1).startsWith(u'-')) text = text.mid(1);
    // Numbers are ASCII and short; Garmin Connect writes coordinates with 30 digits or so.
    char ascii[128];
    if (text.isEmpty() || text.size() > qsizetype(sizeof ascii)) return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f) return std::nullopt;
        ascii[i] = static_cast<char>(c);
    }
    const char* end = ascii + text.size();
    double value = 0;
    const auto [stop, error] = std::from_chars(ascii, end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

QStringView readElementText(QXmlStreamReader& reader, QString& buffer) {
    buffer.resize(0);  // keeps the capacity
    int depth = 0;     // inside child elements, whose text does not count
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                if (depth == 0) buffer.append(reader.text());
                break;
            case QXmlStreamReader::StartElement:
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                if (depth-- == 0) return buffer;
                break;
            default:
                break;
        }
    }
    return {};  // an error or the end of the document: the caller sees it on the reader
}

QString describeError(const QXmlStreamReader& reader) {
    if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        return QStringLiteral("the file ends early (line %1): it is truncated or incomplete")
            .arg(reader.lineNumber());
    }
    // The parser's own words ("Opening and ending tag mismatch") come last, for whoever
    // wants them; the sentence before them is what a runner reads.
    return QStringLiteral("the file is damaged: its text breaks off or is garbled at line %1 (%2)")
        .arg(reader.lineNumber())
        .arg(reader.errorString());
}

bool isStart(const QXmlStreamReader& reader, QLatin1String name) {
    return reader.isStartElement() && reader.name() == name;
}

bool isStart(const QXmlStreamReader& reader, QLatin1String ns, QLatin1String name) {
    return isStart(reader, name) && reader.namespaceUri() == ns;
}

}  // namespace stridelog::xml

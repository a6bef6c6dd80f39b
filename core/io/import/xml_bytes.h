// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pieces of XML the GPX fast path (gpx_fast_reader.h) checks and reads byte by byte, in
// UTF-8: names, characters, character references. Each says no to what it does not know, so
// the full reader can judge it.

#include <QString>
#include <QStringView>

#include <string>
#include <string_view>

namespace stridelog::xml_bytes {

inline bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
// An ASCII name with at most one colon inside it.
bool isPlainName(std::string_view name);
// True when every character is one XML allows, in valid UTF-8.
bool allXmlChars(const char* begin, const char* end);
// Checks text (or an attribute's value) and, when `out` is given, appends it with its
// references resolved. False for a reference to a DTD's entity, a character XML does not
// allow, "]]>" in text or "<" in a value.
bool readCharacters(std::string_view text, std::string* out, bool inAttribute);
// The rest of an XML declaration after `<?xml`, up to its `?>`: ` version="1.0"`, then
// optionally ` encoding="UTF-8"` and ` standalone="yes"` or `"no"`, in that order.
bool isUtf8Declaration(std::string_view text);
// UTF-8 text as a QString view, reusing `buffer` (no allocation for ASCII once it is large
// enough). Valid until `buffer` changes.
QStringView asText(std::string_view bytes, QString& buffer);

}  // namespace stridelog::xml_bytes

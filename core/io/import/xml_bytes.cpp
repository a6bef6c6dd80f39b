// SPDX-License-Identifier: GPL-3.0-or-later
#include "xml_bytes.h"

namespace stridelog::xml_bytes {
namespace {

bool isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

}  // namespace

// An ASCII name with at most one colon inside it; anything else is left to the full reader.
bool isPlainName(std::string_view name) {
    if (name.empty() || !isNameStart(name.front())) return false;
    bool colon = false;
    for (std::size_t i = 1; i < name.size(); ++i) {
        if (name[i] == ':' && !colon && i + 1 < name.size() && isNameStart(name[i + 1])) {
            colon = true;
        } else if (!isNameChar(name[i])) {
            return false;
        }
    }
    return true;
}

namespace {

// A character XML allows, as UTF-8 from `at`; its length, or 0 when it is not one.
std::size_t xmlCharLength(const char* at, const char* end) {
    const auto c = static_cast<unsigned char>(*at);
    if (c < 0x80) return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') ? 1 : 0;
    const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (length == 0 || c > 0xF4 || static_cast<std::size_t>(end - at) < length) return 0;
    char32_t code = c & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(at[i]);
        if ((next & 0xC0) != 0x80) return 0;
        code = (code << 6) | (next & 0x3F);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < least[length] || code > 0x10FFFF) return 0;
    if ((code >= 0xD800 && code <= 0xDFFF) || code == 0xFFFE || code == 0xFFFF) return 0;
    return length;
}

}  // namespace

bool allXmlChars(const char* begin, const char* end) {
    for (const char* at = begin; at < end;) {
        const auto c = static_cast<unsigned char>(*at);
        if (c >= 0x20 && c < 0x80) {
            ++at;
            continue;
        }
        const std::size_t length = xmlCharLength(at, end);
        if (length == 0) return false;
        at += length;
    }
    return true;
}

namespace {

void appendUtf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// One reference after its `&` up to its `;`, appended to `out`; false for one we leave to the
// full reader (a DTD's entity) or that is not a character XML allows.
bool appendReference(std::string_view name, std::string& out) {
    if (name == "lt") return out += '<', true;
    if (name == "gt") return out += '>', true;
    if (name == "amp") return out += '&', true;
    if (name == "apos") return out += '\'', true;
    if (name == "quot") return out += '"', true;
    if (name.size() < 2 || name[0] != '#') return false;
    const bool hex = name[1] == 'x';
    std::size_t at = hex ? 2 : 1;
    if (at >= name.size() || name.size() - at > 8) return false;
    char32_t code = 0;
    for (; at < name.size(); ++at) {
        const char c = name[at];
        int digit = -1;
        if (c >= '0' && c <= '9') digit = c - '0';
        if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
        if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
        if (digit < 0) return false;
        code = code * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    std::string encoded;
    appendUtf8(encoded, code);
    if (code > 0x10FFFF || xmlCharLength(encoded.data(), encoded.data() + encoded.size()) == 0)
        return false;
    out += encoded;
    return true;
}

}  // namespace

// Checks text or an attribute's value and, when `out` is given, appends it with its
// references resolved. False for anything the full reader must judge.
bool readCharacters(std::string_view text, std::string* out, bool inAttribute) {
    std::size_t from = 0;
    for (std::size_t at = 0; at < text.size();) {
        const char c = text[at];
        if (c == '&') {
            if (out) out->append(text.substr(from, at - from));
            const std::size_t semicolon = text.find(';', at);
            if (semicolon == std::string_view::npos) return false;
            std::string scratch;
            if (!appendReference(text.substr(at + 1, semicolon - at - 1), out ? *out : scratch))
                return false;
            at = from = semicolon + 1;
        } else if ((c == '<' && inAttribute) || (c == '>' && !inAttribute && at >= 2 &&
                                                 text[at - 1] == ']' && text[at - 2] == ']')) {
            return false;  // '<' in an attribute, or "]]>", is never text
        } else if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x80) {
            ++at;
        } else {
            const std::size_t length = xmlCharLength(text.data() + at, text.data() + text.size());
            if (length == 0) return false;
            at += length;
        }
    }
    if (out) out->append(text.substr(from));
    return true;
}

// UTF-8 text as the QString the builder reads, without a new allocation when it is ASCII.
QStringView asText(std::string_view bytes, QString& buffer) {
    bool ascii = true;
    for (const char c : bytes) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (!ascii) {
        buffer = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
        return buffer;
    }
    buffer.resize(static_cast<qsizetype>(bytes.size()));
    char16_t* out = reinterpret_cast<char16_t*>(buffer.data());
    for (std::size_t i = 0; i < bytes.size(); ++i) out[i] = static_cast<unsigned char>(bytes[i]);
    return buffer;
}

// ` version="1.0" encoding="UTF-8" standalone="no"` in that order, the last two optional.
bool isUtf8Declaration(std::string_view text) {
    int step = 0;
    while (true) {
        std::size_t at = 0;
        while (at < text.size() && isSpace(text[at])) ++at;
        if (at == text.size()) return step > 0;
        if (at == 0) return false;
        text.remove_prefix(at);
        const std::size_t equals = text.find('=');
        if (equals == std::string_view::npos || equals + 2 >= text.size()) return false;
        std::string_view name = text.substr(0, equals);
        while (!name.empty() && isSpace(name.back())) name.remove_suffix(1);
        std::size_t open = equals + 1;
        while (open < text.size() && isSpace(text[open])) ++open;
        if (open >= text.size() || (text[open] != '"' && text[open] != '\'')) return false;
        const std::size_t close = text.find(text[open], open + 1);
        if (close == std::string_view::npos) return false;
        const std::string_view value = text.substr(open + 1, close - open - 1);
        text.remove_prefix(close + 1);
        if (step == 0 && name == "version" && value == "1.0") {
            step = 1;
        } else if (step == 1 && name == "encoding" &&
                   (value == "UTF-8" || value == "utf-8" || value == "Utf-8")) {
            step = 2;
        } else if (step >= 1 && step <= 2 && name == "standalone" &&
                   (value == "yes" || value == "no")) {
            step = 3;
        } else {
            return false;
        }
    }
}

}  // namespace stridelog::xml_bytes

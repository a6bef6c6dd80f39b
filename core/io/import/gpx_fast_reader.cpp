// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpx_fast_reader.h"

#include "gpx_track_builder.h"
#include "xml_bytes.h"
#include "xml_support.h"
#include "xml_text_limit.h"

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace stridelog {
namespace {

constexpr qint64 kBlockBytes = 1 << 20;
// One token may be as long as the text limit allows, with room for its tag around it.
constexpr std::size_t kMaxTokenBytes = kMaxXmlTextBytes + (1 << 20);

enum class NsKind { None, Gpx, PointExtension, Other };

NsKind kindOf(std::string_view uri) {
    if (uri.empty()) return NsKind::None;
    const auto is = [&](QLatin1String known) {
        return uri == std::string_view(known.data(), static_cast<std::size_t>(known.size()));
    };
    if (is(xml::kGpx10) || is(xml::kGpx11)) return NsKind::Gpx;
    if (is(xml::kTrackPointV1) || is(xml::kTrackPointV2) || is(xml::kClueTrust))
        return NsKind::PointExtension;
    return NsKind::Other;
}

bool isGpx(NsKind kind) {
    return kind == NsKind::Gpx || kind == NsKind::None;
}

using namespace xml_bytes;

std::optional<double> numberOf(std::string_view raw, std::string& scratch, QString& buffer) {
    if (raw.find('&') != std::string_view::npos) {
        scratch.clear();
        readCharacters(raw, &scratch, true);
        raw = scratch;
    }
    return xml::toNumber(asText(raw, buffer));
}

// What the text being gathered belongs to: the track's name or type, or a point's value.
enum class Gathering { Nothing, Name, Type, Time, Elevation, Extension };

class FastGpxReader {
public:
    FastGpxReader(QIODevice& input, const ReadOptions& options)
        : input_(input), options_(options) {}

    std::optional<Expected<ParsedActivities>> read() {
        if (!readAll()) {
            if (cancelled_) return Expected<ParsedActivities>(fail(readCancelledMessage()));
            return std::nullopt;
        }
        if (oneInstant_)
            return Expected<ParsedActivities>(
                fail(GpxTrackBuilder::oneInstantMessage(*oneInstant_)));
        return Expected<ParsedActivities>(std::move(activities_));
    }

private:
    struct Attribute {
        std::string_view name;
        std::string_view value;  // as written, references unresolved
    };

    struct Binding {
        std::string prefix;  // empty: the default namespace
        std::string uri;
        NsKind kind = NsKind::None;
        std::size_t depth = 0;
    };

    struct Element {
        std::string name;  // as written, with its prefix
        std::size_t localStart = 0;
        NsKind kind = NsKind::None;
        std::string_view local() const { return std::string_view(name).substr(localStart); }
    };

    // --- Bytes: [start_, end_) of buffer_ are read but not yet used.

    bool more() {
        if (eof_) return false;
        if (start_ > 0) {
            std::memmove(buffer_.data(), buffer_.data() + start_, end_ - start_);
            end_ -= start_;
            start_ = 0;
        }
        // A token longer than the text limit allows, or a read error: the full reader's.
        if (end_ > kMaxTokenBytes) return eof_ = failed_ = true, false;
        if (buffer_.size() < end_ + kBlockBytes) buffer_.resize(end_ + kBlockBytes);
        const qint64 got = input_.read(buffer_.data() + end_, kBlockBytes);
        if (got < 0) failed_ = true;
        if (got <= 0) return eof_ = true, false;
        end_ += static_cast<std::size_t>(got);
        return true;
    }

    bool ensure(std::size_t bytes) {
        while (end_ - start_ < bytes)
            if (!more()) return false;
        return true;
    }

    // The index of the next `c` at or after start_ + offset.
    bool find(char c, std::size_t offset, std::size_t& at) {
        while (true) {
            const char* base = buffer_.data() + start_;
            if (offset < end_ - start_) {
                if (const void* hit = std::memchr(base + offset, c, end_ - start_ - offset)) {
                    at = start_ + static_cast<std::size_t>(static_cast<const char*>(hit) - base);
                    return true;
                }
            }
            offset = end_ - start_;
            if (!more()) return false;
        }
    }

    // The index of the `>` that ends the markup at start_ (a `>` inside a quoted value of a
    // tag does not count, nor one inside a comment or processing instruction but its last).
    bool markupEnd(std::size_t& at) {
        if (!ensure(2)) return false;
        const char kind = buffer_[start_ + 1];
        if (kind == '!' || kind == '?') {
            if (kind == '!' && (!ensure(4) || std::memcmp(&buffer_[start_], "<!--", 4) != 0))
                return false;  // CDATA, a DOCTYPE: the full reader's
            const char before = kind == '!' ? '-' : '?';
            const std::size_t least = kind == '!' ? 6 : 3;  // "<!---->", "<??>"
            for (std::size_t offset = least; find('>', offset, at); offset = at - start_ + 1) {
                if (buffer_[at - 1] == before && (kind == '?' || buffer_[at - 2] == '-'))
                    return true;
            }
            return false;
        }
        char quote = 0;
        for (std::size_t offset = 1;; ++offset) {
            if (start_ + offset >= end_ && !more()) return false;
            const char c = buffer_[start_ + offset];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                at = start_ + offset;
                return true;
            }
        }
    }

    std::string_view view(std::size_t from, std::size_t to) const {
        return {buffer_.data() + from, to - from};
    }

    bool readAll() {
        if (ensure(3) && std::memcmp(&buffer_[start_], "\xEF\xBB\xBF", 3) == 0) start_ += 3;
        if (end_ > start_ &&
            (buffer_[start_] == '\0' || static_cast<unsigned char>(buffer_[start_]) >= 0xFE))
            return false;  // UTF-16 or UTF-32
        bool first = true;
        while (!cancelled_) {
            std::size_t lt = 0;
            if (!find('<', 0, lt)) return atEnd(view(start_, end_));
            if (lt > start_ && !onText(view(start_, lt))) return false;
            first = first && lt == start_;
            start_ = lt;
            std::size_t gt = 0;
            if (!markupEnd(gt)) return false;
            if (!onMarkup(view(start_, gt + 1), first)) return false;
            first = false;
            start_ = gt + 1;
        }
        return false;
    }

    bool atEnd(std::string_view rest) const {
        if (failed_) return false;
        for (const char c : rest)
            if (!isSpace(c)) return false;
        return rootClosed_;
    }

    // --- XML

    bool onText(std::string_view text) {
        if (depth_ == 0) {
            for (const char c : text)
                if (!isSpace(c)) return false;
            return true;
        }
        const bool keep = gathering_ != Gathering::Nothing && gatherDepth_ == 0;
        return readCharacters(text, keep ? &gathered_ : nullptr, false);
    }

    bool onMarkup(std::string_view token, bool first) {
        const std::string_view inner = token.substr(2, token.size() - 3);
        if (token[1] == '!') {
            const std::string_view comment = inner.substr(2, inner.size() - 4);
            return comment.find("--") == std::string_view::npos && !comment.ends_with('-') &&
                   allXmlChars(comment.data(), comment.data() + comment.size());
        }
        if (token[1] == '?') return onInstruction(inner.substr(0, inner.size() - 1), first);
        if (token[1] == '/') {
            std::string_view name = inner;
            while (!name.empty() && isSpace(name.back())) name.remove_suffix(1);
            if (depth_ == 0 || name != stack_[depth_ - 1].name) return false;
            return onEnd();
        }
        return onStartTag(token.substr(1, token.size() - 2));
    }

    bool onInstruction(std::string_view text, bool first) {
        std::size_t nameEnd = 0;
        while (nameEnd < text.size() && !isSpace(text[nameEnd])) ++nameEnd;
        const std::string_view target = text.substr(0, nameEnd);
        if (target.size() == 3 && (target[0] | 0x20) == 'x' && (target[1] | 0x20) == 'm' &&
            (target[2] | 0x20) == 'l')
            return first && target == "xml" && isUtf8Declaration(text.substr(3));
        return isPlainName(target) && target.find(':') == std::string_view::npos &&
               (nameEnd == text.size() || isSpace(text[nameEnd])) &&
               allXmlChars(text.data(), text.data() + text.size());
    }

    bool onStartTag(std::string_view tag) {
        if (rootClosed_) return false;
        bool closed = false;
        if (tag.ends_with('/')) {
            closed = true;
            tag.remove_suffix(1);
        }
        std::size_t at = 0;
        while (at < tag.size() && !isSpace(tag[at])) ++at;
        const std::string_view name = tag.substr(0, at);
        if (!isPlainName(name)) return false;
        attributes_.clear();
        while (at < tag.size()) {
            const std::size_t spaced = at;
            while (at < tag.size() && isSpace(tag[at])) ++at;
            if (at == tag.size()) break;
            if (at == spaced) return false;  // attributes are apart
            const std::size_t nameStart = at;
            while (at < tag.size() && !isSpace(tag[at]) && tag[at] != '=') ++at;
            const std::string_view attribute = tag.substr(nameStart, at - nameStart);
            while (at < tag.size() && isSpace(tag[at])) ++at;
            if (at == tag.size() || tag[at] != '=') return false;
            ++at;
            while (at < tag.size() && isSpace(tag[at])) ++at;
            if (at == tag.size() || (tag[at] != '"' && tag[at] != '\'')) return false;
            const std::size_t close = tag.find(tag[at], at + 1);
            if (close == std::string_view::npos || !isPlainName(attribute)) return false;
            const std::string_view value = tag.substr(at + 1, close - at - 1);
            if (!readCharacters(value, nullptr, true)) return false;
            for (const Attribute& other : attributes_)
                if (other.name == attribute) return false;
            attributes_.push_back({attribute, value});
            at = close + 1;
        }
        if (!pushElement(name)) return false;
        if (!onStart()) return false;
        return !closed || onEnd();
    }

    // Enters an element: its namespace declarations, its name and namespace resolved.
    bool pushElement(std::string_view name) {
        const auto depth = depth_ + 1;
        for (const Attribute& attribute : attributes_) {
            const bool isDefault = attribute.name == "xmlns";
            if (!isDefault && !attribute.name.starts_with("xmlns:")) continue;
            Binding binding;
            if (!isDefault) binding.prefix = attribute.name.substr(6);
            if (binding.prefix == "xml" || binding.prefix == "xmlns") return false;
            readCharacters(attribute.value, &binding.uri, true);
            if (!isDefault && binding.uri.empty()) return false;
            binding.kind = kindOf(binding.uri);
            binding.depth = depth;
            bindings_.push_back(std::move(binding));
        }
        for (const Attribute& attribute : attributes_) {
            const std::size_t colon = attribute.name.find(':');
            if (colon == std::string_view::npos) continue;
            const std::string_view prefix = attribute.name.substr(0, colon);
            if (prefix != "xmlns" && prefix != "xml" && !lookUp(prefix)) return false;
        }
        const std::size_t colon = name.find(':');
        if (depth_ == stack_.size()) stack_.emplace_back();
        Element& element = stack_[depth_];
        element.name.assign(name);
        element.localStart = colon == std::string_view::npos ? 0 : colon + 1;
        element.kind = NsKind::None;
        if (colon != std::string_view::npos) {
            const Binding* binding = lookUp(name.substr(0, colon));
            if (!binding) return false;
            element.kind = binding->kind;
        } else if (const Binding* binding = lookUp({})) {
            element.kind = binding->kind;
        }
        ++depth_;
        return true;
    }

    const Binding* lookUp(std::string_view prefix) const {
        for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
            if (it->prefix == prefix) return it->uri.empty() ? nullptr : &*it;
        return nullptr;
    }

    bool onEnd() {
        const bool ok = onEndElement();
        while (!bindings_.empty() && bindings_.back().depth == depth_) bindings_.pop_back();
        if (--depth_ == 0) rootClosed_ = true;
        return ok;
    }

    // --- GPX, as readGpx reads it

    bool onStart() {
        const Element& element = stack_[depth_ - 1];
        const std::string_view local = element.local();
        if (depth_ == 1) return local == "gpx" && isGpx(element.kind);
        if (gathering_ != Gathering::Nothing) {
            ++gatherDepth_;
        } else if (!track_) {
            if (local == "trk" && isGpx(element.kind)) {
                track_.emplace();
                trackDepth_ = 0;
            }
        } else if (!inPoint_) {
            if (trackDepth_ == 0 && local == "name") {
                gather(Gathering::Name);
            } else if (trackDepth_ == 0 && local == "type") {
                gather(Gathering::Type);
            } else if (local == "trkpt") {
                std::optional<double> latitude, longitude;
                for (const Attribute& attribute : attributes_) {
                    if (attribute.name == "lat")
                        latitude = numberOf(attribute.value, scratch_, text_);
                    if (attribute.name == "lon")
                        longitude = numberOf(attribute.value, scratch_, text_);
                }
                track_->beginPoint(latitude, longitude);
                inPoint_ = true;
                pointDepth_ = 0;
            } else {
                if (local == "trkseg") track_->beginSegment();
                ++trackDepth_;
            }
        } else if (local == "time" && isGpx(element.kind)) {
            gather(Gathering::Time);
        } else if (local == "ele" && isGpx(element.kind)) {
            gather(Gathering::Elevation);
        } else if (element.kind == NsKind::PointExtension &&
                   (local == "hr" || local == "cad" || local == "cadence")) {
            extension_ = local == "hr" ? u"hr" : u"cad";
            gather(Gathering::Extension);
        } else {
            ++pointDepth_;
        }
        return true;
    }

    void gather(Gathering what) {
        gathering_ = what;
        gatherDepth_ = 0;
        gathered_.clear();
    }

    bool onEndElement() {
        if (gathering_ != Gathering::Nothing) {
            if (gatherDepth_-- == 0) deliver();
        } else if (inPoint_) {
            if (pointDepth_-- == 0) {
                inPoint_ = false;
                track_->endPoint();
                if (track_->pointCount() % kCancelCheckInterval == 0 && options_.cancelled())
                    cancelled_ = true;
            }
        } else if (track_) {
            if (trackDepth_-- == 0) {
                if (auto activity = track_->finish(oneInstant_))
                    activities_.push_back(std::move(*activity));
                track_.reset();
            }
        }
        return true;
    }

    void deliver() {
        const QStringView text = asText(gathered_, text_);
        switch (gathering_) {
            case Gathering::Name:
                track_->setName(text);
                break;
            case Gathering::Type:
                track_->setSport(text);
                break;
            case Gathering::Time:
                track_->pointTime(text);
                break;
            case Gathering::Elevation:
                track_->pointElevation(text);
                break;
            case Gathering::Extension:
                track_->pointExtension(QStringView(extension_), text);
                break;
            case Gathering::Nothing:
                break;
        }
        gathering_ = Gathering::Nothing;
    }

    QIODevice& input_;
    const ReadOptions& options_;
    std::vector<char> buffer_;
    std::size_t start_ = 0;
    std::size_t end_ = 0;
    bool eof_ = false;
    bool failed_ = false;

    std::vector<Element> stack_;  // [0, depth_) open; the rest kept for their strings' room
    std::size_t depth_ = 0;
    std::vector<Binding> bindings_;
    std::vector<Attribute> attributes_;  // of the start tag being read
    bool rootClosed_ = false;
    bool cancelled_ = false;

    std::optional<GpxTrackBuilder> track_;
    int trackDepth_ = 0;  // below <trk>, as readGpx counts it
    bool inPoint_ = false;
    int pointDepth_ = 0;  // below <trkpt>
    Gathering gathering_ = Gathering::Nothing;
    int gatherDepth_ = 0;  // elements inside the one whose text is gathered
    const char16_t* extension_ = u"hr";
    std::string gathered_;
    std::string scratch_;
    QString text_;
    ParsedActivities activities_;
    std::optional<IsoTime> oneInstant_;
};

}  // namespace

std::optional<Expected<ParsedActivities>> readGpxFast(QIODevice& input,
                                                      const ReadOptions& options) {
    return FastGpxReader(input, options).read();
}

}  // namespace stridelog

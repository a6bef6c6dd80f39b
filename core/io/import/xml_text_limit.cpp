// SPDX-License-Identifier: GPL-3.0-or-later
#include "xml_text_limit.h"

#include <cstring>

namespace stridelog {

XmlTextLimitDevice::XmlTextLimitDevice(QIODevice& source, qint64 limit, int maxDepth)
    : source_(source), limit_(limit), maxDepth_(maxDepth) {}

qint64 XmlTextLimitDevice::readData(char* data, qint64 maxSize) {
    if (failed_) return -1;
    const qint64 got = source_.read(data, maxSize);
    if (got <= 0) {
        if (got < 0) setErrorString(source_.errorString());
        return got;
    }
    return scan(data, got) ? got : -1;
}

bool XmlTextLimitDevice::fail(const QString& message) {
    failed_ = true;
    setErrorString(message);
    return false;
}

bool XmlTextLimitDevice::scan(const char* data, qint64 size) {
    const char* at = data;
    const char* const end = data + size;
    while (at < end) {
        if (state_ == State::Text) {
            // To the next `<` at once (memchr, not byte by byte: this sees every byte of a file).
            const auto* lt =
                static_cast<const char*>(std::memchr(at, '<', static_cast<std::size_t>(end - at)));
            run_ += (lt ? lt : end) - at;
            if (run_ > limit_) break;
            if (!lt) return true;
            state_ = State::Open;
            at = lt + 1;
            continue;
        }
        const char c = *at++;
        ++run_;
        switch (state_) {
            case State::Open:
                // A comment or CDATA is part of the text around it; any tag ends that text.
                if (c == '!') {
                    state_ = State::Bang;
                    bangBytes_ = 0;
                    break;
                }
                run_ = 1;
                state_ = c == '/' ? State::EndTag : c == '?' ? State::Instruction : State::StartTag;
                break;
            case State::StartTag:
                if (c == '"' || c == '\'') {
                    quote_ = c;
                    state_ = State::Quoted;
                } else if (c == '>') {
                    state_ = State::Text;
                    if (previous_ != '/' && ++depth_ > maxDepth_) {
                        return fail(QStringLiteral("the file nests its elements more than %1 "
                                                   "deep, more than an activity file does; it "
                                                   "was not read")
                                        .arg(maxDepth_));
                    }
                }
                break;
            case State::Quoted:
                if (c == quote_) state_ = State::StartTag;
                break;
            case State::EndTag:
                if (c == '>') {
                    state_ = State::Text;
                    if (depth_ > 0) --depth_;
                }
                break;
            case State::Instruction:
                if (c == '>' && previous_ == '?') state_ = State::Text;
                break;
            case State::Bang:
                // `<!--` is a comment, `<![CDATA[` CDATA, anything else a declaration.
                ++bangBytes_;
                if (bangBytes_ == 1 && c == '[') {
                    state_ = State::Cdata;
                } else if (bangBytes_ == 2 && c == '-' && previous_ == '-') {
                    state_ = State::Comment;
                    previous_ = 0;  // `<!-->` does not close the comment
                    beforePrevious_ = 0;
                    continue;
                } else if (c == '>') {
                    state_ = State::Text;
                }
                break;
            case State::Comment:
                if (c == '>' && previous_ == '-' && beforePrevious_ == '-') state_ = State::Text;
                break;
            case State::Cdata:
                if (c == '>' && previous_ == ']' && beforePrevious_ == ']') state_ = State::Text;
                break;
            case State::Text:
                break;
        }
        beforePrevious_ = previous_;
        previous_ = c;
        if (run_ > limit_) break;
    }
    if (run_ <= limit_) return true;
    return fail(QStringLiteral("one text in the file is longer than %1 MB, the most an activity "
                               "file may hold in one element; it was not read")
                    .arg(limit_ / (1024 * 1024)));
}

}  // namespace stridelog

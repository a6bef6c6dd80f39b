// SPDX-License-Identifier: GPL-3.0-or-later
#include "xml_text_limit.h"

#include <cstring>

namespace stridelog {

XmlTextLimitDevice::XmlTextLimitDevice(QIODevice& source, qint64 limit)
    : source_(source), limit_(limit) {}

qint64 XmlTextLimitDevice::readData(char* data, qint64 maxSize) {
    if (failed_) return -1;
    const qint64 got = source_.read(data, maxSize);
    if (got <= 0) {
        if (got < 0) setErrorString(source_.errorString());
        return got;
    }
    // From one `<` to the next (memchr, not byte by byte: this sees every byte of a file).
    const char* at = data;
    const char* const end = data + got;
    while (at < end) {
        const auto* lt =
            static_cast<const char*>(std::memchr(at, '<', static_cast<std::size_t>(end - at)));
        run_ += (lt ? lt : end) - at;
        if (run_ > limit_) {
            failed_ = true;
            setErrorString(QStringLiteral("one text in the file is longer than %1 MB, the most "
                                          "an activity file may hold in one element; it was "
                                          "not read")
                               .arg(limit_ / (1024 * 1024)));
            return -1;
        }
        if (!lt) break;
        run_ = 0;
        at = lt + 1;
    }
    return got;
}

}  // namespace stridelog

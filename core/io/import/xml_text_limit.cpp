// SPDX-License-Identifier: GPL-3.0-or-later
#include "xml_text_limit.h"

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
    for (qint64 i = 0; i < got; ++i) {
        if (data[i] == '<') {
            run_ = 0;
        } else if (++run_ > limit_) {
            failed_ = true;
            setErrorString(QStringLiteral("one text in the file is longer than %1 MB, the most "
                                          "an activity file may hold in one element; it was "
                                          "not read")
                               .arg(limit_ / (1024 * 1024)));
            return -1;
        }
    }
    return got;
}

}  // namespace stridelog

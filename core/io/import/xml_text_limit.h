// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A read-only QIODevice that passes an XML file through unchanged but refuses one text longer
// than a limit. QXmlStreamReader keeps a whole text node in memory before it reports it, so a
// GPX holding gigabytes of text in one element (easily packed into a small .gpx.gz) would take
// gigabytes. In XML no text node and no tag can contain a `<` except where the next markup
// starts, so the longest run of bytes without `<` bounds every token the reader holds.

#include <QIODevice>
#include <QString>

namespace stridelog {

// 16 MB: far more than any name, description or coordinate list a watch writes.
inline constexpr qint64 kMaxXmlTextBytes = 16 * 1024 * 1024;

class XmlTextLimitDevice final : public QIODevice {
public:
    explicit XmlTextLimitDevice(QIODevice& source, qint64 limit = kMaxXmlTextBytes);

    bool isSequential() const override { return true; }
    bool failed() const { return failed_; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice& source_;
    qint64 limit_;
    qint64 run_ = 0;  // bytes since the last `<`
    bool failed_ = false;
};

}  // namespace stridelog

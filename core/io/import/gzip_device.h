// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A read-only QIODevice that inflates a gzip stream from another device as it is read.
//
// Strava's bulk export and many archives keep activities as `.gpx.gz`, `.fit.gz`. Wrapping the
// file in this device lets every reader stream through it unchanged: zlib's inflate works on
// a fixed input buffer, so memory stays flat whatever the size. Concatenated gzip members are
// read one after the other, as gunzip does. A damaged or truncated stream, or one unpacking to
// more than its limit, makes readData() fail, with errorString() saying why.
//
// A sequential device's reader learns that data has ended only from atEnd(), which QIODevice
// answers from bytesAvailable(). So the device always keeps the next unpacked piece ready
// (unpacking ahead as soon as its own buffer is drained) and counts it in bytesAvailable():
// it is at its end exactly when the last member has ended, or the stream failed, and every
// byte was read, never merely because its buffer was empty for a moment.

#include <QIODevice>

#include <memory>

namespace stridelog {

class GzipDevice final : public QIODevice {
public:
    explicit GzipDevice(QIODevice& source);
    ~GzipDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // True once the compressed stream turned out damaged or truncated, or unpacked to more
    // than its limit.
    bool failed() const;
    // Refuses to unpack more than `bytes` (a gzip "bomb" packs gigabytes of one repeated
    // character into a megabyte). 0, the default, is no limit.
    void setUnpackedLimit(qint64 bytes, const QString& description);

    // True when `head` starts with the gzip magic bytes.
    static bool looksGzipped(const QByteArray& head);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    bool refill();
    void unpackAhead();
    qint64 failWith(const QString& message);

    struct State;
    QIODevice& source_;
    std::unique_ptr<State> state_;
    qint64 limit_ = 0;
    QString limitDescription_;
};

}  // namespace stridelog

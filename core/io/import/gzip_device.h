// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A read-only QIODevice that inflates a gzip stream from another device as it is read.
//
// Strava's bulk export and many archives keep activities as `.gpx.gz`, `.fit.gz`. Wrapping the
// file in this device lets every reader stream through it unchanged: zlib's inflate works on
// a fixed input buffer, so memory stays flat whatever the size. Concatenated gzip members are
// read one after the other, as gunzip does. A damaged or truncated stream makes readData()
// fail, with errorString() saying why.

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
    // True once the compressed stream turned out damaged or truncated.
    bool failed() const;

    // True when `head` starts with the gzip magic bytes.
    static bool looksGzipped(const QByteArray& head);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    bool refill();
    qint64 failWith(const QString& message);

    struct State;
    QIODevice& source_;
    std::unique_ptr<State> state_;
};

}  // namespace stridelog

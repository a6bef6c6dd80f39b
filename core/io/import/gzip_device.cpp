// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzip_device.h"

#include <zlib.h>

#include <algorithm>
#include <array>

namespace stridelog {

struct GzipDevice::State {
    z_stream stream{};
    std::array<char, 64 * 1024> input{};
    std::array<char, 64 * 1024> ahead{};  // unpacked, not yet read
    qint64 aheadStart = 0;
    qint64 aheadEnd = 0;
    bool initialised = false;
    bool finished = false;  // the last member ended and the source is exhausted
    bool failed = false;
    QString failure;  // why, once `failed`
    qint64 unpacked = 0;

    qint64 aheadSize() const { return aheadEnd - aheadStart; }
};

GzipDevice::GzipDevice(QIODevice& source) : source_(source), state_(std::make_unique<State>()) {}

GzipDevice::~GzipDevice() {
    close();
}

bool GzipDevice::failed() const {
    return state_->failed;
}

void GzipDevice::setUnpackedLimit(qint64 bytes, const QString& description) {
    limit_ = bytes;
    limitDescription_ = description;
}

bool GzipDevice::looksGzipped(const QByteArray& head) {
    return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
           static_cast<unsigned char>(head[1]) == 0x8b;
}

bool GzipDevice::open(OpenMode mode) {
    if ((mode & QIODevice::WriteOnly) != 0 || !source_.isReadable()) return false;
    *state_ = State{};
    // 16 + MAX_WBITS: gzip framing only, so a raw zlib or plain file is an error, not garbage.
    if (inflateInit2(&state_->stream, 16 + MAX_WBITS) != Z_OK) return false;
    state_->initialised = true;
    if (!QIODevice::open(mode)) return false;
    unpackAhead();
    return true;
}

void GzipDevice::close() {
    if (state_->initialised) inflateEnd(&state_->stream);
    state_->initialised = false;
    QIODevice::close();
}

bool GzipDevice::refill() {
    const qint64 got =
        source_.read(state_->input.data(), static_cast<qint64>(state_->input.size()));
    if (got <= 0) return false;
    state_->stream.next_in = reinterpret_cast<Bytef*>(state_->input.data());
    state_->stream.avail_in = static_cast<uInt>(got);
    return true;
}

qint64 GzipDevice::failWith(const QString& message) {
    state_->failed = true;
    state_->failure = message;
    setErrorString(message);
    return -1;
}

qint64 GzipDevice::bytesAvailable() const {
    return state_->aheadSize() + QIODevice::bytesAvailable();
}

// Unpacks the next piece into `ahead` when it is empty: up to its size, until the last member
// ends, or until the stream fails (the failure is reported once what came before it is read).
void GzipDevice::unpackAhead() {
    State& s = *state_;
    if (s.aheadSize() > 0 || s.finished || s.failed) return;
    s.aheadStart = 0;
    s.aheadEnd = 0;
    qint64 room = static_cast<qint64>(s.ahead.size());
    // Never unpack much past the limit.
    if (limit_ > 0) room = std::min(room, limit_ - s.unpacked + 1);
    s.stream.next_out = reinterpret_cast<Bytef*>(s.ahead.data());
    s.stream.avail_out = static_cast<uInt>(room);
    while (s.stream.avail_out > 0) {
        if (s.stream.avail_in == 0 && !refill()) {
            // Input ended inside a member: the file was cut short.
            failWith(QStringLiteral("the compressed file ends early"));
            return;
        }
        const int status = inflate(&s.stream, Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            // Another member may follow, as gunzip allows.
            if (s.stream.avail_in == 0 && !refill()) {
                s.finished = true;
                break;
            }
            inflateReset(&s.stream);
            continue;
        }
        if (status != Z_OK) {
            failWith(QStringLiteral("the compressed data is damaged (%1)")
                         .arg(QString::fromLatin1(s.stream.msg ? s.stream.msg : "zlib")));
            return;
        }
    }
    s.aheadEnd = room - static_cast<qint64>(s.stream.avail_out);
    s.unpacked += s.aheadEnd;
    if (limit_ > 0 && s.unpacked > limit_) {
        s.aheadEnd = 0;
        failWith(limitDescription_);
    }
}

qint64 GzipDevice::readData(char* data, qint64 maxSize) {
    State& s = *state_;
    unpackAhead();
    if (s.aheadSize() == 0) {
        if (!s.failed) return 0;  // the end
        setErrorString(s.failure);
        return -1;
    }
    const qint64 count = std::min(maxSize, s.aheadSize());
    std::copy_n(s.ahead.data() + s.aheadStart, count, data);
    s.aheadStart += count;
    // Know at once whether more follows, so atEnd() is true only at the real end.
    unpackAhead();
    return count;
}

qint64 GzipDevice::writeData(const char*, qint64) {
    return -1;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "track_codec.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>

namespace stridelog {
namespace {

constexpr char kMagic[] = "STK";
constexpr int kHeaderSize = 4;
// A sanity bound for decoding: a week of one point a second.
constexpr std::uint64_t kMaxPoints = 7ULL * 24 * 3600;
constexpr std::uint64_t kMaxLaps = 10'000;

enum Column : std::uint8_t { Position = 1, Altitude = 2, HeartRate = 4, Cadence = 8 };

std::int64_t rounded(double value, double scale) {
    return static_cast<std::int64_t>(std::llround(value * scale));
}

class Writer {
public:
    void unsignedValue(std::uint64_t value) {
        while (value >= 0x80) {
            bytes_.append(static_cast<char>((value & 0x7F) | 0x80));
            value >>= 7;
        }
        bytes_.append(static_cast<char>(value));
    }
    void signedValue(std::int64_t value) {
        unsignedValue((static_cast<std::uint64_t>(value) << 1) ^
                      static_cast<std::uint64_t>(value >> 63));
    }
    // Every value as its change from the one before: small numbers, which compress well.
    void column(const std::vector<TrackSample>& samples, double scale,
                const std::function<double(const TrackSample&)>& get) {
        std::int64_t previous = 0;
        for (const TrackSample& sample : samples) {
            const std::int64_t value = rounded(get(sample), scale);
            signedValue(value - previous);
            previous = value;
        }
    }
    // 0 for an absent value, else the change from the last present one, plus one.
    void optionalColumn(const std::vector<TrackSample>& samples, double scale,
                        const std::function<std::optional<double>(const TrackSample&)>& get) {
        std::int64_t previous = 0;
        for (const TrackSample& sample : samples) {
            const auto value = get(sample);
            if (!value) {
                unsignedValue(0);
                continue;
            }
            const std::int64_t now = rounded(*value, scale);
            const std::int64_t change = now - previous;
            unsignedValue(((static_cast<std::uint64_t>(change) << 1) ^
                           static_cast<std::uint64_t>(change >> 63)) +
                          1);
            previous = now;
        }
    }
    const QByteArray& bytes() const { return bytes_; }

private:
    QByteArray bytes_;
};

class Reader {
public:
    explicit Reader(const QByteArray& bytes) : bytes_(bytes) {}
    bool failed() const { return failed_; }

    std::uint64_t unsignedValue() {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at_ >= bytes_.size()) {
                failed_ = true;
                return 0;
            }
            const auto byte = static_cast<std::uint8_t>(bytes_[at_++]);
            value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0) return value;
        }
        failed_ = true;
        return 0;
    }
    static std::int64_t unzigzag(std::uint64_t value) {
        return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
    }
    std::int64_t signedValue() { return unzigzag(unsignedValue()); }

    void column(std::vector<TrackSample>& samples, double scale,
                const std::function<void(TrackSample&, double)>& set) {
        std::int64_t value = 0;
        for (TrackSample& sample : samples) {
            value += signedValue();
            set(sample, static_cast<double>(value) / scale);
        }
    }
    void optionalColumn(std::vector<TrackSample>& samples, double scale,
                        const std::function<void(TrackSample&, double)>& set) {
        std::int64_t value = 0;
        for (TrackSample& sample : samples) {
            const std::uint64_t raw = unsignedValue();
            if (raw == 0) continue;
            value += unzigzag(raw - 1);
            set(sample, static_cast<double>(value) / scale);
        }
    }
    bool atEnd() const { return at_ == bytes_.size(); }

private:
    const QByteArray& bytes_;
    qsizetype at_ = 0;
    bool failed_ = false;
};

std::uint8_t columnsOf(const std::vector<TrackSample>& samples) {
    std::uint8_t columns = 0;
    for (const TrackSample& s : samples) {
        if (s.latitude && s.longitude) columns |= Position;
        if (s.altitude) columns |= Altitude;
        if (s.heartRate) columns |= HeartRate;
        if (s.cadence) columns |= Cadence;
    }
    return columns;
}

std::optional<double> latitudeOf(const TrackSample& s) {
    return s.longitude ? s.latitude : std::nullopt;
}
std::optional<double> longitudeOf(const TrackSample& s) {
    return s.latitude ? s.longitude : std::nullopt;
}

}  // namespace

TrackSummary summarizeTrack(const Track& track) {
    TrackSummary summary;
    summary.points = static_cast<int>(track.samples.size());
    const std::uint8_t columns = columnsOf(track.samples);
    summary.hasPosition = (columns & Position) != 0;
    summary.hasAltitude = (columns & Altitude) != 0;
    summary.hasHeartRate = (columns & HeartRate) != 0;
    summary.hasCadence = (columns & Cadence) != 0;
    return summary;
}

QByteArray encodeTrack(const Track& track) {
    const auto& samples = track.samples;
    const std::uint8_t columns = columnsOf(samples);
    Writer out;
    out.unsignedValue(samples.size());
    out.unsignedValue(columns);
    out.column(samples, 10, [](const TrackSample& s) { return s.seconds; });
    out.column(samples, 10, [](const TrackSample& s) { return s.metres; });
    if (columns & Position) {
        out.optionalColumn(samples, 1e6, latitudeOf);
        out.optionalColumn(samples, 1e6, longitudeOf);
    }
    if (columns & Altitude)
        out.optionalColumn(samples, 10, [](const TrackSample& s) { return s.altitude; });
    if (columns & HeartRate)
        out.optionalColumn(samples, 1, [](const TrackSample& s) { return s.heartRate; });
    if (columns & Cadence)
        out.optionalColumn(samples, 1, [](const TrackSample& s) { return s.cadence; });
    out.unsignedValue(track.laps.size());
    for (const Lap& lap : track.laps) {
        out.unsignedValue(
            static_cast<std::uint64_t>(std::max<std::int64_t>(0, rounded(lap.metres, 10))));
        out.unsignedValue(
            static_cast<std::uint64_t>(std::max<std::int64_t>(0, rounded(lap.seconds, 10))));
        out.unsignedValue(lap.heartRate ? static_cast<std::uint64_t>(
                                              std::max<std::int64_t>(0, rounded(*lap.heartRate, 1)))
                                        : 0);
    }
    QByteArray data(kMagic, 3);
    data.append(kTrackCodecVersion);
    data.append(qCompress(out.bytes(), 9));
    return data;
}

Expected<Track> decodeTrack(const QByteArray& data) {
    if (data.size() < kHeaderSize || !data.startsWith(QByteArray(kMagic, 3)))
        return fail(QStringLiteral("not a stored track"));
    if (data[3] > kTrackCodecVersion)
        return fail(QStringLiteral("the track was stored by a newer version of Stridelog"));
    const QByteArray bytes = qUncompress(data.mid(kHeaderSize));
    if (bytes.isEmpty()) return fail(QStringLiteral("the stored track is damaged"));
    Reader in(bytes);
    Track track;
    const std::uint64_t count = in.unsignedValue();
    const std::uint64_t columns = in.unsignedValue();
    if (in.failed() || count > kMaxPoints)
        return fail(QStringLiteral("the stored track is damaged"));
    track.samples.resize(count);
    auto& samples = track.samples;
    in.column(samples, 10, [](TrackSample& s, double v) { s.seconds = v; });
    in.column(samples, 10, [](TrackSample& s, double v) { s.metres = v; });
    if (columns & Position) {
        in.optionalColumn(samples, 1e6, [](TrackSample& s, double v) { s.latitude = v; });
        in.optionalColumn(samples, 1e6, [](TrackSample& s, double v) { s.longitude = v; });
    }
    if (columns & Altitude)
        in.optionalColumn(samples, 10, [](TrackSample& s, double v) { s.altitude = v; });
    if (columns & HeartRate)
        in.optionalColumn(samples, 1, [](TrackSample& s, double v) { s.heartRate = v; });
    if (columns & Cadence)
        in.optionalColumn(samples, 1, [](TrackSample& s, double v) { s.cadence = v; });
    const std::uint64_t laps = in.unsignedValue();
    if (in.failed() || laps > kMaxLaps) return fail(QStringLiteral("the stored track is damaged"));
    for (std::uint64_t i = 0; i < laps; ++i) {
        Lap lap;
        lap.metres = static_cast<double>(in.unsignedValue()) / 10;
        lap.seconds = static_cast<double>(in.unsignedValue()) / 10;
        if (const std::uint64_t bpm = in.unsignedValue(); bpm > 0)
            lap.heartRate = static_cast<double>(bpm);
        track.laps.push_back(lap);
    }
    if (in.failed() || !in.atEnd()) return fail(QStringLiteral("the stored track is damaged"));
    return track;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fit_writer.h"

#include "core/io/import/fit_decoder.h"

#include <QDateTime>
#include <QTimeZone>

#include <span>

namespace stridelog::test {
namespace {

int sizeOf(std::uint8_t baseType) {
    switch (baseType & 0x1F) {
        case 3:
        case 4:
        case 11:
            return 2;
        case 5:
        case 6:
        case 8:
        case 12:
            return 4;
        case 9:
        case 14:
        case 15:
        case 16:
            return 8;
        default:
            return 1;
    }
}

std::uint16_t crcOf(const QByteArray& bytes) {
    return fitCrc16(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                      static_cast<std::size_t>(bytes.size())));
}

void appendLittle16(QByteArray& out, std::uint16_t value) {
    out.append(static_cast<char>(value & 0xFF));
    out.append(static_cast<char>(value >> 8));
}

}  // namespace

void FitWriter::appendValue(QByteArray& out, std::uint64_t value, int size) const {
    for (int i = 0; i < size; ++i) {
        const int shift = 8 * (bigEndian_ ? size - 1 - i : i);
        out.append(static_cast<char>((value >> shift) & 0xFF));
    }
}

void FitWriter::message(std::uint8_t localType, std::uint16_t global,
                        const std::vector<FitValue>& values, int developerFieldBytes) {
    define(localType, global, values, developerFieldBytes);
    data(localType, values, developerFieldBytes);
}

void FitWriter::define(std::uint8_t localType, std::uint16_t global,
                       const std::vector<FitValue>& values, int developerFieldBytes) {
    const bool developer = developerFieldBytes > 0;
    records_.append(static_cast<char>(0x40 | (developer ? 0x20 : 0) | localType));
    records_.append('\0');
    records_.append(static_cast<char>(bigEndian_ ? 1 : 0));
    appendValue(records_, global, 2);
    records_.append(static_cast<char>(values.size()));
    for (const FitValue& v : values) {
        records_.append(static_cast<char>(v.field));
        records_.append(static_cast<char>(sizeOf(v.baseType)));
        records_.append(static_cast<char>(v.baseType));
    }
    if (developer) {
        records_.append('\1');  // one developer field of that many bytes
        records_.append('\0');
        records_.append(static_cast<char>(developerFieldBytes));
        records_.append('\0');
    }
}

void FitWriter::data(std::uint8_t localType, const std::vector<FitValue>& values,
                     int developerFieldBytes) {
    records_.append(static_cast<char>(localType));
    for (const FitValue& v : values) appendValue(records_, v.value, sizeOf(v.baseType));
    records_.append(QByteArray(developerFieldBytes, '\x7f'));
}

void FitWriter::compressed(std::uint8_t localType, std::uint8_t timeOffset,
                           const std::vector<FitValue>& values) {
    records_.append(static_cast<char>(0x80 | (localType << 5) | (timeOffset & 0x1F)));
    for (const FitValue& v : values) appendValue(records_, v.value, sizeOf(v.baseType));
}

QByteArray FitWriter::file() const {
    QByteArray header;
    header.append('\x0e');
    header.append('\x20');         // protocol 2.0
    appendLittle16(header, 2132);  // profile 21.32
    const auto size = static_cast<std::uint32_t>(records_.size());
    for (int i = 0; i < 4; ++i) header.append(static_cast<char>((size >> (8 * i)) & 0xFF));
    header.append(".FIT");
    appendLittle16(header, crcOf(header));
    QByteArray out = header + records_;
    appendLittle16(out, crcOf(out));
    return out;
}

std::uint32_t fitTime(int year, int month, int day, int hour, int minute, int second) {
    const QDateTime utc(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
    return static_cast<std::uint32_t>(utc.toSecsSinceEpoch() - kFitEpochUnixSeconds);
}

QByteArray runningActivityFit(bool bigEndian, bool compressedRecords, std::uint8_t sport,
                              std::uint8_t subSport) {
    const std::uint32_t start = fitTime(2024, 6, 1, 5, 0, 0);  // 07:00 at UTC+2
    FitWriter fit(bigEndian);
    fit.message(0, 0, {{0, 0x00, 4}, {1, 0x84, 1}, {3, 0x8C, 12345}, {4, 0x86, start}});
    // An unknown message (global 999) and a developer field: both skipped by size.
    fit.message(1, 999, {{0, 0x86, 7}, {1, 0x02, 3}}, 3);
    const auto semicircles = [](double degrees) {
        return static_cast<std::uint64_t>(
            static_cast<std::uint32_t>(static_cast<std::int32_t>(degrees / 180.0 * 2147483648.0)));
    };
    for (int i = 0; i < 5; ++i) {
        const std::vector<FitValue> point{
            {0, 0x85, semicircles(50.0 + 0.001 * i)},
            {1, 0x85, semicircles(8.0)},
            {3, 0x02, i == 2 ? 0xFFu : 140u + static_cast<unsigned>(i)},
            {4, 0x02, 85}};
        std::vector<FitValue> timed = point;
        const std::uint32_t time = start + 20u * static_cast<unsigned>(i);
        timed.push_back({253, 0x86, time});
        if (i == 0) {
            fit.message(2, 20, timed);
        } else if (!compressedRecords) {
            fit.data(2, timed);
        } else {
            if (i == 1) fit.define(3, 20, point);
            // The header carries the low five bits of the time; the decoder adds the rest.
            fit.compressed(3, static_cast<std::uint8_t>(time & 0x1F), point);
        }
    }
    fit.message(4, 21, {{253, 0x86, start + 200}, {0, 0x00, 0}, {1, 0x00, 4}});  // timer stop_all
    fit.message(5, 19, {{253, 0x86, start + 300}, {2, 0x86, start}});
    fit.message(6, 18,
                {{253, 0x86, start + 300},
                 {2, 0x86, start},
                 {5, 0x00, sport},
                 {6, 0x00, subSport},
                 {7, 0x86, 300000},
                 {8, 0x86, 250500},
                 {9, 0x86, 100000},
                 {16, 0x02, 150},
                 {18, 0x02, 85},
                 {41, 0x02, 64},
                 {26, 0x84, 1}});
    fit.message(7, 34, {{253, 0x86, start + 301}, {5, 0x86, start + 301 + 7200}});
    return fit.file();
}

std::uint32_t powerOnActivityRealStart() {
    return fitTime(2024, 6, 1, 5, 0, 0);
}

QByteArray powerOnActivityFit(PowerOnDate date, std::uint32_t powerOnStart) {
    const std::uint32_t real = powerOnActivityRealStart();
    // A moment of the activity, `seconds` after its start, on the file's clock: from power-on,
    // except after the switch to real times when `date` is LaterMessage.
    const auto powerOn = [&](std::uint32_t seconds) { return powerOnStart + seconds; };
    const auto realAt = [&](std::uint32_t seconds) { return real + seconds; };
    const bool switches = date == PowerOnDate::LaterMessage;
    const auto clock = [&](std::uint32_t seconds) {
        return switches && seconds >= 4 ? realAt(seconds) : powerOn(seconds);
    };
    FitWriter fit;
    const std::uint32_t created = date == PowerOnDate::FileCreated ? real : powerOn(0);
    fit.message(0, 0, {{0, 0x00, 4}, {1, 0x84, 1}, {3, 0x8C, 777}, {4, 0x86, created}});
    for (std::uint32_t i = 0; i < 5; ++i) {
        const std::vector<FitValue> record{
            {253, 0x86, clock(i)},
            {0, 0x85,
             static_cast<std::uint32_t>(
                 static_cast<std::int32_t>((50.0 + 0.001 * i) / 180.0 * 2147483648.0))},
            {1, 0x85,
             static_cast<std::uint32_t>(static_cast<std::int32_t>(8.0 / 180.0 * 2147483648.0))},
            {3, 0x02, 150}};
        if (i == 0)
            fit.message(1, 20, record);
        else
            fit.data(1, record);
        // The watch ties its power-on clock to a satellite time once it has one.
        if (i == 1 && date == PowerOnDate::Correlation)
            fit.message(2, 162, {{253, 0x86, realAt(1)}, {1, 0x86, powerOn(1)}});
    }
    fit.message(3, 19, {{253, 0x86, clock(300)}, {2, 0x86, clock(0)}});
    fit.message(4, 18,
                {{253, 0x86, clock(300)},
                 {2, 0x86, clock(0)},
                 {5, 0x00, 1},
                 {6, 0x00, 0},
                 {7, 0x86, 300000},
                 {8, 0x86, 250500},
                 {9, 0x86, 100000},
                 {26, 0x84, 1}});
    // local_timestamp is a real local time only where the watch knew it.
    const bool localIsReal =
        date == PowerOnDate::ActivityLocalTime || date == PowerOnDate::Correlation || switches;
    const std::uint32_t local = (localIsReal ? realAt(301) : powerOn(301)) + 7200;
    fit.message(5, 34, {{253, 0x86, clock(301)}, {5, 0x86, local}});
    return fit.file();
}

}  // namespace stridelog::test

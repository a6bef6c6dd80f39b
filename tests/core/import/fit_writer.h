// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small FIT writer for tests: builds activity files byte by byte, so the decoder is tested on
// what it must accept (both byte orders, compressed timestamps, developer fields, unknown
// messages, chained files) and what it must refuse (bad checksums, truncation, nonsense
// lengths) without shipping real recordings.

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace stridelog::test {

struct FitValue {
    std::uint8_t field;
    std::uint8_t baseType;  // FIT base type byte: 0x00 enum, 0x02 uint8, 0x84 uint16, 0x86 uint32…
    std::uint64_t value;
};

class FitWriter {
public:
    explicit FitWriter(bool bigEndian = false) : bigEndian_(bigEndian) {}

    // A definition for `localType`, then one data message with these values.
    void message(std::uint8_t localType, std::uint16_t global, const std::vector<FitValue>& values,
                 int developerFieldBytes = 0);
    // Only the definition.
    void define(std::uint8_t localType, std::uint16_t global, const std::vector<FitValue>& values,
                int developerFieldBytes = 0);
    // A data message for an already defined local type (same fields, new values).
    void data(std::uint8_t localType, const std::vector<FitValue>& values,
              int developerFieldBytes = 0);
    // A data message with a compressed timestamp header (local types 0–3).
    void compressed(std::uint8_t localType, std::uint8_t timeOffset,
                    const std::vector<FitValue>& values);
    void raw(const QByteArray& bytes) { records_ += bytes; }

    // The whole file: 14-byte header with its CRC, the records, the file CRC.
    QByteArray file() const;

private:
    void appendValue(QByteArray& out, std::uint64_t value, int size) const;

    bool bigEndian_;
    QByteArray records_;
};

// FIT seconds (since 1989-12-31 UTC) of a UTC date-time.
std::uint32_t fitTime(int year, int month, int day, int hour, int minute, int second);

// A complete running activity: file_id, 5 records 20 s apart (0.001° of latitude each),
// a timer pause, lap, session (1000.00 m, timer 250.5 s, elapsed 300 s, HR 150, cadence 85.5
// per foot) and an activity message at UTC+2.
QByteArray runningActivityFit(bool bigEndian = false, bool compressedRecords = false,
                              std::uint8_t sport = 1, std::uint8_t subSport = 0);

// Where a power-on file (times below 0x10000000: seconds since the watch was switched on) says
// which real date it is, if anywhere (core/io/import/fit_clock.h).
enum class PowerOnDate {
    None,               // nowhere: the file must be refused
    Correlation,        // a timestamp_correlation message (162)
    LaterMessage,       // the last record and everything after it carry real times
    ActivityLocalTime,  // activity.local_timestamp is a real local time
    FileCreated,        // file_id.time_created is a real time
};

// The real moment the power-on activities started: 2024-06-01 05:00:00 UTC (07:00 at UTC+2).
std::uint32_t powerOnActivityRealStart();

// A running activity whose clock counts from power-on, starting at `powerOnStart` seconds:
// file_id, 5 records one second apart, lap, session (1000.00 m, timer 250.5 s, elapsed 300 s)
// and an activity message at UTC+2, with the real date only where `date` puts it.
QByteArray powerOnActivityFit(PowerOnDate date, std::uint32_t powerOnStart = 1000);

}  // namespace stridelog::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small decoder for the FIT binary protocol (Garmin's Flexible and Interoperable data
// Transfer), written from the protocol description because Debian packages no FIT library.
//
// A FIT file is a 12- or 14-byte header (size, protocol and profile versions, data size,
// ".FIT", optional header CRC), a stream of records, and a CRC-16 over everything before it.
// Records are either definitions ("local type 3 is global message 20 with these fields, in this
// byte order") or data messages laid out by the definition of their local type. A data record
// may use a compressed timestamp header: a 5-bit offset from the last full timestamp.
// Developer fields are skipped by their declared size; so is every message we do not know.
// Several FIT files may follow each other in one file (chained), and are decoded in turn.
//
// The decoder streams: it reads one record at a time from a QIODevice and hands each data
// message to a callback, so memory stays flat. Every length comes from the file and is checked
// against what is left of the data section before use; a malformed file stops decoding with
// an error saying what and where, never a crash or a large allocation (a message is at most
// 255 fields of 255 bytes plus as many developer fields).

#include "parsed_activity.h"

#include "core/model/expected.h"

#include <QIODevice>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace stridelog {

// FIT's CRC-16 (polynomial 0xA001, nibble table), as the protocol defines it.
std::uint16_t fitCrc16(std::span<const std::uint8_t> bytes, std::uint16_t crc = 0);

struct FitFieldDefinition {
    std::uint8_t number = 0;
    std::uint8_t size = 0;
    std::uint8_t baseType = 0;
};

// One data message: the bytes laid out by its definition. Values are read on demand.
class FitMessage {
public:
    FitMessage(std::uint16_t global, const std::vector<FitFieldDefinition>& fields,
               std::span<const std::uint8_t> data, bool bigEndian,
               std::optional<std::uint32_t> compressedTimestamp);

    std::uint16_t globalNumber() const { return global_; }
    // The field's first value, or nullopt when absent or FIT's "invalid" for its base type.
    std::optional<double> value(std::uint8_t field) const;
    // Field 253, or the time a compressed timestamp header gave the message.
    std::optional<std::uint32_t> timestamp() const;

private:
    std::uint16_t global_;
    const std::vector<FitFieldDefinition>& fields_;
    std::span<const std::uint8_t> data_;
    bool bigEndian_;
    std::optional<std::uint32_t> compressedTimestamp_;
};

using FitMessageHandler = std::function<void(const FitMessage&)>;

// Decodes every FIT file in `input`; on error the message says what is wrong.
Expected<std::int64_t> decodeFit(QIODevice& input, const FitMessageHandler& handler,
                                 const ReadOptions& options = {});

// FIT times count seconds from 1989-12-31 00:00:00 UTC.
inline constexpr std::int64_t kFitEpochUnixSeconds = 631'065'600;

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fit_decoder.h"

#include <array>

namespace stridelog {
namespace {

constexpr std::uint8_t kTimestampField = 253;
constexpr int kLocalTypes = 16;

// Size in bytes and "invalid" marker of each FIT base type, indexed by its low five bits.
struct BaseType {
    std::uint8_t size;
    bool isSigned;
    bool isFloat;
    std::uint64_t invalid;
};
constexpr std::array<BaseType, 17> kBaseTypes{{
    {1, false, false, 0xFF},                // enum
    {1, true, false, 0x7F},                 // sint8
    {1, false, false, 0xFF},                // uint8
    {2, true, false, 0x7FFF},               // sint16
    {2, false, false, 0xFFFF},              // uint16
    {4, true, false, 0x7FFFFFFF},           // sint32
    {4, false, false, 0xFFFFFFFF},          // uint32
    {1, false, false, 0x00},                // string
    {4, false, true, 0xFFFFFFFF},           // float32
    {8, false, true, 0xFFFFFFFFFFFFFFFF},   // float64
    {1, false, false, 0x00},                // uint8z
    {2, false, false, 0x0000},              // uint16z
    {4, false, false, 0x00000000},          // uint32z
    {1, false, false, 0xFF},                // byte
    {8, true, false, 0x7FFFFFFFFFFFFFFF},   // sint64
    {8, false, false, 0xFFFFFFFFFFFFFFFF},  // uint64
    {8, false, false, 0x0000000000000000},  // uint64z
}};

struct Definition {
    std::uint16_t global = 0;
    bool bigEndian = false;
    std::vector<FitFieldDefinition> fields;
    std::size_t dataSize = 0;  // fields and developer fields
};

std::uint64_t readUnsigned(std::span<const std::uint8_t> bytes, bool bigEndian) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const std::size_t index = bigEndian ? i : bytes.size() - 1 - i;
        value = (value << 8) | bytes[index];
    }
    return value;
}

// Reads from the device, counts what is left of the data section and keeps the CRC.
class RecordStream {
public:
    explicit RecordStream(QIODevice& input) : input_(input) {}

    bool read(std::uint8_t* out, std::size_t count) {
        if (count == 0) return true;
        const qint64 got = input_.read(reinterpret_cast<char*>(out), static_cast<qint64>(count));
        if (got != static_cast<qint64>(count)) return false;
        crc_ = fitCrc16(std::span<const std::uint8_t>(out, count), crc_);
        offset_ += static_cast<std::int64_t>(count);
        return true;
    }
    std::uint16_t crc() const { return crc_; }
    void resetCrc() { crc_ = 0; }
    std::int64_t offset() const { return offset_; }

private:
    QIODevice& input_;
    std::uint16_t crc_ = 0;
    std::int64_t offset_ = 0;
};

class Decoder {
public:
    Decoder(QIODevice& input, const FitMessageHandler& handler, const ReadOptions& options)
        : input_(input), stream_(input), handler_(handler), options_(options) {}

    Expected<std::int64_t> run() {
        do {
            if (auto error = decodeOneFile()) return fail(*error);
        } while (!input_.atEnd());
        return messages_;
    }

private:
    QString at(const QString& what) const {
        return QStringLiteral("%1 (byte %2)").arg(what).arg(stream_.offset());
    }
    QString endsEarly() const {
        return at(QStringLiteral("the file ends early: it is incomplete or was cut off"));
    }

    std::optional<QString> decodeOneFile() {
        stream_.resetCrc();
        definitions_ = {};
        std::array<std::uint8_t, 14> header{};
        if (!stream_.read(header.data(), 1)) return QStringLiteral("the file is empty");
        const std::uint8_t headerSize = header[0];
        if (headerSize != 12 && headerSize != 14)
            return QStringLiteral("not a FIT file: it does not start as one");
        if (!stream_.read(header.data() + 1, headerSize - 1u)) return endsEarly();
        if (header[8] != '.' || header[9] != 'F' || header[10] != 'I' || header[11] != 'T')
            return QStringLiteral("not a FIT file: it does not start as one");
        const auto headerCrc = static_cast<std::uint16_t>(header[12] | header[13] << 8);
        if (headerSize == 14 && headerCrc != 0 &&
            headerCrc != fitCrc16(std::span<const std::uint8_t>(header.data(), 12)))
            return QStringLiteral("the file is damaged: its header checksum does not match");
        const auto dataSize = static_cast<std::int64_t>(
            readUnsigned(std::span<const std::uint8_t>(header.data() + 4, 4), false));
        const std::int64_t end = stream_.offset() + dataSize;
        while (stream_.offset() < end) {
            if (auto error = decodeRecord(end)) return error;
            if (messages_ % kCancelCheckInterval == 0 && options_.cancelled())
                return readCancelledMessage();
        }
        return checkFileCrc();
    }

    std::optional<QString> checkFileCrc() {
        const std::uint16_t computed = stream_.crc();
        std::array<std::uint8_t, 2> stored{};
        if (!stream_.read(stored.data(), 2)) return endsEarly();
        if (static_cast<std::uint16_t>(stored[0] | stored[1] << 8) != computed)
            return QStringLiteral("the file is damaged: its checksum does not match");
        return std::nullopt;
    }

    std::optional<QString> decodeRecord(std::int64_t end) {
        std::uint8_t header = 0;
        if (!stream_.read(&header, 1)) return endsEarly();
        if ((header & 0x80) != 0) {
            // Compressed timestamp header: local type in bits 5-6, time offset in bits 0-4.
            const std::uint32_t offset = header & 0x1Fu;
            std::uint32_t time = (lastTimestamp_ & ~0x1Fu) + offset;
            if (offset < (lastTimestamp_ & 0x1Fu)) time += 0x20;
            lastTimestamp_ = time;
            return decodeData((header >> 5) & 0x03, end, time);
        }
        const int localType = header & 0x0F;
        if ((header & 0x40) != 0) return decodeDefinition(localType, (header & 0x20) != 0, end);
        return decodeData(localType, end, std::nullopt);
    }

    bool readBounded(std::uint8_t* out, std::size_t count, std::int64_t end) {
        if (stream_.offset() + static_cast<std::int64_t>(count) > end) return false;
        return stream_.read(out, count);
    }

    std::optional<QString> decodeDefinition(int localType, bool developer, std::int64_t end) {
        std::array<std::uint8_t, 5> fixed{};
        if (!readBounded(fixed.data(), fixed.size(), end)) return endsEarlyOrOverrun(end);
        if (fixed[1] > 1)
            return at(QStringLiteral("the file is damaged: the layout of a record is not valid"));
        Definition definition;
        definition.bigEndian = fixed[1] == 1;
        definition.global = static_cast<std::uint16_t>(
            readUnsigned(std::span<const std::uint8_t>(fixed.data() + 2, 2), definition.bigEndian));
        std::array<std::uint8_t, 3> raw{};
        for (int i = 0; i < fixed[4]; ++i) {
            if (!readBounded(raw.data(), raw.size(), end)) return endsEarlyOrOverrun(end);
            definition.fields.push_back({raw[0], raw[1], raw[2]});
            definition.dataSize += raw[1];
        }
        if (developer) {
            std::uint8_t count = 0;
            if (!readBounded(&count, 1, end)) return endsEarlyOrOverrun(end);
            for (int i = 0; i < count; ++i) {
                if (!readBounded(raw.data(), raw.size(), end)) return endsEarlyOrOverrun(end);
                definition.dataSize += raw[1];  // developer fields: skipped by size
            }
        }
        definitions_[static_cast<std::size_t>(localType)] = std::move(definition);
        return std::nullopt;
    }

    std::optional<QString> decodeData(int localType, std::int64_t end,
                                      std::optional<std::uint32_t> compressedTime) {
        const auto& slot = definitions_[static_cast<std::size_t>(localType)];
        if (!slot)
            return at(QStringLiteral(
                "the file is damaged: a record uses a layout the file has not defined"));
        buffer_.resize(slot->dataSize);
        if (!readBounded(buffer_.data(), buffer_.size(), end)) return endsEarlyOrOverrun(end);
        const FitMessage message(slot->global, slot->fields, buffer_, slot->bigEndian,
                                 compressedTime);
        if (!compressedTime) {
            if (auto time = message.timestamp()) lastTimestamp_ = *time;
        }
        ++messages_;
        handler_(message);
        return std::nullopt;
    }

    QString endsEarlyOrOverrun(std::int64_t end) const {
        if (stream_.offset() >= end || input_.atEnd()) return endsEarly();
        return at(QStringLiteral("the file is damaged: a record runs past the end of its data"));
    }

    QIODevice& input_;
    RecordStream stream_;
    const FitMessageHandler& handler_;
    const ReadOptions& options_;
    std::array<std::optional<Definition>, kLocalTypes> definitions_{};
    std::vector<std::uint8_t> buffer_;
    std::uint32_t lastTimestamp_ = 0;
    std::int64_t messages_ = 0;
};

}  // namespace

std::uint16_t fitCrc16(std::span<const std::uint8_t> bytes, std::uint16_t crc) {
    static constexpr std::array<std::uint16_t, 16> table{
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400};
    for (const std::uint8_t byte : bytes) {
        std::uint16_t tmp = table[crc & 0xF];
        crc = static_cast<std::uint16_t>((crc >> 4) & 0x0FFF);
        crc = static_cast<std::uint16_t>(crc ^ tmp ^ table[byte & 0xF]);
        tmp = table[crc & 0xF];
        crc = static_cast<std::uint16_t>((crc >> 4) & 0x0FFF);
        crc = static_cast<std::uint16_t>(crc ^ tmp ^ table[(byte >> 4) & 0xF]);
    }
    return crc;
}

FitMessage::FitMessage(std::uint16_t global, const std::vector<FitFieldDefinition>& fields,
                       std::span<const std::uint8_t> data, bool bigEndian,
                       std::optional<std::uint32_t> compressedTimestamp)
    : global_(global),
      fields_(fields),
      data_(data),
      bigEndian_(bigEndian),
      compressedTimestamp_(compressedTimestamp) {}

std::optional<double> FitMessage::value(std::uint8_t field) const {
    std::size_t offset = 0;
    for (const FitFieldDefinition& definition : fields_) {
        const std::size_t start = offset;
        offset += definition.size;
        if (definition.number != field) continue;
        const std::size_t typeIndex = definition.baseType & 0x1Fu;
        if (typeIndex >= kBaseTypes.size()) return std::nullopt;
        const BaseType& type = kBaseTypes[typeIndex];
        // An array holds at least one value of the type; anything shorter is unreadable.
        if (definition.size < type.size || start + type.size > data_.size()) return std::nullopt;
        const std::uint64_t raw = readUnsigned(data_.subspan(start, type.size), bigEndian_);
        if (raw == type.invalid) return std::nullopt;
        if (type.isFloat) return std::nullopt;  // no field we read is a float
        if (!type.isSigned) return static_cast<double>(raw);
        const unsigned shift = 64u - 8u * type.size;
        return static_cast<double>(static_cast<std::int64_t>(raw << shift) >> shift);
    }
    return std::nullopt;
}

std::optional<std::uint32_t> FitMessage::timestamp() const {
    if (auto time = value(kTimestampField); time && *time >= 0 && *time <= 4294967295.0)
        return static_cast<std::uint32_t>(*time);
    return compressedTimestamp_;
}

Expected<std::int64_t> decodeFit(QIODevice& input, const FitMessageHandler& handler,
                                 const ReadOptions& options) {
    return Decoder(input, handler, options).run();
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the command line's value parsers, compiled once per parser
// (STRIDELOG_FUZZ_DISTANCE, _DURATION, _DATE, _INSTANT). Any text must give a value or an
// error message, never a crash or a sanitizer report; a value given back must be one the
// parser reads again the same way.

#include "core/model/unit_text.h"
#include "core/model/value_parsing.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace stridelog;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
#if defined(STRIDELOG_FUZZ_DISTANCE)
    if (const auto distance = parseDistance(text)) {
        require(distance->metres() >= 0);
        (void)parseKilometres(text, QStringLiteral("limit-km"));
    }
#elif defined(STRIDELOG_FUZZ_DURATION)
    if (const auto duration = parseDuration(text)) {
        // What the CLI prints for a duration reads back as the same duration.
        if (duration->seconds() > 0 && duration->seconds() < 1'000'000) {
            const auto again = parseDuration(formatDuration(*duration));
            require(again && again->seconds() == duration->seconds());
        }
    }
    (void)parsePainDuration(text);
#elif defined(STRIDELOG_FUZZ_DATE)
    if (const auto date = parseDate(text)) {
        require(date->isValid());
        const auto again = parseDate(date->toString(Qt::ISODate));
        require(again && *again == *date);
    }
    (void)parseTime(text);
#elif defined(STRIDELOG_FUZZ_INSTANT)
    if (const auto instant = parseInstant(text)) (void)instant->instant.toLocalIsoString();
#endif
    return 0;
}

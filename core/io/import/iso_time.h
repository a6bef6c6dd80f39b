// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ISO 8601 times as GPX and TCX write them: `2014-01-17T08:33:11Z`, `…11.150Z`,
// `…11+01:00`, or with no zone at all (which GPX defines as UTC). A hand-written parser rather
// than QDateTime::fromString: it runs once per track point, so it must be cheap, and it must
// never misbehave on hostile text.
//
// The offset rule for the run's start (DESIGN.md: runs land on the runner's local day):
// an explicit offset is kept; `Z` or no zone takes the system time zone's offset at that moment.

#include "core/model/instant.h"

#include <QStringView>

#include <cstdint>
#include <optional>

namespace stridelog {

struct IsoTime {
    std::int64_t utcMilliseconds = 0;
    std::optional<int> offsetSeconds;  // only when the text gives a numeric offset
};

std::optional<IsoTime> parseIsoTime(QStringView input);

// The instant with the offset rule above.
Instant instantFromIsoTime(const IsoTime& time);

// The system time zone's offset at a UTC moment.
Instant instantInSystemZone(std::int64_t utcSeconds);

}  // namespace stridelog

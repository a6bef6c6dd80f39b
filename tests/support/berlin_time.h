// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tests run on Europe/Berlin time (they name its daylight-saving dates and offsets). The C
// library finds the zone in the time zone database, which minimal systems leave out (Debian's
// tzdata): there TZ=Europe/Berlin silently means UTC and a dozen tests fail for no visible
// reason. So the zone is set here and checked once, and its absence named.

#include <QByteArray>
#include <QtGlobal>

#include <cstdio>
#include <ctime>

namespace stridelog::test {

// Sets TZ=Europe/Berlin for this process and its children; false, with a message on stderr,
// when the system does not know the zone.
inline bool useBerlinTime() {
    qputenv("TZ", QByteArrayLiteral("Europe/Berlin"));
    tzset();
    const std::time_t midJanuary = 1768478400;  // 2026-01-15 12:00 UTC: CET, +01:00
    std::tm local{};
    if (localtime_r(&midJanuary, &local) != nullptr && local.tm_gmtoff == 3600) return true;
    std::fputs(
        "The time zone Europe/Berlin is unknown on this system: the time zone database is "
        "missing. Install it (packaging/install-deps.sh installs tzdata) and run the tests "
        "again.\n",
        stderr);
    return false;
}

}  // namespace stridelog::test

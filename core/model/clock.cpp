// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QDateTime>

namespace stridelog {

Instant SystemClock::now() const {
    return Instant::fromLocal(QDateTime::currentDateTime());
}

const Clock& systemClock() {
    static const SystemClock clock;
    return clock;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_time.h"

#include <QTimeZone>

#include <cmath>

namespace stridelog {

QString exportTime(const Instant& start, double secondsAfter) {
    const auto tenths = static_cast<std::int64_t>(std::llround(secondsAfter * 10.0));
    const int offset = start.utcOffsetSeconds();
    // The wall clock where the run was: UTC moved by the offset, written with that offset.
    const std::int64_t wallMilliseconds = (start.utcSeconds() + offset) * 1000 + tenths * 100;
    const QDateTime moment = QDateTime::fromMSecsSinceEpoch(wallMilliseconds, QTimeZone::utc());
    const QString text =
        moment.toString(tenths % 10 == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss")
                                         : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    if (offset == 0) return text + QLatin1Char('Z');
    const int minutes = std::abs(offset) / 60;
    return text + QStringLiteral("%1%2:%3")
                      .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                      .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                      .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "instant.h"

namespace stridelog {

Instant Instant::fromDateTime(const QDateTime& dateTime) {
    return Instant(dateTime.toSecsSinceEpoch(), dateTime.offsetFromUtc());
}

Instant Instant::fromLocal(const QDateTime& local) {
    return fromDateTime(local.toLocalTime());
}

Instant Instant::fromLocal(QDate date, QTime time) {
    return fromDateTime(QDateTime(date, time, Qt::LocalTime));
}

Instant Instant::endOfLocalDay(QDate date) {
    return fromLocal(date.addDays(1), QTime(0, 0));
}

QDateTime Instant::localDateTime() const {
    return QDateTime::fromSecsSinceEpoch(utcSeconds_, Qt::OffsetFromUTC, offsetSeconds_);
}

QDate Instant::localDate() const {
    return localDateTime().date();
}

QString Instant::toLocalIsoString() const {
    return localDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A moment in time together with the UTC offset it was recorded in. Runs and pain entries
// keep the offset of where they happened, so a run imported from another time zone, or one
// logged across a daylight-saving change, still lands on the local calendar day the runner
// lived it. Instants compare by the moment only.

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace stridelog {

class Instant {
public:
    constexpr Instant() = default;
    constexpr Instant(std::int64_t utcSeconds, int utcOffsetSeconds)
        : utcSeconds_(utcSeconds), offsetSeconds_(utcOffsetSeconds) {}

    // A wall-clock time in the system's time zone; the offset is the one in force then.
    static Instant fromLocal(const QDateTime& local);
    // A wall-clock date and time in the system's time zone.
    static Instant fromLocal(QDate date, QTime time);
    // Midnight starting the local day after `date`: "end of that day" for a bare as-of date.
    static Instant endOfLocalDay(QDate date);
    static Instant fromDateTime(const QDateTime& dateTime);

    constexpr std::int64_t utcSeconds() const { return utcSeconds_; }
    constexpr int utcOffsetSeconds() const { return offsetSeconds_; }

    // The wall-clock time where it happened.
    QDateTime localDateTime() const;
    QDate localDate() const;
    // `YYYY-MM-DDTHH:MM:SS` in its own offset, as the CLI prints instants.
    QString toLocalIsoString() const;

    constexpr Instant plusSeconds(std::int64_t seconds) const {
        return Instant(utcSeconds_ + seconds, offsetSeconds_);
    }
    constexpr std::int64_t secondsUntil(const Instant& later) const {
        return later.utcSeconds_ - utcSeconds_;
    }

    friend constexpr bool operator==(const Instant& a, const Instant& b) {
        return a.utcSeconds_ == b.utcSeconds_;
    }
    friend constexpr auto operator<=>(const Instant& a, const Instant& b) {
        return a.utcSeconds_ <=> b.utcSeconds_;
    }

private:
    std::int64_t utcSeconds_ = 0;
    int offsetSeconds_ = 0;
};

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// FIT times below 0x10000000 are not dates: the protocol uses them for "seconds since the
// device was switched on" (a watch that has not yet had a satellite or phone fix). Read as a
// date they land in 1990, and the run would be filed there. FitClock watches the messages of
// one file for a real date that can be tied to those power-on seconds, best first:
//
//   1. timestamp_correlation (message 162): a real UTC time and the power-on time of the same
//      moment, as the protocol intends;
//   2. a later message with a real timestamp after power-on ones (the device got its fix): the
//      real time of that message against the last power-on time before it;
//   3. the activity message's local_timestamp (a real local wall-clock time) against its own
//      power-on timestamp: exact, but in local time, so the zone is the system's;
//   4. file_id.time_created, a real time, against the first power-on time of the file.
//
// Without any of them the file has no calendar date and is refused, rather than imported as
// a run in 1990.

#include <cstdint>
#include <optional>

namespace stridelog {

inline constexpr std::uint32_t kFitFirstCalendarTime = 0x10000000;

inline bool isFitPowerOnTime(std::int64_t fitSeconds) {
    return fitSeconds >= 0 && fitSeconds < kFitFirstCalendarTime;
}

// A power-on time turned into a real one, in FIT seconds: UTC, or local wall-clock time when
// it came from a local timestamp.
struct FitCalendarTime {
    std::int64_t fitSeconds = 0;
    bool isLocal = false;
};

class FitClock {
public:
    // Every message's timestamp, in file order.
    void onTimestamp(std::uint32_t fitSeconds);
    void onCorrelation(std::uint32_t utc, std::uint32_t powerOn);
    void onActivity(std::uint32_t timestamp, std::uint32_t localTimestamp);
    void onFileCreated(std::uint32_t fitSeconds);

    std::optional<FitCalendarTime> toCalendar(std::int64_t powerOnSeconds) const;
    // A time on the clock the file started with: in a file that starts on power-on time, a
    // real time after the switch is moved back onto that clock, so a track's times stay
    // continuous; toCalendar() then moves them all forward together.
    std::uint32_t onStartingClock(std::uint32_t fitSeconds) const;
    // Seconds to add to a power-on time for UTC, when known.
    std::optional<std::int64_t> utcShift() const;

private:
    std::optional<std::int64_t> correlation_;
    std::optional<std::int64_t> laterMessage_;
    std::optional<std::int64_t> activityLocal_;
    std::optional<std::int64_t> fileCreated_;  // the real time itself; tied to firstPowerOn_
    std::optional<std::uint32_t> first_;
    std::optional<std::uint32_t> firstPowerOn_;
    std::optional<std::uint32_t> lastPowerOn_;
};

// The message a reader refuses such a file with.
inline const char* fitNoCalendarDateMessage() {
    return "the file has no calendar date: its times count from when the watch was switched on";
}

}  // namespace stridelog

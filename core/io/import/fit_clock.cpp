// SPDX-License-Identifier: GPL-3.0-or-later
#include "fit_clock.h"

namespace stridelog {
namespace {

bool isCalendar(std::uint32_t fitSeconds) {
    return fitSeconds >= kFitFirstCalendarTime;
}

std::int64_t difference(std::uint32_t later, std::uint32_t earlier) {
    return static_cast<std::int64_t>(later) - static_cast<std::int64_t>(earlier);
}

}  // namespace

void FitClock::onTimestamp(std::uint32_t fitSeconds) {
    if (!first_) first_ = fitSeconds;
    if (!isCalendar(fitSeconds)) {
        if (!firstPowerOn_) firstPowerOn_ = fitSeconds;
        lastPowerOn_ = fitSeconds;
    } else if (lastPowerOn_ && !laterMessage_) {
        laterMessage_ = difference(fitSeconds, *lastPowerOn_);
    }
}

void FitClock::onCorrelation(std::uint32_t utc, std::uint32_t powerOn) {
    if (isCalendar(utc) && !isCalendar(powerOn) && !correlation_)
        correlation_ = difference(utc, powerOn);
}

void FitClock::onActivity(std::uint32_t timestamp, std::uint32_t localTimestamp) {
    if (!isCalendar(timestamp) && isCalendar(localTimestamp))
        activityLocal_ = difference(localTimestamp, timestamp);
}

void FitClock::onFileCreated(std::uint32_t fitSeconds) {
    if (isCalendar(fitSeconds)) fileCreated_ = fitSeconds;
}

std::optional<std::int64_t> FitClock::utcShift() const {
    if (correlation_) return correlation_;
    if (laterMessage_) return laterMessage_;
    if (fileCreated_ && firstPowerOn_) return *fileCreated_ - *firstPowerOn_;
    return std::nullopt;
}

std::uint32_t FitClock::onStartingClock(std::uint32_t fitSeconds) const {
    if (!first_ || isCalendar(*first_) || !isCalendar(fitSeconds)) return fitSeconds;
    const auto shift = utcShift();
    if (!shift || *shift > fitSeconds) return fitSeconds;
    return static_cast<std::uint32_t>(fitSeconds - *shift);
}

std::optional<FitCalendarTime> FitClock::toCalendar(std::int64_t powerOnSeconds) const {
    if (correlation_) return FitCalendarTime{powerOnSeconds + *correlation_, false};
    if (laterMessage_) return FitCalendarTime{powerOnSeconds + *laterMessage_, false};
    if (activityLocal_) return FitCalendarTime{powerOnSeconds + *activityLocal_, true};
    if (const auto shift = utcShift()) return FitCalendarTime{powerOnSeconds + *shift, false};
    return std::nullopt;
}

}  // namespace stridelog

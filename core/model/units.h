// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Distances and durations as small integer types. The journal stores metres and seconds and
// every rule compares them exactly; kilometres and miles exist only at the edges (parsing and
// display), so a km value can never be added to a mile value by mistake.

#include <compare>
#include <cstdint>

namespace stridelog {

class Distance {
public:
    constexpr Distance() = default;
    static constexpr Distance fromMetres(std::int64_t metres) { return Distance(metres); }

    constexpr std::int64_t metres() const { return metres_; }
    // For display and JSON only; never for comparing against a limit.
    constexpr double km() const { return static_cast<double>(metres_) / 1000.0; }

    constexpr auto operator<=>(const Distance&) const = default;
    constexpr Distance operator+(Distance other) const { return Distance(metres_ + other.metres_); }
    constexpr Distance operator-(Distance other) const { return Distance(metres_ - other.metres_); }
    constexpr Distance& operator+=(Distance other) {
        metres_ += other.metres_;
        return *this;
    }

private:
    constexpr explicit Distance(std::int64_t metres) : metres_(metres) {}
    std::int64_t metres_ = 0;
};

class Duration {
public:
    constexpr Duration() = default;
    static constexpr Duration fromSeconds(std::int64_t seconds) { return Duration(seconds); }
    static constexpr Duration fromMinutes(std::int64_t minutes) { return Duration(minutes * 60); }
    static constexpr Duration fromHours(std::int64_t hours) { return Duration(hours * 3600); }
    static constexpr Duration fromDays(std::int64_t days) { return Duration(days * 86400); }

    constexpr std::int64_t seconds() const { return seconds_; }
    constexpr double hours() const { return static_cast<double>(seconds_) / 3600.0; }

    constexpr auto operator<=>(const Duration&) const = default;
    constexpr Duration operator+(Duration other) const {
        return Duration(seconds_ + other.seconds_);
    }
    constexpr Duration operator-(Duration other) const {
        return Duration(seconds_ - other.seconds_);
    }

private:
    constexpr explicit Duration(std::int64_t seconds) : seconds_(seconds) {}
    std::int64_t seconds_ = 0;
};

namespace literals {
constexpr Distance operator""_m(unsigned long long metres) {
    return Distance::fromMetres(static_cast<std::int64_t>(metres));
}
constexpr Distance operator""_km(unsigned long long km) {
    return Distance::fromMetres(static_cast<std::int64_t>(km) * 1000);
}
constexpr Duration operator""_s(unsigned long long seconds) {
    return Duration::fromSeconds(static_cast<std::int64_t>(seconds));
}
constexpr Duration operator""_min(unsigned long long minutes) {
    return Duration::fromMinutes(static_cast<std::int64_t>(minutes));
}
constexpr Duration operator""_h(unsigned long long hours) {
    return Duration::fromHours(static_cast<std::int64_t>(hours));
}
constexpr Duration operator""_d(unsigned long long days) {
    return Duration::fromDays(static_cast<std::int64_t>(days));
}
}  // namespace literals

// Pace in whole seconds per kilometre, rounded to the nearest second; 0 for a zero distance.
constexpr std::int64_t paceSecondsPerKm(Distance distance, Duration duration) {
    if (distance.metres() <= 0) return 0;
    return (duration.seconds() * 1000 + distance.metres() / 2) / distance.metres();
}

// One statute mile, exactly, in millimetres.
inline constexpr std::int64_t kMillimetresPerMile = 1'609'344;

}  // namespace stridelog

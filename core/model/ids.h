// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Typed database ids, so a run id can never be passed where a shoe id is wanted.

#include <compare>
#include <cstdint>

namespace stridelog {

template <class Tag>
class Id {
public:
    constexpr Id() = default;
    constexpr explicit Id(std::int64_t value) : value_(value) {}
    constexpr std::int64_t value() const { return value_; }
    constexpr bool isValid() const { return value_ > 0; }
    constexpr auto operator<=>(const Id&) const = default;

private:
    std::int64_t value_ = 0;
};

using RunId = Id<struct RunTag>;
using ShoeId = Id<struct ShoeTag>;
using PainId = Id<struct PainTag>;

}  // namespace stridelog

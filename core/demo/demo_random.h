// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's only source of chance. std::mt19937 gives the same numbers everywhere, but the
// std:: distributions do not (each standard library maps them differently), so the mapping
// from raw numbers to ranges is our own and a seed gives the same history on every platform.

#include <cstdint>
#include <initializer_list>
#include <random>

namespace stridelog::demo {

class DemoRandom {
public:
    explicit DemoRandom(std::uint32_t seed) : engine_(seed) {}

    // A whole number from `low` to `high`, both included, each equally likely.
    int between(int low, int high);
    // True with a chance of `percent` in 100.
    bool percent(int percent);
    // True with a chance of `perMille` in 1000.
    bool perMille(int perMille);
    // The index of one of `weights`, chosen in proportion to its weight.
    int weighted(std::initializer_list<int> weights);

private:
    std::mt19937 engine_;
};

}  // namespace stridelog::demo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_random.h"

namespace stridelog::demo {

int DemoRandom::between(int low, int high) {
    if (high <= low) return low;
    const auto range = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low) + 1;
    // Rejection sampling: drop the top, uneven part of the 32-bit range so every value in
    // [low, high] has exactly the same chance.
    constexpr std::uint64_t kSpan = std::uint64_t{1} << 32;
    const std::uint64_t usable = kSpan - kSpan % range;
    std::uint64_t draw = engine_();
    while (draw >= usable) draw = engine_();
    return static_cast<int>(low + static_cast<std::int64_t>(draw % range));
}

bool DemoRandom::percent(int percent) {
    return between(0, 99) < percent;
}

bool DemoRandom::perMille(int perMille) {
    return between(0, 999) < perMille;
}

int DemoRandom::weighted(std::initializer_list<int> weights) {
    int total = 0;
    for (const int weight : weights) total += weight;
    int draw = between(0, total - 1);
    int index = 0;
    for (const int weight : weights) {
        if (draw < weight) return index;
        draw -= weight;
        ++index;
    }
    return index - 1;
}

}  // namespace stridelog::demo

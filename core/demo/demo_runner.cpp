// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_runner.h"

#include <algorithm>
#include <array>

namespace stridelog::demo {
namespace {

constexpr int kBuildUpWeeks = 4 * 52;
constexpr int kAgeingStartsWeek = 15 * 52;

// Less running in midwinter and high summer, more in the spring and autumn race seasons.
constexpr std::array<int, 12> kSeasonPerMille{900, 920, 980,  1020, 1040, 1000,
                                              960, 980, 1040, 1040, 960,  900};

int interpolate(int from, int to, int perMille) {
    return from + (to - from) * perMille / 1000;
}

}  // namespace

DemoRunner::DemoRunner(DemoRandom& random, int weekCount)
    : startCapacityKm_(random.between(20, 26)),
      plateauCapacityKm_(random.between(42, 58)),
      startPace_(random.between(370, 400)),
      bestPace_(random.between(310, 335)),
      startCadence_(random.between(150, 156)),
      bestCadence_(random.between(158, 165)),
      // A short history belongs to a runner who started a while before it.
      weeksBeforeHistory_(std::max(0, 5 * 52 - weekCount)),
      leftKneeWeaker_(random.percent(50)) {}

int DemoRunner::experiencePerMille(int week) const {
    return std::min(1000, (week + weeksBeforeHistory_) * 1000 / kBuildUpWeeks);
}

int DemoRunner::weeksOfAgeing(int week) const {
    return std::max(0, week - kAgeingStartsWeek);
}

std::int64_t DemoRunner::capacityMetres(int week, QDate monday) const {
    const int km = interpolate(startCapacityKm_, plateauCapacityKm_, experiencePerMille(week));
    // About 1% less a year once ageing sets in.
    const std::int64_t ageing = 1000 - weeksOfAgeing(week) * 10 / 52;
    const std::int64_t season = kSeasonPerMille.at(static_cast<std::size_t>(monday.month() - 1));
    return std::int64_t{km} * 1000 * ageing / 1000 * season / 1000;
}

int DemoRunner::easyPaceSecondsPerKm(int week) const {
    // About two seconds per kilometre slower a year once ageing sets in.
    return interpolate(startPace_, bestPace_, experiencePerMille(week)) +
           weeksOfAgeing(week) * 2 / 52;
}

int DemoRunner::cadenceSpm(int week) const {
    return interpolate(startCadence_, bestCadence_, experiencePerMille(week));
}

}  // namespace stridelog::demo

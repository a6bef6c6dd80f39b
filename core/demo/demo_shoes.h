// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pairs of a demo history and which runs each carried. Road pairs carry road, track and
// treadmill runs; trail pairs the runs off-road. Pairs are handed out from the newest run
// backwards, each until it has run the distance at which the runner retires it, so the pair
// in use at the end sits just below its 1000 km limit (RULES.md R3 "soon") and the older ones
// are retired. A new pair overlaps the old one for its first runs, as runners break pairs in.

#include "demo_random.h"

#include "core/model/run.h"
#include "core/model/shoe.h"

#include <QDate>

#include <vector>

namespace stridelog::demo {

// Sets each run's shoe and returns the pairs with ids 1..n, oldest pair first. `runs` must
// be ordered by start.
std::vector<Shoe> assignShoes(DemoRandom& random, std::vector<Run>& runs, QDate endDate);

}  // namespace stridelog::demo

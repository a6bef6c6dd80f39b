// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What each chart shows, in one or two sentences, written from the same evaluation the chart
// draws, so a screen reader hears what a sighted runner sees at a glance: "Last 16 weeks: this
// week 18.4 of 40.2 km allowed; 2 weeks over their limit, the latest the week of 3 November,
// 12% over." The app sets them as the charts' accessible descriptions and announces a change.

#include "evaluation.h"

#include <QString>

namespace stridelog {

// The weekly distance chart's default view: the last `weeks` weeks up to T.
QString weeklyVolumeSummary(const Evaluation& evaluation, int weeks = 16);
// R11 at T: acute, chronic and their ratio.
QString loadSummary(const Evaluation& evaluation);
// Every pair in use against its limit, the most worn first.
QString shoesSummary(const Evaluation& evaluation);
// The knee pain of R13's 180 days up to T: how many entries, the latest and the worst stage.
QString painTimelineSummary(const Evaluation& evaluation);
// The way back's sessions (R16): how many, the level now, and the latest session's ratings.
QString comebackSummary(const Evaluation& evaluation);

}  // namespace stridelog

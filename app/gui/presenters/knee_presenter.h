// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Knee page's data (pages/knee_page.h), read from the evaluation and nothing decided here:
// every pain entry counted as of T at its intensity with its R5 stage and how long it lasted,
// the weekly distance behind them on the dashboard's own week keys, how often each site hurt,
// and R13's rates in words.

#include "app/gui/session/journal_session.h"

#include <QString>

#include <map>
#include <vector>

namespace stridelog::gui {

struct KneeWeekBar {
    double key = 0;  // weekKey(): the same x as the dashboard's bar of that week
    double value = 0;
};

struct KneePainMark {
    double key = 0;     // its start, local wall-clock time on the UTC axis
    double endKey = 0;  // its end, or T while it goes on
    int intensity = 0;
    int stage = 1;  // R5, as of T
};

// A morning check (rules 1.2): the knee's pain on getting up, the trend R17 judges.
struct KneeMorningPoint {
    double key = 0;  // the day's morning, 07:00 local wall-clock time on the UTC axis
    int pain = 0;
    bool swellingOrLimp = false;
};

struct KneeRateRow {
    QString label;     // "hilly runs"
    QString followed;  // "4 of 6 (67%)"
    QString others;    // "2 of 20 (10%)"
    bool pattern = false;
};

struct KneeView {
    std::vector<KneeWeekBar> weeks;
    double weekBarWidth = 0;
    double weekTop = 1;  // highest week, at least 1
    QString unitSymbol;
    std::vector<KneePainMark> pains;         // oldest first
    std::vector<KneeMorningPoint> mornings;  // up to T's day, oldest first
    std::map<Site, int> siteCounts;
    std::vector<KneeRateRow> rates;
    double rangeLower = 0;  // the last 180 days (R13's window), or less if the journal is younger
    double rangeUpper = 0;
    QString summary;  // the timeline in words, for a screen reader
};

KneeView presentKnee(const Evaluation& evaluation);

// Local wall-clock time as seconds on a UTC axis, so the axis shows the runner's dates.
double wallClockKey(const Instant& instant);

}  // namespace stridelog::gui

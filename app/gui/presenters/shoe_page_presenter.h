// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pair page's data (pages/shoe_page.h), read from the evaluation: the pair's distance over
// time against its limit and R3's 80% mark, the 7-day windows its forecast counted, the
// forecast in words, and its runs. Nothing is decided here; a missing pair gives `found` false.

#include "app/gui/session/journal_session.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace stridelog::gui {

struct ShoeWeekBar {
    double key = 0;  // 1 … 8, oldest first
    double value = 0;
    QString label;  // the window's first day, "12 Oct"
};

struct ShoePageView {
    bool found = false;
    QString title;
    QString facts;     // "812.0 km of its 1,000 km limit (81%), 94 runs. Past 80% …"
    QString forecast;  // "Over the last 8 weeks: 21.4 km a week. At that rate …"
    QString unitSymbol;
    // The distance on the pair after each of its runs, as a step line up to T.
    QVector<double> wearKeys;
    QVector<double> wearValues;
    double limit = 0;     // display units
    double soonMark = 0;  // R3's 80% mark, display units
    QString limitLabel;   // "limit 1,000 km"
    double asOfKey = 0;
    std::vector<ShoeWeekBar> weeks;
    std::vector<QStringList> runs;  // date, distance, pace, surface; newest first
};

ShoePageView presentShoePage(const Evaluation& evaluation, ShoeId shoe);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Load chart data: R11's acute and chronic curves, one point per day at the day's noon, in the
// user's unit per day, on the same time keys as the weekly chart so both share one x range.

#include "app/gui/session/journal_session.h"

#include <QString>
#include <QVector>

namespace stridelog::gui {

struct LoadCurves {
    QVector<double> keys;  // noon of each day, seconds since the epoch
    QVector<double> acute;
    QVector<double> chronic;
    QString unitSymbol;  // "km" or "mi"
    double maxValue = 0;
    QString summary;  // R11 at T in words, for a screen reader
};

LoadCurves presentLoad(const Evaluation& evaluation);

// "Mon 9 Nov 2026: acute 4.2 km, chronic 3.9 km per day (ratio 1.08)" for the day nearest
// `key`, or empty when the key is outside the curves.
QString loadTooltip(const Evaluation& evaluation, double key);

}  // namespace stridelog::gui

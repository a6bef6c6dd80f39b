// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the run page shows of one run, computed without widgets: its facts, the route's outline
// (metres east and north of the start, from the kept positions), pace, heart rate, cadence and
// elevation against distance (thinned to what a chart can show), laps and splits in the
// runner's units, the pain that followed it and what the rules say of it.

#include "app/gui/session/journal_session.h"

#include "core/model/track.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <vector>

namespace stridelog::gui {

struct TrackSeries {
    QVector<double> distance;  // in the runner's unit
    QVector<double> pace;      // minutes per km or mile; NaN where it cannot be told
    QVector<double> heartRate;
    QVector<double> cadence;
    QVector<double> altitude;
    bool hasPace = false, hasHeartRate = false, hasCadence = false, hasAltitude = false;
};

struct RowText {
    QString number;
    QString distance;
    QString time;
    QString pace;
    QString heartRate;
    QString ascent;
};

struct RunView {
    QString title;      // "Tue 10 Nov 2026, 07:30"
    QStringList facts;  // one line each: distance and pace, pair, surface, type, effort, notes
    std::vector<QPointF> route;
    TrackSeries series;
    std::vector<RowText> laps;
    std::vector<RowText> splits;
    QStringList pain;   // the entries that followed it
    QStringList rules;  // its spike, its week against the limit
    bool hasTrack = false;
};

// At most this many points per chart series and in the route: about a point per two pixels
// of a wide window. More shows nothing new, and long antialiased lines are what a page's
// drawing time grows with.
inline constexpr int kMaxChartPoints = 600;

RunView presentRun(const Evaluation& evaluation, const Run& run, const std::optional<Track>& track);

}  // namespace stridelog::gui

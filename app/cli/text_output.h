// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The readable output without --json: aligned tables and short sentences. Distances and paces
// follow the `units` setting (km or mi); it changes only what is shown, never what is stored.

#include "core/model/journal_snapshot.h"
#include "core/rules/assessments.h"
#include "core/rules/warning.h"
#include "core/rules/week_summary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stridelog::cli {

// Columns padded to their widest cell, two spaces apart; a header line first.
QString renderTable(const QStringList& header, const QList<QStringList>& rows);

// "10.20 km", "6.34 mi": UnitText::plain, so a script reads the same number in every language.
QString formatDistance(Distance distance, UnitSystem units);

struct ShoeLine {
    Shoe shoe;
    ShoeWear wear;
};
QString shoesText(const std::vector<ShoeLine>& shoes, UnitSystem units);

struct RunLine {
    Run run;
    std::optional<double> spikePercent;
};
QString runsText(const std::vector<RunLine>& runs, UnitSystem units);

struct PainLine {
    PainEntry pain;
    PainAssessment assessment;
};
QString painsText(const std::vector<PainLine>& pains);

QString weeksText(const std::vector<WeekSummary>& weeks, UnitSystem units);
// Most severe first, as given; each with its advice and source indented below it.
QString warningsText(const std::vector<Warning>& warnings);
// The warnings a new entry brings, one line each, after "Logged run N.".
QString triggeredWarningsText(const std::vector<Warning>& warnings);
QString settingsText(const Settings& settings);

}  // namespace stridelog::cli

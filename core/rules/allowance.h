// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R15, what can I run today: not a warning but a look ahead, so the runner sees the limits
// before breaking them. Derived from R1/R2 (what is left of this week's limit), R4 (the
// longest run that is not a spike), R5/R6 (an open pain's stage) and R3/R12 (the pair to
// wear). A pure function of the journal and an as-of instant, like every rule.

#include "assessments.h"
#include "comeback_status.h"

#include "core/model/as_of.h"
#include "core/model/ids.h"
#include "core/model/journal_snapshot.h"
#include "core/model/units.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace stridelog {

struct Allowance {
    QDate weekStart;                   // T's week
    std::optional<Distance> weekLeft;  // limit − volume, never below 0; null without a limit
    std::optional<Distance> runMax;    // L30 × 110 / 100, rounded down; null without L30
    bool runToday = true;              // false while a stage 3–4 pain is open
    std::optional<int> painStage;      // highest stage in R5's window, adaptation pain left out
    std::optional<ShoeId> shoe;        // the pair in use with the lowest share of its limit
    QString advice;                    // a few sentences saying the above
    QString painAdvice;                // the knee-pain sentence of the advice; empty without one
    // R15 during a programme (rules 1.2): the way back's status while one is active or paused.
    std::optional<ComebackStatus> comeback;
};

// For one question alone (`stridelog-cli allowance`, tests); screens take evaluate()'s.
Allowance computeAllowance(const JournalSnapshot& journal, AsOf asOf);

class AsOfJournal;
struct WeeklyVolumes;

// The evaluation's way in: the weeks and the pairs' wear it has already judged.
Allowance allowanceOf(const AsOfJournal& journal, const WeeklyVolumes& volumes,
                      const std::vector<ShoeWear>& wears,
                      const std::optional<ComebackStatus>& comeback);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words of R16's and R17's warnings and answers (rules 1.2), beside warning_texts.h: the
// rules pass the numbers, nothing here decides anything.

#include "comeback.h"
#include "warning_texts.h"

#include "core/model/units.h"

namespace stridelog::texts {

QString comebackSource();
QString sessionReason(const ComebackSession& session, SessionReason reason, int ceilingDuring,
                      std::optional<int> ceilingAfter);
// "Level 3 of 6: walk 2 min, run 4 min, for 1.5 mi, somewhat easy, on flat ground"
QString comebackSessionText(const ComebackLevel& level, UnitSystem units);
QString readinessBlock(ReadinessBlock block);
QString readyToStart();

WarningTexts comebackReady(const PainEntry& pain);
WarningTexts comebackStepBack(const ComebackSession& session, const QStringList& reasons,
                              int levelAfter);
WarningTexts comebackTooSoon(const ComebackSession& session);
WarningTexts comebackRate(QDate sessionDay);
WarningTexts comebackRefer(const QStringList& reasons);
WarningTexts morningTrend(double lastWeek, double weekBefore);
WarningTexts runPainHigh(const Run& run, int rating, bool during);

}  // namespace stridelog::texts

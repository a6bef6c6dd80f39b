// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every word a warning says, in one place: the one-sentence message with its numbers, the
// seed's practical advice and the source with its evidence note (RULES.md). The rules decide
// whether a warning holds and pass the numbers here; nothing here decides anything.
//
// Distances are written in the runner's unit through core/model/unit_text.h (UnitText::reading).
// The tone is calm and concrete and never a diagnosis.

#include "assessments.h"
#include "warning.h"

#include "core/model/pain_entry.h"
#include "core/model/run.h"
#include "core/model/shoe.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace stridelog {

struct WarningTexts {
    QString message;
    QString advice;
    QString source;
};

// R1, and R2's single missed week judged like R1.
struct WeeklyIncreaseFacts {
    QDate weekStart;
    bool isAsOfWeek = false;  // "This week" rather than "The week of ..."
    Distance volume;
    Distance base;  // the week the limit comes from
    Distance limit;
    int increasePct = 10;
    bool afterMissedWeek = false;
    UnitSystem units = UnitSystem::Kilometres;  // how distances are written
};

// R2's comeback week.
struct ComebackFacts {
    QDate weekStart;
    bool isAsOfWeek = false;
    Distance volume;
    int emptyWeeks = 0;  // 0 when a pain entry of stage 3 or more made a single week a break
    Distance normalSum;  // the four weeks before the gap; normal = normalSum / 4
    Distance limit;
    int comebackPct = 30;
    UnitSystem units = UnitSystem::Kilometres;
};

struct SpikeFacts {
    Distance distance;
    Distance longest;  // L30
    double percent = 0;
    QDate day;
    UnitSystem units = UnitSystem::Kilometres;
};

struct PainPatternFacts {
    QString runsLabel;  // "hilly runs", "runs on trail", "runs in Pegasus 40"
    int followed = 0;
    int runs = 0;
    int otherFollowed = 0;
    int otherRuns = 0;
};

// A warning with its texts; `sortUtcSeconds` is when its subject happened (warning.h).
Warning makeWarning(QString code, Severity severity, WarningSubject subject,
                    std::int64_t sortUtcSeconds, WarningTexts texts);

enum class DoctorReason { SwellingOrLocking, TwoWeeks, Sharp, StageFour, Behind };

namespace texts {

// "24.2 km" or "15.0 mi", as the units setting says (display only: limits are metres).
QString formatDistance(Distance distance, UnitSystem units);
QString kneeAndSite(const PainEntry& pain);

WarningTexts weeklyIncrease(const WeeklyIncreaseFacts& facts);
WarningTexts comebackVolume(const ComebackFacts& facts);
WarningTexts shoeSoon(const Shoe& shoe, const ShoeWear& wear, UnitSystem units);
WarningTexts shoeReplace(const Shoe& shoe, const ShoeWear& wear, UnitSystem units);
WarningTexts shoeRotation(const Shoe& shoe, int runs);
WarningTexts runSpike(const SpikeFacts& facts, const QString& band);
WarningTexts painStage(const PainEntry& pain, const PainAssessment& assessment);
WarningTexts painAdaptation(const PainEntry& pain, const PainAssessment& assessment);
WarningTexts painPoint(const PainEntry& pain, const LocationHint& hint);
QString doctorReason(DoctorReason reason);
WarningTexts seeDoctor(const PainEntry& pain, const QStringList& reasons, Severity severity);
WarningTexts painWorsening(int followed, int runs, int firstIntensity, int lastIntensity);
WarningTexts painHigh(const PainEntry& pain);
WarningTexts painPattern(const PainPatternFacts& facts);
QString hillyRunsLabel(bool hilly);
QString shoeRunsLabel(const QString& shoeName);
WarningTexts cadenceLow(double median, int runs, int minimumSpm, int targetLow, int targetHigh);
WarningTexts acwrHigh(double acuteKm, double chronicKm, double acwr, UnitSystem units);
WarningTexts riskProfile(double bodyWeightKg);

}  // namespace texts
}  // namespace stridelog

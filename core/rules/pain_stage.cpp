// SPDX-License-Identifier: GPL-3.0-or-later
// R5 and R6 and the location hints (see pain_stage.h). Durations are compared in whole
// seconds, so "24 h" is exactly 86,400 s and a boundary is never blurred by rounding.
#include "pain_stage.h"
#include "core/i18n/contexts.h"

#include "stage_severity.h"
#include "warning_texts.h"

#include <algorithm>

namespace stridelog {
namespace {

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kAdaptationMaxSeconds = 48 * kHour;
constexpr int kPainWindowDays = 14;

Warning painWarning(const PainEntry& pain, QString code, Severity severity, WarningTexts texts) {
    return makeWarning(std::move(code), severity, WarningSubject::forPain(pain.id),
                       pain.start.utcSeconds(), std::move(texts));
}

}  // namespace

Severity severityOfStage(int stage) {
    if (stage >= kStopRunningStage) return Severity::Stop;
    return stage == 2 ? Severity::Caution : Severity::Info;
}

bool isOngoingAt(const PainEntry& pain, Instant asOf) {
    return !pain.end || *pain.end > asOf;
}

Duration painDuration(const PainEntry& pain, Instant asOf) {
    const Instant until = isOngoingAt(pain, asOf) ? asOf : *pain.end;
    return Duration::fromSeconds(std::max<std::int64_t>(0, pain.start.secondsUntil(until)));
}

int onsetStage(Onset onset) {
    switch (onset) {
        case Onset::Late:
        case Onset::After:
        case Onset::NextDay:
            return 1;
        case Onset::During:
            return 2;
        case Onset::Start:
            return 3;
        case Onset::Rest:
            return 4;
    }
    return 1;
}

int durationStage(Duration duration) {
    const std::int64_t seconds = duration.seconds();
    if (seconds < kStageTwoFromHours * kHour) return 1;     // gone by the next day
    if (seconds < kStageThreeFromHours * kHour) return 2;   // lingers a day or two
    if (seconds <= kStageFourAfterHours * kHour) return 3;  // 3–5 days
    return 4;                                               // does not go away
}

int painStage(const PainEntry& pain, Instant asOf) {
    return std::max(onsetStage(pain.onset), durationStage(painDuration(pain, asOf)));
}

bool isAdaptationPain(const PainEntry& pain, Instant asOf) {
    return pain.knee == Knee::Both && pain.site == Site::Whole && !pain.swelling && !pain.locking &&
           !pain.sharp && painDuration(pain, asOf).seconds() <= kAdaptationMaxSeconds;
}

bool isPointPain(const PainEntry& pain) {
    return pain.knee != Knee::Both && pain.site != Site::Whole;
}

LocationHint locationHint(Site site) {
    switch (site) {
        case Site::Front:
            return {WarningWords::tr("patellofemoral pain (\"runner's knee\")"),
                    WarningWords::tr("starts early in the run; worse on stairs, squats, long "
                                     "sitting")};
        case Site::Below:
            return {WarningWords::tr("patellar tendinopathy (\"jumper's knee\")"),
                    WarningWords::tr("during the run and the next day; worse accelerating, "
                                     "downhill, stairs down")};
        case Site::Outside:
            return {WarningWords::tr("iliotibial band syndrome"),
                    WarningWords::tr("towards the end of the run; worse accelerating; stairs down "
                                     "next day")};
        case Site::Inside:
            return {WarningWords::tr("pes anserine tendinitis or bursitis (\"cyclist's knee\")"),
                    WarningWords::tr("eases after warm-up, returns towards the end; worse next "
                                     "day")};
        case Site::Behind:
            return {WarningWords::tr("hamstring strain, Baker's cyst, meniscus"),
                    WarningWords::tr("see a clinician")};
        case Site::Whole:
            return {WarningWords::tr("load adaptation, if in both knees and short-lived"), {}};
    }
    return {};
}

bool inPainWindow(const PainEntry& pain, const AsOfInstant& asOf) {
    if (!asOf.counts(pain.start)) return false;
    return isOngoingAt(pain, asOf.instant()) || pain.start >= asOf.daysBefore(kPainWindowDays);
}

PainAssessment assessPainEntry(const PainEntry& pain, Instant asOf) {
    PainAssessment assessment;
    assessment.duration = painDuration(pain, asOf);
    assessment.stage = painStage(pain, asOf);
    assessment.adaptation = isAdaptationPain(pain, asOf);
    assessment.hint = locationHint(pain.site);
    return assessment;
}

std::vector<Warning> painStageWarnings(const AsOfJournal& journal) {
    std::vector<Warning> warnings;
    const AsOfInstant& asOf = journal.asOf();
    for (const PainEntry* pain : journal.pains()) {
        if (!inPainWindow(*pain, asOf)) continue;
        const PainAssessment assessment = assessPainEntry(*pain, asOf.instant());
        if (assessment.adaptation) {
            warnings.push_back(painWarning(*pain, QStringLiteral("pain-adaptation"), Severity::Info,
                                           texts::painAdaptation(*pain, assessment)));
        } else {
            Warning warning =
                painWarning(*pain, QStringLiteral("pain-stage"), severityOfStage(assessment.stage),
                            texts::painStage(*pain, assessment));
            warning.stage = assessment.stage;
            warnings.push_back(std::move(warning));
        }
        if (isPointPain(*pain)) {
            warnings.push_back(painWarning(*pain, QStringLiteral("pain-point"), Severity::Caution,
                                           texts::painPoint(*pain, assessment.hint)));
        }
    }
    return warnings;
}

}  // namespace stridelog

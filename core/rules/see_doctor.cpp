// SPDX-License-Identifier: GPL-3.0-or-later
// R7 and R9 (see see_doctor.h). R7 lists every reason that holds, so the user sees all of
// them at once; its severity is the highest reason's.
#include "see_doctor.h"

#include "pain_stage.h"
#include "warning_texts.h"

#include <algorithm>

namespace stridelog {
namespace {

constexpr std::int64_t kThreeDays = 72 * 3600;
constexpr std::int64_t kTwoWeeks = 14 * kSecondsPerDay;
constexpr int kHighPainWindowDays = 7;
constexpr int kHighPain = 5;

struct Reason {
    DoctorReason reason;
    Severity severity;
};

std::vector<Reason> doctorReasons(const PainEntry& pain, Instant asOf) {
    const std::int64_t seconds = painDuration(pain, asOf).seconds();
    std::vector<Reason> reasons;
    if ((pain.swelling || pain.locking) && seconds >= kThreeDays) {
        reasons.push_back({DoctorReason::SwellingOrLocking, Severity::Stop});
    }
    if (seconds >= kTwoWeeks) reasons.push_back({DoctorReason::TwoWeeks, Severity::Stop});
    if (pain.sharp) reasons.push_back({DoctorReason::Sharp, Severity::Stop});
    if (painStage(pain, asOf) == 4) reasons.push_back({DoctorReason::StageFour, Severity::Stop});
    if (pain.site == Site::Behind) reasons.push_back({DoctorReason::Behind, Severity::Caution});
    return reasons;
}

Warning seeDoctorWarning(const PainEntry& pain, const std::vector<Reason>& reasons) {
    QStringList texts;
    Severity severity = Severity::Info;
    for (const Reason& reason : reasons) {
        texts << texts::doctorReason(reason.reason);
        severity = std::max(severity, reason.severity);
    }
    Warning warning =
        makeWarning(QStringLiteral("see-doctor"), severity, WarningSubject::forPain(pain.id),
                    pain.start.utcSeconds(), texts::seeDoctor(pain, texts, severity));
    warning.reasons = texts;
    return warning;
}

}  // namespace

std::vector<Warning> seeDoctorWarnings(const AsOfJournal& journal) {
    std::vector<Warning> warnings;
    for (const PainEntry* pain : journal.pains()) {
        if (!inPainWindow(*pain, journal.asOf())) continue;
        const std::vector<Reason> reasons = doctorReasons(*pain, journal.asOf().instant());
        if (!reasons.empty()) warnings.push_back(seeDoctorWarning(*pain, reasons));
    }
    return warnings;
}

bool hasDoctorReason(const PainEntry& pain, Instant asOf) {
    return !doctorReasons(pain, asOf).empty();
}

std::vector<Warning> painHighWarnings(const AsOfJournal& journal) {
    std::vector<Warning> warnings;
    const Instant from = journal.asOf().daysBefore(kHighPainWindowDays);
    for (const PainEntry* pain : journal.pains()) {
        if (pain->start < from || pain->intensity <= kHighPain) continue;
        warnings.push_back(makeWarning(QStringLiteral("pain-high"), Severity::Caution,
                                       WarningSubject::forPain(pain->id), pain->start.utcSeconds(),
                                       texts::painHigh(*pain)));
    }
    return warnings;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
// R16's warnings (see comeback.h): comeback-ready before a way back, then the step backs, the
// sessions too soon, the morning to rate and the referral, from the status assessed once.

#include "comeback.h"

#include "comeback_texts.h"
#include "pain_stage.h"

#include <algorithm>

namespace stridelog {
namespace {

// comeback-ready: a stage 3 pain that ended between 48 h and this many days before T.
constexpr int kReadyWindowDays = 28;
// comeback-step-back and comeback-too-soon are shown for this many days.
constexpr int kWarningDays = 3;
constexpr std::int64_t kPainFreeSeconds = kComebackPainFreeSeconds;

}  // namespace

std::vector<Warning> comebackWarnings(const AsOfJournal& journal,
                                      const std::optional<ComebackStatus>& status) {
    std::vector<Warning> warnings;
    const QDate today = journal.asOf().day();
    const Instant asOf = journal.asOf().instant();
    const bool underWay = status && (status->state == ComebackState::Active ||
                                     status->state == ComebackState::Paused);
    if (!underWay) {
        // comeback-ready: the latest such pain entry, once.
        const PainEntry* ready = nullptr;
        for (const PainEntry* pain : journal.pains()) {
            if (!pain->end || *pain->end > asOf) continue;
            const std::int64_t since = pain->end->secondsUntil(asOf);
            if (since < kPainFreeSeconds || since > kReadyWindowDays * kSecondsPerDay) continue;
            if (painStage(*pain, *pain->end) < 3) continue;
            if (!journal.runsSince(*pain->end).empty()) continue;
            // A programme started after this pain ended already answered it.
            if (status && status->started >= *pain->end) continue;
            ready = pain;
        }
        if (ready) {
            warnings.push_back(makeWarning(QStringLiteral("comeback-ready"), Severity::Info,
                                           WarningSubject::forPain(ready->id),
                                           ready->start.utcSeconds(),
                                           texts::comebackReady(*ready)));
        }
    }
    if (!status) return warnings;
    for (std::size_t i = 0; i < status->sessions.size(); ++i) {
        const ComebackSession& session = status->sessions[i];
        const Run* first = nullptr;
        for (const Run* run : journal.runs()) {
            if (run->id == session.runs.front()) first = run;
        }
        const std::int64_t sortAt = first ? first->start.utcSeconds() : asOf.utcSeconds();
        const qint64 age = session.day.daysTo(today);
        if (session.outcome == SessionOutcome::Broke && age >= 1 && age <= kWarningDays) {
            QStringList reasons;
            for (SessionReason reason : session.reasons) {
                reasons << texts::sessionReason(session, reason, status->ceilingDuring,
                                                status->ceilingAfter);
            }
            const int levelAfter = std::max(1, session.level - 1);
            warnings.push_back(makeWarning(QStringLiteral("comeback-step-back"), Severity::Caution,
                                           WarningSubject::forRun(session.runs.front()), sortAt,
                                           texts::comebackStepBack(session, reasons, levelAfter)));
        }
        if (session.outcome == SessionOutcome::TooSoon && age >= 0 && age < kWarningDays) {
            warnings.push_back(makeWarning(QStringLiteral("comeback-too-soon"), Severity::Caution,
                                           WarningSubject::forRun(session.runs.front()), sortAt,
                                           texts::comebackTooSoon(session)));
        }
    }
    if (status->today == ComebackToday::RateMorning) {
        warnings.push_back(makeWarning(QStringLiteral("comeback-rate"), Severity::Info,
                                       WarningSubject::forJournal(), asOf.utcSeconds(),
                                       texts::comebackRate(status->sessions.back().day)));
    }
    if (status->state == ComebackState::Paused) {
        warnings.push_back(makeWarning(QStringLiteral("comeback-refer"), Severity::Stop,
                                       WarningSubject::forJournal(), asOf.utcSeconds(),
                                       texts::comebackRefer(status->referralReasons)));
    }
    return warnings;
}

}  // namespace stridelog

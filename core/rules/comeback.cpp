// SPDX-License-Identifier: GPL-3.0-or-later
// R16, the way back (see comeback.h). Sessions are walked in day order once; each decides the
// level the next one is at. Decisions RULES.md leaves open are noted where they are made.

#include "comeback.h"

#include "comeback_texts.h"
#include "morning_trend.h"
#include "pain_stage.h"
#include "see_doctor.h"

#include "core/i18n/contexts.h"
#include "core/i18n/locale_text.h"

#include <algorithm>

namespace stridelog {
namespace {

constexpr std::int64_t kSecondsPerHour = 3600;
constexpr std::int64_t kPainFreeSeconds = kComebackPainFreeSeconds;
constexpr std::int64_t kFollowSeconds = 24 * kSecondsPerHour;
constexpr int kGapOneLevelDays = 14;
constexpr int kGapAllLevelsDays = 28;
constexpr int kReferralBreaks = 3;
// "A third broke within 14 days": the three broken sessions' days lie in one window of 14
// calendar days, the first and the third included (our reading: a first break on day 1 and a
// third on day 14 refer; a third on day 15 does not).
constexpr int kReferralWindowDays = 14;

const std::array<ComebackLevel, 6> kLevels{{
    {1, 2, 3, 1609, 3},
    {2, 2, 3, 2414, 3},
    {3, 2, 4, 2414, 4},
    {4, 2, 4, 3219, 4},
    {5, 1, 4, 3219, 5},
    {6, 0, 0, 3219, 5},
}};

int ceilingDuringOf(ComebackProfile profile) {
    return profile == ComebackProfile::Tendon ? 5 : 2;
}

std::optional<int> ceilingAfterOf(ComebackProfile profile) {
    if (profile == ComebackProfile::Tendon) return 5;
    return std::nullopt;  // strict: the baseline
}

// R8's "follows": linked to the run, or unlinked and starting within 24 h after its start.
bool follows(const PainEntry& pain, const Run& run) {
    if (pain.run) return *pain.run == run.id;
    return pain.start >= run.start && run.start.secondsUntil(pain.start) <= kFollowSeconds;
}

const MorningCheck* checkOf(const std::vector<const MorningCheck*>& mornings, QDate day) {
    for (const MorningCheck* morning : mornings) {
        if (morning->date == day) return morning;
    }
    return nullptr;
}

// The gap rule: a session (or T) 14 days or more after the last session's day, or S's day,
// is one level lower; 28 days or more, level 1.
int afterGap(int level, qint64 gapDays) {
    if (gapDays >= kGapAllLevelsDays) return 1;
    if (gapDays >= kGapOneLevelDays) return std::max(1, level - 1);
    return level;
}

struct SessionRuns {
    QDate day;
    std::vector<const Run*> runs;
};

// Judges one session against its ceilings; the outcome before the level walk adds too-soon.
void judge(const AsOfJournal& journal, const std::vector<const MorningCheck*>& mornings,
           ComebackProfile profile, const SessionRuns& day, ComebackSession& session) {
    const int ceilingDuring = ceilingDuringOf(profile);
    for (const Run* run : day.runs) {
        session.runs.push_back(run->id);
        session.distanceMetres += run->distance.metres();
        // Ratings the worst of the day's runs; a rating none of them has is missing.
        if (run->painDuring)
            session.during = std::max(session.during.value_or(0), *run->painDuring);
        if (run->painAfter) session.after = std::max(session.after.value_or(0), *run->painAfter);
        for (const PainEntry* pain : journal.pains()) {
            if (follows(*pain, *run) && pain->intensity > ceilingDuring) {
                session.painEntryIntensity =
                    std::max(session.painEntryIntensity.value_or(0), pain->intensity);
            }
        }
    }
    session.baseline = baselineFor(journal, day.day);
    if (const MorningCheck* next = checkOf(mornings, day.day.addDays(1))) {
        session.nextMorning = *next;
    }
    const int ceilingAfter = ceilingAfterOf(profile).value_or(session.baseline);
    if (session.during && *session.during > ceilingDuring) {
        session.reasons.push_back(SessionReason::DuringOver);
    }
    if (session.after && *session.after > ceilingAfter) {
        session.reasons.push_back(SessionReason::AfterOver);
    }
    if (session.nextMorning) {
        if (session.nextMorning->pain > session.baseline) {
            session.reasons.push_back(SessionReason::MorningWorse);
        }
        if (session.nextMorning->swelling) session.reasons.push_back(SessionReason::Swelling);
        if (session.nextMorning->limp) session.reasons.push_back(SessionReason::Limp);
    }
    if (session.painEntryIntensity) session.reasons.push_back(SessionReason::PainEntry);
    // A broken ceiling decides the session at once (our reading: no morning can mend it);
    // otherwise the next morning decides.
    if (!session.reasons.empty()) {
        session.outcome = SessionOutcome::Broke;
        return;
    }
    if (!session.nextMorning) {
        const Instant endOfDay = Instant::endOfLocalDay(day.day);
        if (journal.asOf().instant() < endOfDay.plusSeconds(kPainFreeSeconds)) {
            session.outcome = SessionOutcome::Pending;
            return;
        }
        session.outcome = SessionOutcome::Unrated;
        session.reasons.push_back(SessionReason::Unrated);
        return;
    }
    if (!session.during || !session.after) {
        session.outcome = SessionOutcome::Unrated;
        session.reasons.push_back(SessionReason::Unrated);
        return;
    }
    session.outcome = SessionOutcome::Met;
}

// The first instant after S at which a pain entry reached stage ≥ 3 or gave an R7 reason (as
// of T): from then on the programme is paused. Pain entries that started before S were judged
// when it started (and cleared, when that was asked); only those after S pause it.
std::optional<Instant> painPause(const AsOfJournal& journal, const ComebackProgramme& programme,
                                 QStringList& reasons) {
    const Instant asOf = journal.asOf().instant();
    std::optional<Instant> pause;
    for (const PainEntry* pain : journal.pains()) {
        if (pain->start < programme.start) continue;
        const bool stage = painStage(*pain, asOf) >= 3;
        const bool doctor = hasDoctorReason(*pain, asOf);
        if (!stage && !doctor) continue;
        if (!pause || pain->start < *pause) pause = pain->start;
        reasons << (stage ? WarningWords::tr("a pain of %1 reached stage 3 or more")
                                .arg(i18n::date(pain->start.localDate()))
                          : WarningWords::tr("a pain of %1 is a reason to see a doctor")
                                .arg(i18n::date(pain->start.localDate())));
    }
    return pause;
}

}  // namespace

const std::array<ComebackLevel, 6>& comebackLevels() {
    return kLevels;
}

QString toString(ComebackState state) {
    switch (state) {
        case ComebackState::Active:
            return QStringLiteral("active");
        case ComebackState::Paused:
            return QStringLiteral("paused");
        case ComebackState::Completed:
            return QStringLiteral("completed");
        case ComebackState::Stopped:
            return QStringLiteral("stopped");
    }
    return {};
}

QString toString(ComebackToday today) {
    switch (today) {
        case ComebackToday::Run:
            return QStringLiteral("run");
        case ComebackToday::Rest:
            return QStringLiteral("rest");
        case ComebackToday::RateMorning:
            return QStringLiteral("rate-morning");
        case ComebackToday::SeeClinician:
            return QStringLiteral("see-clinician");
        case ComebackToday::Done:
            return QStringLiteral("done");
    }
    return {};
}

QString toString(SessionOutcome outcome) {
    switch (outcome) {
        case SessionOutcome::Met:
            return QStringLiteral("met");
        case SessionOutcome::Broke:
            return QStringLiteral("broke");
        case SessionOutcome::Short:
            return QStringLiteral("short");
        case SessionOutcome::TooSoon:
            return QStringLiteral("too-soon");
        case SessionOutcome::Pending:
            return QStringLiteral("pending");
        case SessionOutcome::Unrated:
            return QStringLiteral("unrated");
    }
    return {};
}

QString toString(SessionReason reason) {
    switch (reason) {
        case SessionReason::DuringOver:
            return QStringLiteral("during-over");
        case SessionReason::AfterOver:
            return QStringLiteral("after-over");
        case SessionReason::MorningWorse:
            return QStringLiteral("morning-worse");
        case SessionReason::Swelling:
            return QStringLiteral("swelling");
        case SessionReason::Limp:
            return QStringLiteral("limp");
        case SessionReason::PainEntry:
            return QStringLiteral("pain-entry");
        case SessionReason::Short:
            return QStringLiteral("short");
        case SessionReason::TooSoon:
            return QStringLiteral("too-soon");
        case SessionReason::Unrated:
            return QStringLiteral("unrated");
    }
    return {};
}

ComebackStatus assessProgramme(const AsOfJournal& journal, const ComebackProgramme& programme) {
    ComebackStatus status;
    status.id = programme.id;
    status.started = programme.start;
    status.profile = programme.profile;
    status.ceilingDuring = ceilingDuringOf(programme.profile);
    status.ceilingAfter = ceilingAfterOf(programme.profile);

    const bool stopped = programme.stoppedAt && journal.asOf().counts(*programme.stoppedAt);
    std::optional<Instant> pause = painPause(journal, programme, status.referralReasons);

    // The runs of the programme, a session per local day.
    std::vector<SessionRuns> days;
    const auto& runs = journal.runs();
    const auto& runDays = journal.runDays();
    for (std::size_t i = journal.firstRunAtOrAfter(programme.start); i < runs.size(); ++i) {
        if (programme.stoppedAt && runs[i]->start >= *programme.stoppedAt) break;
        if (pause && runs[i]->start >= *pause) break;
        if (days.empty() || days.back().day != runDays[i]) days.push_back({runDays[i], {}});
        days.back().runs.push_back(runs[i]);
    }

    const std::vector<const MorningCheck*> mornings = morningsByT(journal);
    const QDate startDay = programme.start.localDate();
    int level = 1;
    int metInARow = 0;
    QDate lastDay = startDay;
    QDate dueOn = startDay;
    std::vector<QDate> brokeDays;
    bool completed = false;
    bool referred = false;
    for (const SessionRuns& day : days) {
        // "A gap ... after the last session's day (or after S's day)".
        const int gapped = afterGap(level, lastDay.daysTo(day.day));
        if (gapped != level) metInARow = 0;
        level = gapped;
        ComebackSession session;
        session.day = day.day;
        session.level = level;
        session.dueOn = dueOn;
        judge(journal, mornings, programme.profile, day, session);
        const std::int64_t levelMetres =
            kLevels[static_cast<std::size_t>(level - 1)].distanceMetres;
        if (session.outcome == SessionOutcome::Met && day.day < dueOn) {
            session.outcome = SessionOutcome::TooSoon;
            session.reasons.push_back(SessionReason::TooSoon);
        } else if (session.outcome == SessionOutcome::Met &&
                   10 * session.distanceMetres < 9 * levelMetres) {
            session.outcome = SessionOutcome::Short;
            session.reasons.push_back(SessionReason::Short);
        }
        switch (session.outcome) {
            case SessionOutcome::Met:
                if (++metInARow == 2) {
                    metInARow = 0;
                    if (level == kComebackLevels) {
                        completed = true;
                    } else {
                        ++level;
                    }
                }
                dueOn = day.day.addDays(2);
                break;
            case SessionOutcome::Broke:
                level = std::max(1, level - 1);
                metInARow = 0;
                dueOn = day.day.addDays(3);
                brokeDays.push_back(day.day);
                if (brokeDays.size() >= kReferralBreaks &&
                    brokeDays[brokeDays.size() - kReferralBreaks].daysTo(day.day) <
                        kReferralWindowDays) {
                    referred = true;
                    status.referralReasons
                        << WarningWords::tr("a third session over the limits within 14 days");
                }
                break;
            case SessionOutcome::Pending:
                // Not decided yet: neither moves the level nor breaks a run of met sessions.
                dueOn = day.day.addDays(2);
                break;
            case SessionOutcome::Short:
            case SessionOutcome::TooSoon:
            case SessionOutcome::Unrated:
                metInARow = 0;
                dueOn = day.day.addDays(2);
                break;
        }
        lastDay = day.day;
        status.sessions.push_back(session);
        if (completed || referred) break;
    }

    if (completed) {
        status.state = ComebackState::Completed;
    } else if (stopped) {
        status.state = ComebackState::Stopped;
    } else if (referred || pause) {
        status.state = ComebackState::Paused;
    } else {
        status.state = ComebackState::Active;
    }
    // The level shown as of T drops over a gap the same way.
    if (status.state == ComebackState::Active)
        level = afterGap(level, lastDay.daysTo(journal.asOf().day()));
    status.level = level;
    status.session = kLevels[static_cast<std::size_t>(level - 1)];

    switch (status.state) {
        case ComebackState::Paused:
            status.today = ComebackToday::SeeClinician;
            break;
        case ComebackState::Completed:
        case ComebackState::Stopped:
            // Our reading: a stopped programme has nothing more to do today, like a completed one.
            status.today = ComebackToday::Done;
            break;
        case ComebackState::Active: {
            status.nextOn = dueOn;
            const QDate today = journal.asOf().day();
            const bool awaitingMorning =
                !status.sessions.empty() &&
                status.sessions.back().outcome == SessionOutcome::Pending &&
                today > status.sessions.back().day;
            // Our reading: "rate-morning" while the last session waits for its next morning (it is
            // pending); once it is unrated the programme goes on without it.
            if (awaitingMorning) {
                status.today = ComebackToday::RateMorning;
            } else if (today < dueOn) {
                status.today = ComebackToday::Rest;
            } else {
                status.today = ComebackToday::Run;
            }
            break;
        }
    }
    return status;
}

std::optional<ComebackStatus> assessComeback(const AsOfJournal& journal) {
    const ComebackProgramme* latest = nullptr;
    for (const ComebackProgramme& programme : journal.journal().programmes) {
        if (!journal.asOf().counts(programme.start)) continue;
        if (!latest || programme.start >= latest->start) latest = &programme;
    }
    if (!latest) return std::nullopt;
    return assessProgramme(journal, *latest);
}

ComebackReadiness comebackReadiness(const AsOfJournal& journal, Instant start, bool cleared,
                                    bool walkOk) {
    ComebackReadiness readiness;
    bool stageThree = false;
    bool doctor = false;
    if (const auto status = assessComeback(journal)) {
        if (status->state == ComebackState::Active) {
            readiness.blocks.push_back(ReadinessBlock::AlreadyActive);
        }
        // A paused programme begins again only "with the clinician's clearance".
        if (status->state == ComebackState::Paused) doctor = true;
    }
    for (const PainEntry* pain : journal.pains()) {
        if (pain->start > start) continue;
        const Instant judgedAt = pain->end && *pain->end < start ? *pain->end : start;
        if (painStage(*pain, judgedAt) >= 3 &&
            (!pain->end || pain->end->secondsUntil(start) < kPainFreeSeconds)) {
            stageThree = true;
        }
        // An R7 reason "holds" for an entry in R5's window as of S (our reading: the window
        // R7 itself uses).
        if (inPainWindow(*pain, journal.asOf()) && hasDoctorReason(*pain, judgedAt)) doctor = true;
    }
    if (stageThree) readiness.blocks.push_back(ReadinessBlock::PainStageThree);
    if (doctor && !cleared) readiness.blocks.push_back(ReadinessBlock::DoctorReason);
    if (!walkOk) readiness.blocks.push_back(ReadinessBlock::WalkNotConfirmed);
    readiness.ready = readiness.blocks.empty();
    if (readiness.ready) {
        readiness.why = texts::readyToStart();
    } else {
        QStringList parts;
        for (ReadinessBlock block : readiness.blocks) parts << texts::readinessBlock(block);
        readiness.why = WarningWords::tr("Not yet: %1.").arg(parts.join(QStringLiteral("; ")));
    }
    return readiness;
}

ComebackProfile defaultComebackProfile(const AsOfJournal& journal, Instant start) {
    const PainEntry* latest = nullptr;
    for (const PainEntry* pain : journal.pains()) {
        if (pain->start > start) continue;
        if (painStage(*pain, pain->end && *pain->end < start ? *pain->end : start) >= 2) {
            latest = pain;
        }
    }
    if (latest && (latest->site == Site::Below || latest->site == Site::Inside)) {
        return ComebackProfile::Tendon;
    }
    return ComebackProfile::Strict;
}

}  // namespace stridelog

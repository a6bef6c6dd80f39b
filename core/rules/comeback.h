// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R16, the way back (RULES.md, rules 1.2): six walk–run levels, and after each session the
// knee's ratings decide whether the runner goes up, stays or goes back. Pure functions of the
// rules' as-of view: where a programme stands as of T (ComebackStatus, CLI.md's status
// object), whether one may start at S (ComebackReadiness), and the comeback-* warnings. An
// evaluate() calls assessComeback() once and hands its answer to comebackWarnings() and to the
// allowance.

#include "as_of_journal.h"
#include "warning.h"

#include "core/model/comeback_programme.h"
#include "core/model/morning_check.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace stridelog {

struct ComebackLevel {
    int number = 1;
    int walkMinutes = 0;  // 0 at level 6: all of it is run
    int runMinutes = 0;   // 0 at level 6
    std::int64_t distanceMetres = 0;
    int effort = 3;  // RPE out of 10
};

// RULES.md's levels table, level 1 first.
const std::array<ComebackLevel, 6>& comebackLevels();
inline constexpr int kComebackLevels = 6;

enum class ComebackState { Active, Paused, Completed, Stopped };
enum class ComebackToday { Run, Rest, RateMorning, SeeClinician, Done };
enum class SessionOutcome { Met, Broke, Short, TooSoon, Pending, Unrated };
enum class SessionReason {
    DuringOver,
    AfterOver,
    MorningWorse,
    Swelling,
    Limp,
    PainEntry,
    Short,
    TooSoon,
    Unrated
};

QString toString(ComebackState state);     // "active", "paused", ...
QString toString(ComebackToday today);     // "run", "rest", "rate-morning", ...
QString toString(SessionOutcome outcome);  // "met", "broke", "too-soon", ...
QString toString(SessionReason reason);    // "during-over", "morning-worse", ...

struct ComebackSession {
    QDate day;
    std::vector<RunId> runs;
    int level = 1;
    SessionOutcome outcome = SessionOutcome::Pending;
    std::vector<SessionReason> reasons;
    std::int64_t distanceMetres = 0;  // the day's runs added
    std::optional<int> during;        // the worst of the day's runs
    std::optional<int> after;
    int baseline = 0;  // RULES.md "Ratings": the run's baseline
    std::optional<MorningCheck> nextMorning;
    std::optional<int> painEntryIntensity;  // the worst following pain entry above the ceiling
    QDate dueOn;                            // the earliest day this session was due
};

struct ComebackStatus {
    ProgrammeId id;
    ComebackState state = ComebackState::Active;
    Instant started;
    ComebackProfile profile = ComebackProfile::Strict;
    int ceilingDuring = 2;
    std::optional<int> ceilingAfter;  // tendon: 5; strict: the baseline (no fixed number)
    int level = 1;                    // as of T, gaps included
    ComebackLevel session;            // the next session: the level's walk, run, distance, effort
    ComebackToday today = ComebackToday::Run;
    std::optional<QDate> nextOn;  // null once paused, completed or stopped
    std::vector<ComebackSession> sessions;
    QStringList referralReasons;  // why it paused, in words
};

// Where `programme` stands as of T (it must have started by T).
ComebackStatus assessProgramme(const AsOfJournal& journal, const ComebackProgramme& programme);
// The latest programme started by T, or none.
std::optional<ComebackStatus> assessComeback(const AsOfJournal& journal);

enum class ReadinessBlock { PainStageThree, DoctorReason, WalkNotConfirmed, AlreadyActive };
struct ComebackReadiness {
    bool ready = false;
    std::vector<ReadinessBlock> blocks;
    QString why;  // what holds it back and what to do, or that it may start
};
// Whether a programme may start at `start` with what the runner confirms.
ComebackReadiness comebackReadiness(const AsOfJournal& journal, Instant start, bool cleared,
                                    bool walkOk);
// The default profile: from the site of the latest pain entry of stage ≥ 2 before `start`.
ComebackProfile defaultComebackProfile(const AsOfJournal& journal, Instant start);

// comeback-ready, comeback-step-back, comeback-too-soon, comeback-rate and comeback-refer.
std::vector<Warning> comebackWarnings(const AsOfJournal& journal,
                                      const std::optional<ComebackStatus>& status);
// Every warning of rules 1.2: the way back's, morning-trend (R17) and R9's rated runs.
std::vector<Warning> wayBackWarnings(const AsOfJournal& journal);

}  // namespace stridelog

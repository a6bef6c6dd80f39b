// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The values of R16, the way back (comeback.h decides them): the six levels, where a programme
// stands as of T with each of its sessions (CLI.md's status object), and whether one may start.
// A value header: the evaluation (evaluation.h) and the app's pages hold these.

#include "core/model/comeback_programme.h"
#include "core/model/ids.h"
#include "core/model/instant.h"
#include "core/model/morning_check.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
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

enum class ReadinessBlock { PainStageThree, DoctorReason, WalkNotConfirmed, AlreadyActive };
struct ComebackReadiness {
    bool ready = false;
    std::vector<ReadinessBlock> blocks;
    QString why;  // what holds it back and what to do, or that it may start
};
}  // namespace stridelog

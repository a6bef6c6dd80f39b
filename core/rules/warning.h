// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A warning as RULES.md defines it and CLI.md prints it: a code, a severity, what it is about,
// and three texts — what happened with its numbers, what to do, and where the rule comes from.

#include "core/model/ids.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace stridelog {

enum class Severity { Info = 0, Caution = 1, Stop = 2 };

QString toString(Severity severity);  // "info", "caution", "stop"

struct WarningSubject {
    enum class Kind { Week, Run, Shoe, Pain, Journal };
    Kind kind = Kind::Journal;
    QDate week;           // Kind::Week: the week's first day
    std::int64_t id = 0;  // Kind::Run, Kind::Shoe, Kind::Pain

    static WarningSubject forWeek(QDate weekStart) { return {Kind::Week, weekStart, 0}; }
    static WarningSubject forRun(RunId id) { return {Kind::Run, {}, id.value()}; }
    static WarningSubject forShoe(ShoeId id) { return {Kind::Shoe, {}, id.value()}; }
    static WarningSubject forPain(PainId id) { return {Kind::Pain, {}, id.value()}; }
    static WarningSubject forJournal() { return {}; }

    bool operator==(const WarningSubject&) const = default;
};

struct Warning {
    QString code;  // "weekly-increase", "shoe-replace", "see-doctor", ...
    Severity severity = Severity::Info;
    WarningSubject subject;
    QString message;              // one sentence, with the numbers
    QString advice;               // what to do, from the seed's advice
    QString source;               // seed article or study, with the evidence note
    QStringList reasons;          // see-doctor only
    std::optional<int> stage;     // pain-stage only
    std::optional<QString> band;  // run-spike only: "small", "moderate", "large"
    // When the subject happened, for "newest first" ordering: a week's first day, a run's or
    // pain entry's start; journal-wide warnings sort by the as-of instant.
    std::int64_t sortUtcSeconds = 0;
};

}  // namespace stridelog

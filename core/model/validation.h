// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The limits of CLI.md, checked before anything is written. Each failure names the field and
// what is accepted, so the CLI can print it and the app can mark the field.

#include "comeback_programme.h"
#include "morning_check.h"
#include "pain_entry.h"
#include "run.h"
#include "shoe.h"

#include <QDate>
#include <QString>

#include <optional>

namespace stridelog {

struct ValidationError {
    QString field;    // "distance", "duration", "date", "intensity", ...
    QString message;  // one sentence: what is wrong and what is accepted
};

namespace limits {
inline constexpr std::int64_t kMaxDistanceMetres = 400'000;
inline constexpr std::int64_t kMaxDurationSeconds = 72 * 3600;
inline constexpr std::int64_t kFastestPaceSecondsPerKm = 120;
inline constexpr int kMaxNotesLength = 10'000;
inline constexpr int kMaxNameLength = 200;
}  // namespace limits

// Characters as a person counts them (Unicode code points): an emoji is one, not two UTF-16
// units. Every text limit is counted this way.
qsizetype characterCount(QStringView text);

// `today` is the runner's local date: a run may be dated at most one day after it.
std::optional<ValidationError> validateRun(const Run& run, QDate today);
std::optional<ValidationError> validatePain(const PainEntry& pain, QDate today);
std::optional<ValidationError> validateShoe(const Shoe& shoe);
std::optional<ValidationError> validateMorning(const MorningCheck& morning, QDate today);
std::optional<ValidationError> validateProgramme(const ComebackProgramme& programme, QDate today);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"
#include "core/i18n/contexts.h"

namespace stridelog {
namespace {

std::optional<ValidationError> checkRange(const QString& field, const std::optional<int>& value,
                                          int low, int high, const QString& unit = {}) {
    if (!value || (*value >= low && *value <= high)) return std::nullopt;
    const QString suffix = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
    return ValidationError{field, InputWords::tr("%1 must be from %2 to %3%4, not %5")
                                      .arg(field)
                                      .arg(low)
                                      .arg(high)
                                      .arg(suffix)
                                      .arg(*value)};
}

std::optional<ValidationError> checkDate(const Instant& start, QDate today) {
    if (start.localDate() > today.addDays(1)) {
        return ValidationError{QStringLiteral("date"),
                               InputWords::tr("date must not be after tomorrow (%1), not %2")
                                   .arg(today.addDays(1).toString(Qt::ISODate),
                                        start.localDate().toString(Qt::ISODate))};
    }
    return std::nullopt;
}

std::optional<ValidationError> checkNotes(const QString& notes) {
    const qsizetype length = characterCount(notes);
    if (length <= limits::kMaxNotesLength) return std::nullopt;
    return ValidationError{QStringLiteral("notes"),
                           InputWords::tr("notes must be at most %1 characters, not %2")
                               .arg(limits::kMaxNotesLength)
                               .arg(length)};
}

}  // namespace

qsizetype characterCount(QStringView text) {
    // A character outside the Basic Multilingual Plane (most emoji) is two UTF-16 units but
    // one character to the person typing it; count each surrogate pair once.
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

std::optional<ValidationError> validateRun(const Run& run, QDate today) {
    if (run.distance.metres() <= 0 || run.distance.metres() > limits::kMaxDistanceMetres) {
        return ValidationError{
            QStringLiteral("distance"),
            InputWords::tr("distance must be more than 0 and at most %1 km, not %2 km")
                .arg(limits::kMaxDistanceMetres / 1000)
                .arg(run.distance.km(), 0, 'f', 3)};
    }
    if (run.duration.seconds() <= 0 || run.duration.seconds() > limits::kMaxDurationSeconds) {
        return ValidationError{
            QStringLiteral("duration"),
            InputWords::tr("duration must be more than 0 and at most %1 hours, not %2 s")
                .arg(limits::kMaxDurationSeconds / 3600)
                .arg(run.duration.seconds())};
    }
    // Exact integer form of "pace no faster than 2:00 min/km": seconds/km >= 120.
    if (run.duration.seconds() * 1000 < limits::kFastestPaceSecondsPerKm * run.distance.metres()) {
        return ValidationError{
            QStringLiteral("duration"),
            InputWords::tr("pace must be no faster than 2:00 min/km; %1 km in %2 s is faster")
                .arg(run.distance.km(), 0, 'f', 3)
                .arg(run.duration.seconds())};
    }
    if (auto error = checkDate(run.start, today)) return error;
    if (auto error = checkRange(QStringLiteral("rpe"), run.rpe, 1, 10)) return error;
    if (auto error = checkRange(QStringLiteral("cadence"), run.cadence, 60, 260,
                                InputWords::tr("steps per minute")))
        return error;
    if (auto error = checkRange(QStringLiteral("hr"), run.heartRate, 30, 250,
                                InputWords::tr("beats per minute")))
        return error;
    if (auto error = checkRange(QStringLiteral("pain_during"), run.painDuring, 0, 10)) return error;
    if (auto error = checkRange(QStringLiteral("pain_after"), run.painAfter, 0, 10)) return error;
    return checkNotes(run.notes);
}

std::optional<ValidationError> validatePain(const PainEntry& pain, QDate today) {
    if (auto error = checkRange(QStringLiteral("intensity"), pain.intensity, 0, 10)) return error;
    if (auto error = checkDate(pain.start, today)) return error;
    // The end of tomorrow itself (a bare date's instant) is still "not after tomorrow".
    if (pain.end && *pain.end > Instant::endOfLocalDay(today.addDays(1))) {
        return ValidationError{QStringLiteral("end"),
                               InputWords::tr("the end must not be after tomorrow (%1), not %2")
                                   .arg(today.addDays(1).toString(Qt::ISODate),
                                        pain.end->localDate().toString(Qt::ISODate))};
    }
    if (pain.end && *pain.end < pain.start) {
        return ValidationError{QStringLiteral("end"),
                               InputWords::tr("the pain must end at or after it started (%1)")
                                   .arg(pain.start.toLocalIsoString())};
    }
    return checkNotes(pain.notes);
}

std::optional<ValidationError> validateShoe(const Shoe& shoe) {
    const QString name = shoe.name.trimmed();
    const qsizetype length = characterCount(name);
    if (length == 0 || length > limits::kMaxNameLength) {
        return ValidationError{
            QStringLiteral("name"),
            InputWords::tr("name must be 1 to 200 characters, not %1").arg(length)};
    }
    if (shoe.limit.metres() <= 0 || shoe.limit.metres() > 100'000'000) {
        return ValidationError{QStringLiteral("limit-km"),
                               InputWords::tr("limit must be more than 0 and at most 100000 km")};
    }
    if (shoe.startDistance.metres() < 0 || shoe.startDistance.metres() > 100'000'000) {
        return ValidationError{QStringLiteral("start-km"),
                               InputWords::tr("start km must be from 0 to 100000 km")};
    }
    if (shoe.since && shoe.retiredOn && *shoe.retiredOn < *shoe.since) {
        return ValidationError{QStringLiteral("on"),
                               InputWords::tr("a pair cannot be retired before it was first used")};
    }
    return checkNotes(shoe.notes);
}

std::optional<ValidationError> validateMorning(const MorningCheck& morning, QDate today) {
    if (!morning.date.isValid()) {
        return ValidationError{QStringLiteral("date"),
                               InputWords::tr("the date is not a valid date")};
    }
    if (auto error = checkRange(QStringLiteral("pain"), morning.pain, 0, 10)) return error;
    if (morning.date > today.addDays(1)) {
        return ValidationError{
            QStringLiteral("date"),
            InputWords::tr("date must not be after tomorrow (%1), not %2")
                .arg(today.addDays(1).toString(Qt::ISODate), morning.date.toString(Qt::ISODate))};
    }
    return std::nullopt;
}

std::optional<ValidationError> validateProgramme(const ComebackProgramme& programme, QDate today) {
    if (auto error = checkDate(programme.start, today)) return error;
    if (programme.stoppedAt && *programme.stoppedAt < programme.start) {
        return ValidationError{QStringLiteral("on"),
                               InputWords::tr("the way back must end at or after it started (%1)")
                                   .arg(programme.start.toLocalIsoString())};
    }
    return std::nullopt;
}

}  // namespace stridelog

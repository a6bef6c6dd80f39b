// SPDX-License-Identifier: GPL-3.0-or-later
// CLI.md "Limits": each one on both sides, and every refusal names what is accepted.

#include "core/model/validation.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

const QDate kToday(2026, 3, 14);

Run validRun() {
    Run run;
    run.start = Instant::fromLocal(kToday, QTime(7, 30));
    run.distance = Distance::fromMetres(10'000);
    run.duration = Duration::fromSeconds(55 * 60);
    return run;
}

PainEntry validPain() {
    PainEntry pain;
    pain.start = Instant::fromLocal(kToday, QTime(9, 0));
    pain.intensity = 3;
    return pain;
}

Shoe validShoe() {
    Shoe shoe;
    shoe.name = QStringLiteral("Road pair");
    return shoe;
}

// The message of the refusal, or an empty string when the run is accepted.
QString runProblem(const Run& run, QDate today = kToday) {
    const auto error = validateRun(run, today);
    return error ? error->message : QString();
}

QString painProblem(const PainEntry& pain) {
    const auto error = validatePain(pain, kToday);
    return error ? error->message : QString();
}

TEST(RunLimits, AValidRunIsAccepted) {
    EXPECT_EQ(runProblem(validRun()), QString());
}

TEST(RunLimits, DistanceMustBeMoreThanZero) {
    auto run = validRun();
    run.distance = Distance::fromMetres(0);
    EXPECT_TRUE(runProblem(run).contains(QLatin1String("more than 0 and at most 400 km")));
    run.distance = Distance::fromMetres(1);
    EXPECT_EQ(runProblem(run), QString());
}

TEST(RunLimits, DistanceUpTo400KmIsAccepted) {
    auto run = validRun();
    run.duration = Duration::fromHours(72);
    run.distance = Distance::fromMetres(400'000);
    EXPECT_EQ(runProblem(run), QString());
    run.distance = Distance::fromMetres(400'001);
    EXPECT_TRUE(runProblem(run).contains(QLatin1String("at most 400 km")));
}

TEST(RunLimits, DurationUpTo72HoursIsAccepted) {
    auto run = validRun();
    run.duration = Duration::fromHours(72);
    EXPECT_EQ(runProblem(run), QString());
    run.duration = Duration::fromSeconds(72 * 3600 + 1);
    EXPECT_TRUE(runProblem(run).contains(QLatin1String("at most 72 hours")));
    run.duration = Duration::fromSeconds(0);
    EXPECT_TRUE(runProblem(run).contains(QLatin1String("more than 0")));
}

TEST(RunLimits, PaceOfExactlyTwoMinutesPerKmIsAccepted) {
    auto run = validRun();
    run.duration = Duration::fromSeconds(1200);  // 10 km at 2:00 min/km
    EXPECT_EQ(runProblem(run), QString());
}

TEST(RunLimits, OneSecondFasterThanTwoMinutesPerKmIsRefused) {
    auto run = validRun();
    run.duration = Duration::fromSeconds(1199);
    EXPECT_TRUE(runProblem(run).contains(QLatin1String("no faster than 2:00 min/km")));
}

TEST(RunLimits, TomorrowIsAcceptedTheDayAfterIsNot) {
    auto run = validRun();
    run.start = Instant::fromLocal(kToday.addDays(1), QTime(23, 59));
    EXPECT_EQ(runProblem(run), QString());
    run.start = Instant::fromLocal(kToday.addDays(2), QTime(0, 0));
    EXPECT_TRUE(runProblem(run).contains(QLatin1String("not be after tomorrow (2026-03-15)")));
}

TEST(RunLimits, RpeFromOneToTen) {
    auto run = validRun();
    for (const int rpe : {1, 10}) {
        run.rpe = rpe;
        EXPECT_EQ(runProblem(run), QString()) << rpe;
    }
    for (const int rpe : {0, 11}) {
        run.rpe = rpe;
        EXPECT_TRUE(runProblem(run).contains(QLatin1String("rpe must be from 1 to 10"))) << rpe;
    }
}

TEST(RunLimits, PainRatingsFromZeroToTenEach) {
    auto run = validRun();
    for (const int rating : {0, 10}) {
        run.painDuring = rating;
        run.painAfter = rating;
        EXPECT_EQ(runProblem(run), QString()) << rating;
    }
    run.painAfter = 3;
    for (const int rating : {-1, 11}) {
        run.painDuring = rating;
        EXPECT_TRUE(runProblem(run).contains(QLatin1String("pain_during must be from 0 to 10")))
            << rating;
    }
    run.painDuring = 2;
    run.painAfter = 11;
    EXPECT_TRUE(runProblem(run).contains(QLatin1String("pain_after must be from 0 to 10")));
}

TEST(MorningLimits, PainFromZeroToTenAndNotAfterTomorrow) {
    MorningCheck morning{kToday.addDays(1), 0, false, false};
    EXPECT_FALSE(validateMorning(morning, kToday));
    morning.pain = 10;
    EXPECT_FALSE(validateMorning(morning, kToday));
    morning.pain = 11;
    ASSERT_TRUE(validateMorning(morning, kToday));
    EXPECT_TRUE(validateMorning(morning, kToday)->message.contains(QLatin1String("from 0 to 10")));
    morning.pain = 2;
    morning.date = kToday.addDays(2);
    ASSERT_TRUE(validateMorning(morning, kToday));
    EXPECT_EQ(validateMorning(morning, kToday)->field, QStringLiteral("date"));
}

TEST(RunLimits, CadenceFrom60To260StepsPerMinute) {
    auto run = validRun();
    for (const int cadence : {60, 260}) {
        run.cadence = cadence;
        EXPECT_EQ(runProblem(run), QString()) << cadence;
    }
    for (const int cadence : {59, 261}) {
        run.cadence = cadence;
        EXPECT_TRUE(runProblem(run).contains(QLatin1String("from 60 to 260"))) << cadence;
    }
}

TEST(RunLimits, HeartRateFrom30To250BeatsPerMinute) {
    auto run = validRun();
    for (const int hr : {30, 250}) {
        run.heartRate = hr;
        EXPECT_EQ(runProblem(run), QString()) << hr;
    }
    for (const int hr : {29, 251}) {
        run.heartRate = hr;
        EXPECT_TRUE(runProblem(run).contains(QLatin1String("from 30 to 250"))) << hr;
    }
}

TEST(RunLimits, NotesUpTo10000Characters) {
    auto run = validRun();
    run.notes = QString(10'000, QLatin1Char('x'));
    EXPECT_EQ(runProblem(run), QString());
    run.notes += QLatin1Char('x');
    EXPECT_TRUE(runProblem(run).contains(QLatin1String("at most 10000 characters")));
}

TEST(RunLimits, ErrorsNameTheField) {
    auto run = validRun();
    run.cadence = 300;
    EXPECT_EQ(validateRun(run, kToday)->field, QStringLiteral("cadence"));
}

TEST(PainLimits, IntensityFromZeroToTen) {
    PainEntry pain = validPain();
    for (const int intensity : {0, 10}) {
        pain.intensity = intensity;
        EXPECT_EQ(painProblem(pain), QString()) << intensity;
    }
    for (const int intensity : {-1, 11}) {
        pain.intensity = intensity;
        EXPECT_TRUE(painProblem(pain).contains(QLatin1String("from 0 to 10"))) << intensity;
    }
}

TEST(PainLimits, EndMustNotBeBeforeStart) {
    PainEntry pain = validPain();
    pain.end = pain.start;
    EXPECT_EQ(painProblem(pain), QString());
    pain.end = pain.start.plusSeconds(-1);
    EXPECT_TRUE(painProblem(pain).contains(QLatin1String("at or after")));
}

TEST(PainLimits, TomorrowIsAcceptedTheDayAfterIsNot) {
    PainEntry pain = validPain();
    pain.start = Instant::fromLocal(kToday.addDays(1), QTime(12, 0));
    EXPECT_EQ(painProblem(pain), QString());
    pain.start = Instant::fromLocal(kToday.addDays(2), QTime(12, 0));
    EXPECT_TRUE(painProblem(pain).contains(QLatin1String("after tomorrow")));
}

TEST(PainLimits, NotesUpTo10000Characters) {
    PainEntry pain = validPain();
    pain.notes = QString(10'000, QLatin1Char('x'));
    EXPECT_EQ(painProblem(pain), QString());
    pain.notes += QLatin1Char('x');
    EXPECT_TRUE(painProblem(pain).contains(QLatin1String("10000")));
}

TEST(ShoeLimits, NamesFromOneTo200Characters) {
    Shoe shoe = validShoe();
    for (const int length : {1, 200}) {
        shoe.name = QString(length, QLatin1Char('n'));
        EXPECT_FALSE(validateShoe(shoe).has_value()) << length;
    }
    for (const int length : {0, 201}) {
        shoe.name = QString(length, QLatin1Char('n'));
        const auto error = validateShoe(shoe);
        ASSERT_TRUE(error.has_value()) << length;
        EXPECT_TRUE(error->message.contains(QLatin1String("1 to 200 characters")));
    }
}

TEST(ShoeLimits, ABlankNameIsEmpty) {
    Shoe shoe = validShoe();
    shoe.name = QStringLiteral("   ");
    EXPECT_TRUE(validateShoe(shoe).has_value());
}

TEST(ShoeLimits, RetiredNotBeforeFirstUsed) {
    Shoe shoe = validShoe();
    shoe.since = QDate(2026, 3, 1);
    shoe.retiredOn = QDate(2026, 3, 1);
    EXPECT_FALSE(validateShoe(shoe).has_value());
    shoe.retiredOn = QDate(2026, 2, 28);
    EXPECT_TRUE(validateShoe(shoe).has_value());
}

TEST(ShoeLimits, LimitMustBeMoreThanZero) {
    Shoe shoe = validShoe();
    shoe.limit = Distance::fromMetres(0);
    EXPECT_EQ(validateShoe(shoe)->field, QStringLiteral("limit-km"));
}

TEST(ShoeLimits, NotesUpTo10000Characters) {
    Shoe shoe = validShoe();
    shoe.notes = QString(10'000, QLatin1Char('x'));
    EXPECT_FALSE(validateShoe(shoe).has_value());
    shoe.notes += QLatin1Char('x');
    EXPECT_TRUE(validateShoe(shoe).has_value());
}

}  // namespace
}  // namespace stridelog

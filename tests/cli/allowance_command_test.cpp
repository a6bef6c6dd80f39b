// SPDX-License-Identifier: GPL-3.0-or-later
// `allowance [--as-of T]` (CLI.md 1.1, RULES.md R15), end to end through the binary: the R15
// object with every key, its text form, and the numbers on both sides of each boundary.
// "Now" is Saturday 2026-11-21 12:00; its week starts on Monday 2026-11-16.

#include "cli_runner.h"

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

const QString kAllowance = QStringLiteral("allowance");

void run(const CliSandbox& sandbox, const QString& date, const QString& km,
         const QStringList& extra = {}) {
    addRun(sandbox, QStringList{QStringLiteral("--date"), date, QStringLiteral("--distance"), km,
                                QStringLiteral("--duration"), QStringLiteral("1h10m")} +
                        extra);
}

// Last week 20 km (two runs of 10 km), this week 10 km so far: the limit is 22 km, 12 km left;
// the longest run of 30 days is 10 km, so 11 km is not a spike.
void addTwoWeeks(const CliSandbox& sandbox, const QStringList& extra = {}) {
    run(sandbox, QStringLiteral("2026-11-10"), QStringLiteral("10"), extra);
    run(sandbox, QStringLiteral("2026-11-12"), QStringLiteral("10"), extra);
    run(sandbox, QStringLiteral("2026-11-17"), QStringLiteral("10"), extra);
}

QJsonObject allowanceOf(const CliSandbox& sandbox, const QStringList& extra = {}) {
    const Outcome outcome = sandbox.json(QStringList{kAllowance} + extra);
    EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    return outcome.object();
}

void addPainLasting(const CliSandbox& sandbox, const QString& lasted) {
    addPain(sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-17"),
                      QStringLiteral("--time"), QStringLiteral("20:00"), QStringLiteral("--knee"),
                      QStringLiteral("right"), QStringLiteral("--site"), QStringLiteral("outside"),
                      QStringLiteral("--intensity"), QStringLiteral("3"), QStringLiteral("--onset"),
                      QStringLiteral("after"), QStringLiteral("--lasted"), lasted});
}

TEST(Allowance, HasEveryKeyOfRulesR15AndTheNumbers) {
    CliSandbox sandbox;
    const qint64 pair = addShoe(sandbox, {QStringLiteral("Pegasus 40")});
    addTwoWeeks(sandbox, {QStringLiteral("--shoe"), QString::number(pair)});
    const QJsonObject allowance = allowanceOf(sandbox);
    EXPECT_EQ(keysOf(allowance),
              sortedKeys({QStringLiteral("as_of"), QStringLiteral("week_start"),
                          QStringLiteral("week_left_km"), QStringLiteral("run_max_km"),
                          QStringLiteral("run_today"), QStringLiteral("pain_stage"),
                          QStringLiteral("shoe_id"), QStringLiteral("advice"),
                          QStringLiteral("comeback")}));
    EXPECT_EQ(allowance.value(QStringLiteral("as_of")).toString(),
              QStringLiteral("2026-11-21T12:00:00"));
    EXPECT_EQ(allowance.value(QStringLiteral("week_start")).toString(),
              QStringLiteral("2026-11-16"));
    EXPECT_DOUBLE_EQ(allowance.value(QStringLiteral("week_left_km")).toDouble(), 12.0);
    EXPECT_DOUBLE_EQ(allowance.value(QStringLiteral("run_max_km")).toDouble(), 11.0);
    EXPECT_TRUE(allowance.value(QStringLiteral("run_today")).toBool());
    EXPECT_TRUE(allowance.value(QStringLiteral("pain_stage")).isNull());
    EXPECT_EQ(allowance.value(QStringLiteral("shoe_id")).toInteger(), pair);
    EXPECT_EQ(allowance.value(QStringLiteral("advice")).toString(),
              QStringLiteral("Up to 12.0 km left this week. A run of up to 11.0 km is not a "
                             "spike. Wear Pegasus 40, the pair with the most of its limit left."));
}

TEST(Allowance, TheTextFormSaysTheSameInLines) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pegasus 40")});
    addTwoWeeks(sandbox, {QStringLiteral("--shoe"), QStringLiteral("1")});
    const Outcome outcome = sandbox.text({kAllowance});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_EQ(QString::fromUtf8(outcome.out),
              QStringLiteral("As of 2026-11-21 12:00, week of 2026-11-16\n"
                             "Run today:       yes\n"
                             "Left this week:  12.00 km\n"
                             "Longest run:     11.00 km without a spike\n"
                             "Knee pain:       none in the last 14 days\n"
                             "Pair to wear:    Pegasus 40 (shoe 1)\n"
                             "Up to 12.0 km left this week. A run of up to 11.0 km is not a "
                             "spike. Wear Pegasus 40, the pair with the most of its limit "
                             "left.\n"));
}

TEST(Allowance, AnEmptyJournalHasNullsWhereRulesR15SaysSo) {
    CliSandbox sandbox;
    const QJsonObject allowance = allowanceOf(sandbox);
    EXPECT_TRUE(allowance.value(QStringLiteral("week_left_km")).isNull());
    EXPECT_TRUE(allowance.value(QStringLiteral("run_max_km")).isNull());
    EXPECT_TRUE(allowance.value(QStringLiteral("pain_stage")).isNull());
    EXPECT_TRUE(allowance.value(QStringLiteral("shoe_id")).isNull());
    EXPECT_TRUE(allowance.value(QStringLiteral("run_today")).toBool());
    const Outcome text = sandbox.text({kAllowance});
    EXPECT_TRUE(text.out.contains("Left this week:  no limit this week\n"));
    EXPECT_TRUE(text.out.contains("Pair to wear:    no pair in use\n"));
}

TEST(Allowance, WeekLeftStopsAtZeroOneMetreUnderAndOverTheLimit) {
    CliSandbox sandbox;
    addTwoWeeks(sandbox);
    run(sandbox, QStringLiteral("2026-11-18"), QStringLiteral("11999m"));  // 21.999 km of 22
    EXPECT_DOUBLE_EQ(allowanceOf(sandbox).value(QStringLiteral("week_left_km")).toDouble(), 0.001);
    run(sandbox, QStringLiteral("2026-11-19"), QStringLiteral("2m"));  // 22.001 km
    const QJsonObject over = allowanceOf(sandbox);
    EXPECT_DOUBLE_EQ(over.value(QStringLiteral("week_left_km")).toDouble(), 0.0);
    EXPECT_TRUE(over.value(QStringLiteral("advice"))
                    .toString()
                    .contains(QStringLiteral("This week's limit is reached")));
}

TEST(Allowance, StageThreePainMeansNoRunningAndStageTwoDoesNot) {
    CliSandbox sandbox;
    addTwoWeeks(sandbox);
    addPainLasting(sandbox, QStringLiteral("71h"));  // stage 2
    QJsonObject allowance = allowanceOf(sandbox);
    EXPECT_EQ(allowance.value(QStringLiteral("pain_stage")).toInt(), 2);
    EXPECT_TRUE(allowance.value(QStringLiteral("run_today")).toBool());
    EXPECT_TRUE(allowance.value(QStringLiteral("advice"))
                    .toString()
                    .contains(QStringLiteral("cut your volume and intensity")));

    CliSandbox stopped;
    addTwoWeeks(stopped);
    addPainLasting(stopped, QStringLiteral("72h"));  // stage 3
    allowance = allowanceOf(stopped);
    EXPECT_EQ(allowance.value(QStringLiteral("pain_stage")).toInt(), 3);
    EXPECT_FALSE(allowance.value(QStringLiteral("run_today")).toBool());
    EXPECT_DOUBLE_EQ(allowance.value(QStringLiteral("week_left_km")).toDouble(), 12.0);
    EXPECT_TRUE(allowance.value(QStringLiteral("advice"))
                    .toString()
                    .startsWith(QStringLiteral("No running today")));
    const Outcome text = stopped.text({kAllowance});
    EXPECT_TRUE(text.out.contains("Run today:       no\n"));
    EXPECT_TRUE(text.out.contains("Knee pain:       stage 3 of 4\n"));
}

TEST(Allowance, RunMaxLooksBackThirtyDaysFromAsOf) {
    CliSandbox sandbox;
    // 2026-10-21 08:00 CEST is 06:00 UTC; 30 days later is 2026-11-20 06:00 UTC, 07:00 CET.
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-10-21"), QStringLiteral("--time"),
            QStringLiteral("08:00"), QStringLiteral("--distance"), QStringLiteral("10"),
            QStringLiteral("--duration"), QStringLiteral("1h")});
    const auto runMax = [&](const char* asOf) {
        return allowanceOf(sandbox, {QStringLiteral("--as-of"), QString::fromLatin1(asOf)})
            .value(QStringLiteral("run_max_km"));
    };
    EXPECT_DOUBLE_EQ(runMax("2026-11-20T07:00").toDouble(), 11.0);
    EXPECT_TRUE(runMax("2026-11-20T07:01").isNull());
}

TEST(Allowance, ABareDateIsTheEndOfThatDay) {
    CliSandbox sandbox;
    addTwoWeeks(sandbox);  // the run of this week is on 2026-11-17 at 00:00
    const QJsonObject monday =
        allowanceOf(sandbox, {QStringLiteral("--as-of"), QStringLiteral("2026-11-16")});
    EXPECT_EQ(monday.value(QStringLiteral("as_of")).toString(),
              QStringLiteral("2026-11-16T23:59:59"));
    EXPECT_EQ(monday.value(QStringLiteral("week_start")).toString(), QStringLiteral("2026-11-16"));
    EXPECT_DOUBLE_EQ(monday.value(QStringLiteral("week_left_km")).toDouble(), 22.0);
    const QJsonObject tuesday =
        allowanceOf(sandbox, {QStringLiteral("--as-of"), QStringLiteral("2026-11-17")});
    EXPECT_DOUBLE_EQ(tuesday.value(QStringLiteral("week_left_km")).toDouble(), 12.0);
}

TEST(Allowance, BadOptionsAreUsageAndBadInstantsInvalidInput) {
    CliSandbox sandbox;
    EXPECT_EQ(
        sandbox.json({kAllowance, QStringLiteral("--from"), QStringLiteral("2026-11-01")}).exitCode,
        1);
    EXPECT_EQ(sandbox.json({kAllowance, QStringLiteral("extra")}).exitCode, 1);
    EXPECT_EQ(
        sandbox.json({kAllowance, QStringLiteral("--as-of"), QStringLiteral("soon")}).exitCode, 2);
}

TEST(Allowance, IsListedInTheHelp) {
    CliSandbox sandbox;
    EXPECT_TRUE(sandbox.raw({QStringLiteral("--help")}).out.contains("allowance [--as-of T]"));
}

}  // namespace
}  // namespace stridelog::cli::test

// SPDX-License-Identifier: GPL-3.0-or-later
// `weeks` and `warnings` (CLI.md, RULES.md R1): the week and warning objects and --as-of.

#include "cli_runner.h"

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

// 10 km, 10 km, then 12 km: the third week is 20% up, over the 10% limit of 11 km (R1).
void addThreeWeeks(const CliSandbox& sandbox) {
    const QStringList weeks[] = {
        {QStringLiteral("2026-11-02"), QStringLiteral("10")},
        {QStringLiteral("2026-11-09"), QStringLiteral("10")},
        {QStringLiteral("2026-11-16"), QStringLiteral("12")},
    };
    for (const QStringList& week : weeks) {
        addRun(sandbox, {QStringLiteral("--date"), week.at(0), QStringLiteral("--distance"),
                         week.at(1), QStringLiteral("--duration"), QStringLiteral("1h10m")});
    }
}

QJsonArray report(const CliSandbox& sandbox, const QStringList& arguments) {
    const Outcome outcome = sandbox.json(arguments);
    EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    return outcome.array();
}

QStringList warningCodes(const QJsonArray& warnings) {
    QStringList codes;
    for (const QJsonValue& warning : warnings)
        codes << warning.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

TEST(Weeks, OneRowPerWeekWithEveryKeyOfCliMdAndTheTenPercentLimit) {
    CliSandbox sandbox;
    addThreeWeeks(sandbox);
    const QJsonArray weeks = report(sandbox, {QStringLiteral("weeks")});
    ASSERT_EQ(weeks.size(), 3);
    const QJsonObject last = weeks.at(2).toObject();
    EXPECT_EQ(keysOf(last), sortedKeys({QStringLiteral("week_start"), QStringLiteral("km"),
                                        QStringLiteral("runs"), QStringLiteral("previous_km"),
                                        QStringLiteral("change_pct"), QStringLiteral("limit_km"),
                                        QStringLiteral("limit_rule"), QStringLiteral("over_limit"),
                                        QStringLiteral("remaining_km"), QStringLiteral("pain_max"),
                                        QStringLiteral("acute"), QStringLiteral("chronic"),
                                        QStringLiteral("acwr")}));
    EXPECT_EQ(last.value(QStringLiteral("week_start")).toString(), QStringLiteral("2026-11-16"));
    EXPECT_DOUBLE_EQ(last.value(QStringLiteral("km")).toDouble(), 12);
    EXPECT_EQ(last.value(QStringLiteral("runs")).toInt(), 1);
    EXPECT_DOUBLE_EQ(last.value(QStringLiteral("previous_km")).toDouble(), 10);
    EXPECT_DOUBLE_EQ(last.value(QStringLiteral("change_pct")).toDouble(), 20);
    EXPECT_DOUBLE_EQ(last.value(QStringLiteral("limit_km")).toDouble(), 11);
    EXPECT_EQ(last.value(QStringLiteral("limit_rule")).toString(),
              QStringLiteral("weekly-increase"));
    EXPECT_TRUE(last.value(QStringLiteral("over_limit")).toBool());
    EXPECT_DOUBLE_EQ(last.value(QStringLiteral("remaining_km")).toDouble(), 0);
    EXPECT_TRUE(last.value(QStringLiteral("pain_max")).isNull());
    EXPECT_TRUE(last.value(QStringLiteral("acwr")).isNull());  // before day 28

    const QJsonObject first = weeks.at(0).toObject();
    EXPECT_TRUE(first.value(QStringLiteral("change_pct")).isNull());
    EXPECT_TRUE(first.value(QStringLiteral("limit_km")).isNull());
    EXPECT_TRUE(first.value(QStringLiteral("limit_rule")).isNull());
    EXPECT_TRUE(first.value(QStringLiteral("remaining_km")).isNull());  // only for T's week
}

TEST(Weeks, EmptyWeeksAreIncludedUpToTheAsOfWeek) {
    CliSandbox sandbox;
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-10-26"), QStringLiteral("--distance"),
            QStringLiteral("5"), QStringLiteral("--duration"), QStringLiteral("30m")});
    const QJsonArray weeks = report(sandbox, {QStringLiteral("weeks")});
    ASSERT_EQ(weeks.size(), 4);  // 10-26, 11-02, 11-09, 11-16
    EXPECT_EQ(weeks.at(1).toObject().value(QStringLiteral("runs")).toInt(), 0);
    EXPECT_DOUBLE_EQ(weeks.at(1).toObject().value(QStringLiteral("km")).toDouble(), 0);
}

TEST(Weeks, AsOfABareDateEndsWithThatDaysWeekAndItsAllowance) {
    CliSandbox sandbox;
    addThreeWeeks(sandbox);
    const QJsonArray weeks = report(sandbox, {QStringLiteral("weeks"), QStringLiteral("--as-of"),
                                              QStringLiteral("2026-11-10")});
    ASSERT_EQ(weeks.size(), 2);
    const QJsonObject last = weeks.at(1).toObject();
    EXPECT_EQ(last.value(QStringLiteral("week_start")).toString(), QStringLiteral("2026-11-09"));
    EXPECT_FALSE(last.value(QStringLiteral("over_limit")).toBool());
    EXPECT_DOUBLE_EQ(last.value(QStringLiteral("remaining_km")).toDouble(), 1);  // 11 - 10
}

TEST(Weeks, ABareDateLeavesOutTheNextDaysMidnightRunAnExactMidnightKeepsIt) {
    CliSandbox sandbox;
    // Without --time a run starts at 00:00: Monday 2026-11-16's run is after the end of
    // Sunday 2026-11-15, but exactly at "2026-11-16 00:00".
    ASSERT_EQ(sandbox
                  .json({QStringLiteral("run"), QStringLiteral("add"), QStringLiteral("--date"),
                         QStringLiteral("2026-11-15"), QStringLiteral("--distance"),
                         QStringLiteral("5"), QStringLiteral("--duration"), QStringLiteral("30m")})
                  .exitCode,
              0);
    ASSERT_EQ(sandbox
                  .json({QStringLiteral("run"), QStringLiteral("add"), QStringLiteral("--date"),
                         QStringLiteral("2026-11-16"), QStringLiteral("--distance"),
                         QStringLiteral("8"), QStringLiteral("--duration"), QStringLiteral("48m")})
                  .exitCode,
              0);
    const QJsonArray endOfSunday =
        report(sandbox,
               {QStringLiteral("weeks"), QStringLiteral("--as-of"), QStringLiteral("2026-11-15")});
    ASSERT_EQ(endOfSunday.size(), 1);
    EXPECT_DOUBLE_EQ(endOfSunday.at(0).toObject().value(QStringLiteral("km")).toDouble(), 5);

    const QJsonArray mondayMidnight = report(
        sandbox,
        {QStringLiteral("weeks"), QStringLiteral("--as-of"), QStringLiteral("2026-11-16T00:00")});
    ASSERT_EQ(mondayMidnight.size(), 2);
    EXPECT_DOUBLE_EQ(mondayMidnight.at(1).toObject().value(QStringLiteral("km")).toDouble(), 8);
}

TEST(Weeks, FromAndToKeepTheWeeksTouchingThatRange) {
    CliSandbox sandbox;
    addThreeWeeks(sandbox);
    const QJsonArray weeks = report(
        sandbox, {QStringLiteral("weeks"), QStringLiteral("--from"), QStringLiteral("2026-11-11"),
                  QStringLiteral("--to"), QStringLiteral("2026-11-12")});
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_EQ(weeks.at(0).toObject().value(QStringLiteral("week_start")).toString(),
              QStringLiteral("2026-11-09"));
}

TEST(Warnings, WeekOverTheLimitGivesAWeeklyIncreaseWarningWithEveryKeyOfCliMd) {
    CliSandbox sandbox;
    addThreeWeeks(sandbox);
    const QJsonArray warnings = report(sandbox, {QStringLiteral("warnings")});
    ASSERT_TRUE(warningCodes(warnings).contains(QStringLiteral("weekly-increase")));
    for (const QJsonValue& value : warnings) {
        const QJsonObject warning = value.toObject();
        QStringList expected{QStringLiteral("code"),    QStringLiteral("severity"),
                             QStringLiteral("subject"), QStringLiteral("message"),
                             QStringLiteral("advice"),  QStringLiteral("source")};
        const QString code = warning.value(QStringLiteral("code")).toString();
        if (code == QLatin1String("see-doctor")) expected << QStringLiteral("reasons");
        if (code == QLatin1String("pain-stage")) expected << QStringLiteral("stage");
        if (code == QLatin1String("run-spike")) expected << QStringLiteral("band");
        EXPECT_EQ(keysOf(warning), sortedKeys(expected)) << code.toStdString();
        if (code != QLatin1String("weekly-increase")) continue;
        EXPECT_EQ(warning.value(QStringLiteral("severity")).toString(), QStringLiteral("caution"));
        EXPECT_EQ(warning.value(QStringLiteral("subject")).toObject(),
                  (QJsonObject{{QStringLiteral("week"), QStringLiteral("2026-11-16")}}));
        EXPECT_FALSE(warning.value(QStringLiteral("message")).toString().isEmpty());
    }
}

TEST(Warnings, AsOfBeforeTheJumpHasNoWeeklyIncreaseWarning) {
    CliSandbox sandbox;
    addThreeWeeks(sandbox);
    const QJsonArray warnings =
        report(sandbox, {QStringLiteral("warnings"), QStringLiteral("--as-of"),
                         QStringLiteral("2026-11-12T18:00")});
    EXPECT_FALSE(warningCodes(warnings).contains(QStringLiteral("weekly-increase")));
}

TEST(Warnings, AnEmptyJournalHasNoneAndTextSaysSo) {
    CliSandbox sandbox;
    EXPECT_TRUE(report(sandbox, {QStringLiteral("warnings")}).isEmpty());
    EXPECT_EQ(sandbox.text({QStringLiteral("warnings")}).out, QByteArray("No warnings.\n"));
}

TEST(Warnings, SeeDoctorListsItsReasons) {
    CliSandbox sandbox;
    addPain(sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-19"),
                      QStringLiteral("--knee"), QStringLiteral("right"), QStringLiteral("--site"),
                      QStringLiteral("behind"), QStringLiteral("--intensity"), QStringLiteral("4"),
                      QStringLiteral("--onset"), QStringLiteral("after")});
    const QJsonArray warnings = report(sandbox, {QStringLiteral("warnings")});
    bool found = false;
    for (const QJsonValue& value : warnings) {
        const QJsonObject warning = value.toObject();
        if (warning.value(QStringLiteral("code")).toString() != QLatin1String("see-doctor"))
            continue;
        found = true;
        EXPECT_FALSE(warning.value(QStringLiteral("reasons")).toArray().isEmpty());
        EXPECT_EQ(warning.value(QStringLiteral("subject")).toObject(),
                  (QJsonObject{{QStringLiteral("pain"), 1}}));
    }
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace stridelog::cli::test

// SPDX-License-Identifier: GPL-3.0-or-later
// `settings [KEY [VALUE]]` (CLI.md): defaults, reading one, setting one, bad keys and values.

#include "cli_runner.h"

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

TEST(Settings, ShowsEverySettingWithItsDefault) {
    CliSandbox sandbox;
    const Outcome outcome = sandbox.json({QStringLiteral("settings")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    const QJsonObject expected{{QStringLiteral("week_start"), QStringLiteral("monday")},
                               {QStringLiteral("weekly_increase_pct"), 10},
                               {QStringLiteral("comeback_pct"), 30},
                               {QStringLiteral("shoe_limit_km"), 1000},
                               {QStringLiteral("cadence_min_spm"), 160},
                               {QStringLiteral("body_weight_kg"), QJsonValue::Null},
                               {QStringLiteral("units"), QStringLiteral("km")}};
    EXPECT_EQ(outcome.object(), expected);
}

TEST(Settings, SetsAValueThatIsKeptAndPrintedAlone) {
    CliSandbox sandbox;
    const Outcome set = sandbox.json(
        {QStringLiteral("settings"), QStringLiteral("weekly_increase_pct"), QStringLiteral("15")});
    ASSERT_EQ(set.exitCode, 0) << set.errorText().toStdString();
    EXPECT_EQ(set.object().value(QStringLiteral("weekly_increase_pct")).toInt(), 15);
    ASSERT_EQ(sandbox
                  .json({QStringLiteral("settings"), QStringLiteral("body_weight_kg"),
                         QStringLiteral("72.5")})
                  .exitCode,
              0);

    const Outcome one =
        sandbox.text({QStringLiteral("settings"), QStringLiteral("weekly_increase_pct")});
    EXPECT_EQ(one.out, QByteArray("15\n"));
    const Outcome weight =
        sandbox.json({QStringLiteral("settings"), QStringLiteral("body_weight_kg")});
    EXPECT_EQ(weight.object(), (QJsonObject{{QStringLiteral("body_weight_kg"), 72.5}}));
}

TEST(Settings, WeekStartSundayMovesTheWeeks) {
    CliSandbox sandbox;
    ASSERT_EQ(sandbox
                  .json({QStringLiteral("settings"), QStringLiteral("week_start"),
                         QStringLiteral("sunday")})
                  .exitCode,
              0);
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-11-18"), QStringLiteral("--distance"),
            QStringLiteral("5"), QStringLiteral("--duration"), QStringLiteral("30m")});
    const Outcome weeks = sandbox.json({QStringLiteral("weeks")});
    EXPECT_EQ(weeks.array().at(0).toObject().value(QStringLiteral("week_start")).toString(),
              QStringLiteral("2026-11-15"));
}

TEST(Settings, UnknownKeyIsExitTwoListingTheKeys) {
    CliSandbox sandbox;
    ASSERT_EQ(sandbox.json({QStringLiteral("settings")}).exitCode, 0);
    expectRejected(sandbox, {QStringLiteral("settings"), QStringLiteral("colour")}, 2,
                   QStringLiteral("week_start"));
    expectRejected(sandbox,
                   {QStringLiteral("settings"), QStringLiteral("colour"), QStringLiteral("red")}, 2,
                   QStringLiteral("units"));
}

}  // namespace
}  // namespace stridelog::cli::test

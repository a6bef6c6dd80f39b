// SPDX-License-Identifier: GPL-3.0-or-later
// `demo [--years N] [--seed S]` (CLI.md): fills an empty journal, refuses a non-empty one.

#include "cli_runner.h"

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

TEST(Demo, OneYearFillsAnEmptyJournalAndPrintsTheCounts) {
    CliSandbox sandbox;
    const Outcome outcome =
        sandbox.json({QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    const QJsonObject counts = outcome.object();
    EXPECT_EQ(keysOf(counts), sortedKeys({QStringLiteral("runs"), QStringLiteral("shoes"),
                                          QStringLiteral("pain")}));
    EXPECT_GT(counts.value(QStringLiteral("runs")).toInt(), 100);  // 3-5 runs a week
    EXPECT_GT(counts.value(QStringLiteral("shoes")).toInt(), 0);
    EXPECT_GT(counts.value(QStringLiteral("pain")).toInt(), 0);

    const Outcome runs = sandbox.json({QStringLiteral("run"), QStringLiteral("list")});
    EXPECT_EQ(runs.array().size(), counts.value(QStringLiteral("runs")).toInt());
    const QString last = runs.array().last().toObject().value(QStringLiteral("start")).toString();
    EXPECT_LE(last, QStringLiteral("2026-11-22"));  // the history ends today
    EXPECT_EQ(sandbox.json({QStringLiteral("weeks")}).exitCode, 0);
    EXPECT_EQ(sandbox.json({QStringLiteral("warnings")}).exitCode, 0);
}

TEST(Demo, IsRefusedOnAJournalThatIsNotEmpty) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pegasus")});
    expectRejected(sandbox,
                   {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1")}, 2,
                   QStringLiteral("the journal is not empty"));
}

TEST(Demo, SameSeedGivesTheSameHistory) {
    CliSandbox first;
    CliSandbox second;
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"),
                           QStringLiteral("--seed"), QStringLiteral("7")};
    ASSERT_EQ(first.json(demo).exitCode, 0);
    ASSERT_EQ(second.json(demo).exitCode, 0);
    EXPECT_EQ(first.json({QStringLiteral("run"), QStringLiteral("list")}).out,
              second.json({QStringLiteral("run"), QStringLiteral("list")}).out);
}

TEST(Demo, ThirtyYearsAreWritten) {
    CliSandbox sandbox;
    const Outcome outcome =
        sandbox.json({QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("30")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_GT(outcome.object().value(QStringLiteral("runs")).toInt(), 3000);
}

}  // namespace
}  // namespace stridelog::cli::test

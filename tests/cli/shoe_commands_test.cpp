// SPDX-License-Identifier: GPL-3.0-or-later
// `shoe add|list|retire|edit` (CLI.md) and the shoe JSON object.

#include "cli_runner.h"

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

const QString kAwkwardText = QStringLiteral("Ünïcødé 🏃 'x'; DROP TABLE run; -- \"quoted\"");

QJsonObject onlyShoe(const CliSandbox& sandbox, const QStringList& extra = {}) {
    const Outcome outcome =
        sandbox.json(QStringList{QStringLiteral("shoe"), QStringLiteral("list")} + extra);
    EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_EQ(outcome.array().size(), 1);
    return outcome.array().at(0).toObject();
}

TEST(ShoeAdd, PrintsTheNewIdAndListHasEveryKeyOfCliMd) {
    CliSandbox sandbox;
    const Outcome added = sandbox.json(
        {QStringLiteral("shoe"), QStringLiteral("add"), QStringLiteral("Pegasus 40"),
         QStringLiteral("--limit-km"), QStringLiteral("800"), QStringLiteral("--start-km"),
         QStringLiteral("120.5"), QStringLiteral("--since"), QStringLiteral("2026-01-10")});
    ASSERT_EQ(added.exitCode, 0) << added.errorText().toStdString();
    EXPECT_EQ(keysOf(added.object()), QStringList{QStringLiteral("id")});
    EXPECT_EQ(added.object().value(QStringLiteral("id")).toInteger(), 1);

    const QJsonObject shoe = onlyShoe(sandbox);
    EXPECT_EQ(keysOf(shoe),
              sortedKeys({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("km"),
                          QStringLiteral("limit_km"), QStringLiteral("percent"),
                          QStringLiteral("status"), QStringLiteral("runs"), QStringLiteral("since"),
                          QStringLiteral("retired_on"), QStringLiteral("notes")}));
    EXPECT_EQ(shoe.value(QStringLiteral("name")).toString(), QStringLiteral("Pegasus 40"));
    EXPECT_DOUBLE_EQ(shoe.value(QStringLiteral("km")).toDouble(), 120.5);
    EXPECT_DOUBLE_EQ(shoe.value(QStringLiteral("limit_km")).toDouble(), 800);
    EXPECT_EQ(shoe.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(shoe.value(QStringLiteral("runs")).toInt(), 0);
    EXPECT_EQ(shoe.value(QStringLiteral("since")).toString(), QStringLiteral("2026-01-10"));
    EXPECT_TRUE(shoe.value(QStringLiteral("retired_on")).isNull());
    EXPECT_TRUE(shoe.value(QStringLiteral("notes")).isNull());
}

TEST(ShoeAdd, LimitDefaultsToTheShoeLimitSetting) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("First")});
    EXPECT_DOUBLE_EQ(onlyShoe(sandbox).value(QStringLiteral("limit_km")).toDouble(), 1000);

    ASSERT_EQ(sandbox
                  .json({QStringLiteral("settings"), QStringLiteral("shoe_limit_km"),
                         QStringLiteral("700")})
                  .exitCode,
              0);
    addShoe(sandbox, {QStringLiteral("Second")});
    const Outcome list = sandbox.json({QStringLiteral("shoe"), QStringLiteral("list")});
    EXPECT_DOUBLE_EQ(list.array().at(1).toObject().value(QStringLiteral("limit_km")).toDouble(),
                     700);
}

TEST(ShoeAdd, NameAndNotesWithQuotesSqlAndUnicodeSurvive) {
    CliSandbox sandbox;
    addShoe(sandbox, {kAwkwardText, QStringLiteral("--notes"), kAwkwardText});
    const QJsonObject shoe = onlyShoe(sandbox);
    EXPECT_EQ(shoe.value(QStringLiteral("name")).toString(), kAwkwardText);
    EXPECT_EQ(shoe.value(QStringLiteral("notes")).toString(), kAwkwardText);
}

TEST(ShoeAdd, NameStartingWithADashIsAcceptedAfterDoubleDash) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("--"), QStringLiteral("-light-")});
    EXPECT_EQ(onlyShoe(sandbox).value(QStringLiteral("name")).toString(),
              QStringLiteral("-light-"));
}

TEST(ShoeRetire, RetiredPairsAreListedOnlyWithAll) {
    CliSandbox sandbox;
    const qint64 id = addShoe(sandbox, {QStringLiteral("Old")});
    const Outcome retired =
        sandbox.json({QStringLiteral("shoe"), QStringLiteral("retire"), QString::number(id),
                      QStringLiteral("--on"), QStringLiteral("2026-11-01")});
    ASSERT_EQ(retired.exitCode, 0) << retired.errorText().toStdString();
    EXPECT_EQ(retired.object().value(QStringLiteral("id")).toInteger(), id);

    EXPECT_TRUE(sandbox.json({QStringLiteral("shoe"), QStringLiteral("list")}).array().isEmpty());
    const QJsonObject shoe = onlyShoe(sandbox, {QStringLiteral("--all")});
    EXPECT_EQ(shoe.value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
    EXPECT_EQ(shoe.value(QStringLiteral("retired_on")).toString(), QStringLiteral("2026-11-01"));
}

TEST(ShoeRetire, DefaultDateIsToday) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Old")});
    ASSERT_EQ(sandbox.json({QStringLiteral("shoe"), QStringLiteral("retire"), QStringLiteral("1")})
                  .exitCode,
              0);
    EXPECT_EQ(onlyShoe(sandbox, {QStringLiteral("--all")}).value(QStringLiteral("retired_on")),
              QJsonValue(QStringLiteral("2026-11-21")));
}

TEST(ShoeRetire, UnknownIdIsExitTwo) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Only")});
    expectRejected(sandbox, {QStringLiteral("shoe"), QStringLiteral("retire"), QStringLiteral("9")},
                   2, QStringLiteral("9"));
}

TEST(ShoeEdit, ChangesOnlyWhatIsGiven) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pegasus"), QStringLiteral("--limit-km"),
                      QStringLiteral("800"), QStringLiteral("--notes"), QStringLiteral("blue")});
    const Outcome edited =
        sandbox.json({QStringLiteral("shoe"), QStringLiteral("edit"), QStringLiteral("1"),
                      QStringLiteral("--name"), QStringLiteral("Pegasus 41"),
                      QStringLiteral("--start-km"), QStringLiteral("50")});
    ASSERT_EQ(edited.exitCode, 0) << edited.errorText().toStdString();
    EXPECT_EQ(edited.object().value(QStringLiteral("id")).toInteger(), 1);
    const QJsonObject shoe = onlyShoe(sandbox);
    EXPECT_EQ(shoe.value(QStringLiteral("name")).toString(), QStringLiteral("Pegasus 41"));
    EXPECT_DOUBLE_EQ(shoe.value(QStringLiteral("km")).toDouble(), 50);
    EXPECT_DOUBLE_EQ(shoe.value(QStringLiteral("limit_km")).toDouble(), 800);
    EXPECT_EQ(shoe.value(QStringLiteral("notes")).toString(), QStringLiteral("blue"));
}

TEST(ShoeList, KmAndStatusFollowRunsUpToAsOf) {
    CliSandbox sandbox;
    addShoe(sandbox,
            {QStringLiteral("Racer"), QStringLiteral("--limit-km"), QStringLiteral("100")});
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-11-10"), QStringLiteral("--distance"),
            QStringLiteral("50"), QStringLiteral("--duration"), QStringLiteral("4h"),
            QStringLiteral("--shoe"), QStringLiteral("1")});
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--distance"),
            QStringLiteral("35"), QStringLiteral("--duration"), QStringLiteral("3h"),
            QStringLiteral("--shoe"), QStringLiteral("1")});

    const QJsonObject now = onlyShoe(sandbox);
    EXPECT_DOUBLE_EQ(now.value(QStringLiteral("km")).toDouble(), 85);
    EXPECT_DOUBLE_EQ(now.value(QStringLiteral("percent")).toDouble(), 85);
    EXPECT_EQ(now.value(QStringLiteral("status")).toString(), QStringLiteral("soon"));
    EXPECT_EQ(now.value(QStringLiteral("runs")).toInt(), 2);

    const QJsonObject before =
        onlyShoe(sandbox, {QStringLiteral("--as-of"), QStringLiteral("2026-11-15")});
    EXPECT_DOUBLE_EQ(before.value(QStringLiteral("km")).toDouble(), 50);
    EXPECT_EQ(before.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(before.value(QStringLiteral("runs")).toInt(), 1);
}

TEST(ShoeList, TextShowsATable) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pegasus")});
    const Outcome outcome = sandbox.text({QStringLiteral("shoe"), QStringLiteral("list")});
    EXPECT_EQ(outcome.exitCode, 0);
    EXPECT_TRUE(outcome.out.contains("Pegasus"));
    EXPECT_TRUE(outcome.out.contains("1000.00 km"));
}

}  // namespace
}  // namespace stridelog::cli::test

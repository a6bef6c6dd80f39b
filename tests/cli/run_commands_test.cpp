// SPDX-License-Identifier: GPL-3.0-or-later
// `run add|list|edit|delete` (CLI.md), the run JSON object and the warnings a new run brings.

#include "cli_runner.h"

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

QStringList runOn(const QString& date, const QString& distance, const QString& duration) {
    return {QStringLiteral("--date"),     date,    QStringLiteral("--distance"), distance,
            QStringLiteral("--duration"), duration};
}

QJsonArray runList(const CliSandbox& sandbox, const QStringList& extra = {}) {
    const Outcome outcome =
        sandbox.json(QStringList{QStringLiteral("run"), QStringLiteral("list")} + extra);
    EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    return outcome.array();
}

bool hasWarning(const QJsonArray& warnings, const QString& code) {
    for (const QJsonValue& warning : warnings) {
        if (warning.toObject().value(QStringLiteral("code")).toString() == code) return true;
    }
    return false;
}

QJsonObject warningNamed(const QJsonArray& warnings, const QString& code) {
    for (const QJsonValue& warning : warnings) {
        if (warning.toObject().value(QStringLiteral("code")).toString() == code)
            return warning.toObject();
    }
    return {};
}

TEST(RunAdd, PrintsIdAndWarningsAndListHasEveryKeyOfCliMd) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pegasus")});
    const Outcome added = sandbox.json(
        QStringList{QStringLiteral("run"), QStringLiteral("add")} +
        runOn(QStringLiteral("2026-11-20"), QStringLiteral("10.2km"), QStringLiteral("55:10")) +
        QStringList{QStringLiteral("--time"), QStringLiteral("07:30"), QStringLiteral("--shoe"),
                    QStringLiteral("1"), QStringLiteral("--surface"), QStringLiteral("trail"),
                    QStringLiteral("--hilly"), QStringLiteral("--type"), QStringLiteral("long"),
                    QStringLiteral("--rpe"), QStringLiteral("6"), QStringLiteral("--cadence"),
                    QStringLiteral("172"), QStringLiteral("--hr"), QStringLiteral("148"),
                    QStringLiteral("--notes"), QStringLiteral("felt good")});
    ASSERT_EQ(added.exitCode, 0) << added.errorText().toStdString();
    EXPECT_EQ(keysOf(added.object()),
              sortedKeys({QStringLiteral("id"), QStringLiteral("warnings")}));
    EXPECT_TRUE(added.object().value(QStringLiteral("warnings")).isArray());

    const QJsonObject run = runList(sandbox).at(0).toObject();
    EXPECT_EQ(
        keysOf(run),
        sortedKeys({QStringLiteral("id"), QStringLiteral("start"), QStringLiteral("distance_km"),
                    QStringLiteral("duration_s"), QStringLiteral("pace_s_per_km"),
                    QStringLiteral("shoe_id"), QStringLiteral("surface"), QStringLiteral("hilly"),
                    QStringLiteral("type"), QStringLiteral("rpe"), QStringLiteral("cadence"),
                    QStringLiteral("hr"), QStringLiteral("notes"), QStringLiteral("source"),
                    QStringLiteral("spike_pct"), QStringLiteral("pain_during"),
                    QStringLiteral("pain_after")}));
    EXPECT_EQ(run.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-20T07:30:00"));
    EXPECT_DOUBLE_EQ(run.value(QStringLiteral("distance_km")).toDouble(), 10.2);
    EXPECT_EQ(run.value(QStringLiteral("duration_s")).toInt(), 3310);
    EXPECT_EQ(run.value(QStringLiteral("pace_s_per_km")).toInt(), 325);  // 3310 / 10.2, rounded
    EXPECT_EQ(run.value(QStringLiteral("shoe_id")).toInt(), 1);
    EXPECT_EQ(run.value(QStringLiteral("surface")).toString(), QStringLiteral("trail"));
    EXPECT_TRUE(run.value(QStringLiteral("hilly")).toBool());
    EXPECT_EQ(run.value(QStringLiteral("type")).toString(), QStringLiteral("long"));
    EXPECT_EQ(run.value(QStringLiteral("rpe")).toInt(), 6);
    EXPECT_EQ(run.value(QStringLiteral("cadence")).toInt(), 172);
    EXPECT_EQ(run.value(QStringLiteral("hr")).toInt(), 148);
    EXPECT_EQ(run.value(QStringLiteral("notes")).toString(), QStringLiteral("felt good"));
    EXPECT_EQ(run.value(QStringLiteral("source")).toString(), QStringLiteral("manual"));
    EXPECT_TRUE(run.value(QStringLiteral("spike_pct")).isNull());  // no run in the 30 days before
}

TEST(RunAdd, WithoutTimeTheRunStartsAtMidnightAndAbsentValuesAreNull) {
    CliSandbox sandbox;
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-20"), QStringLiteral("6.3mi"), QStringLiteral("1:02:03")));
    const QJsonObject run = runList(sandbox).at(0).toObject();
    EXPECT_EQ(run.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-20T00:00:00"));
    EXPECT_DOUBLE_EQ(run.value(QStringLiteral("distance_km")).toDouble(), 10.139);
    EXPECT_EQ(run.value(QStringLiteral("duration_s")).toInt(), 3723);
    for (const char* key : {"shoe_id", "surface", "type", "rpe", "cadence", "hr", "notes"})
        EXPECT_TRUE(run.value(QLatin1String(key)).isNull()) << key;
    EXPECT_FALSE(run.value(QStringLiteral("hilly")).toBool());
}

TEST(RunAdd, AcceptsEveryDistanceAndDurationFormOfCliMd) {
    CliSandbox sandbox;
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-01"), QStringLiteral("10.2"), QStringLiteral("45m")));
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-02"), QStringLiteral("800m"), QStringLiteral("3600s")));
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-03"), QStringLiteral("12km"), QStringLiteral("1h2m")));
    const QJsonArray runs = runList(sandbox);
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(runs.at(0).toObject().value(QStringLiteral("duration_s")).toInt(), 2700);
    EXPECT_DOUBLE_EQ(runs.at(1).toObject().value(QStringLiteral("distance_km")).toDouble(), 0.8);
    EXPECT_EQ(runs.at(2).toObject().value(QStringLiteral("duration_s")).toInt(), 3720);
}

TEST(RunAdd, TomorrowIsAcceptedAndExactlyFourHundredKmAtTwoMinutesPerKmToo) {
    CliSandbox sandbox;
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-22"), QStringLiteral("5"), QStringLiteral("30:00")));
    addRun(sandbox,
           runOn(QStringLiteral("2026-10-01"), QStringLiteral("400"), QStringLiteral("13:20:00")));
    addRun(sandbox,
           runOn(QStringLiteral("2026-09-01"), QStringLiteral("300"), QStringLiteral("72h")));
    EXPECT_EQ(runList(sandbox).size(), 3);
}

TEST(RunAdd, NotesWithQuotesSqlAndUnicodeSurvive) {
    CliSandbox sandbox;
    const QString notes = QStringLiteral("Ünïcødé 🏃 'x'; DROP TABLE run; --");
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-20"), QStringLiteral("5"), QStringLiteral("30:00")) +
               QStringList{QStringLiteral("--notes"), notes});
    EXPECT_EQ(runList(sandbox).at(0).toObject().value(QStringLiteral("notes")).toString(), notes);
}

TEST(RunAdd, UnknownShoeIsExitTwoAndNothingWritten) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pegasus")});
    expectRejected(
        sandbox,
        QStringList{QStringLiteral("run"), QStringLiteral("add"), QStringLiteral("--shoe"),
                    QStringLiteral("7")} +
            runOn(QStringLiteral("2026-11-20"), QStringLiteral("5"), QStringLiteral("30:00")),
        2, QStringLiteral("no shoe with id 7"));
}

TEST(RunAdd, PairAlreadyPastItsLimitGivesAShoeReplaceWarning) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Worn"), QStringLiteral("--limit-km"), QStringLiteral("500"),
                      QStringLiteral("--start-km"), QStringLiteral("510")});
    const Outcome added = sandbox.json(
        QStringList{QStringLiteral("run"), QStringLiteral("add"), QStringLiteral("--shoe"),
                    QStringLiteral("1")} +
        runOn(QStringLiteral("2026-11-20"), QStringLiteral("5"), QStringLiteral("30:00")));
    ASSERT_EQ(added.exitCode, 0) << added.errorText().toStdString();
    const QJsonArray warnings = added.object().value(QStringLiteral("warnings")).toArray();
    const QJsonObject replace = warningNamed(warnings, QStringLiteral("shoe-replace"));
    ASSERT_FALSE(replace.isEmpty()) << added.out.toStdString();
    EXPECT_EQ(replace.value(QStringLiteral("severity")).toString(), QStringLiteral("caution"));
    EXPECT_EQ(replace.value(QStringLiteral("subject")).toObject(),
              (QJsonObject{{QStringLiteral("shoe"), 1}}));

    const Outcome text = sandbox.text(
        QStringList{QStringLiteral("run"), QStringLiteral("add"), QStringLiteral("--shoe"),
                    QStringLiteral("1")} +
        runOn(QStringLiteral("2026-11-21"), QStringLiteral("5"), QStringLiteral("30:00")));
    EXPECT_TRUE(text.out.startsWith("Logged run 2.\n"));
    EXPECT_TRUE(text.out.contains("shoe-replace"));
}

TEST(RunAdd, ARunMoreThanDoubleTheLongestOfTheLast30DaysGivesALargeRunSpike) {
    CliSandbox sandbox;
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-05"), QStringLiteral("10"), QStringLiteral("1h")));
    const Outcome added = sandbox.json(
        QStringList{QStringLiteral("run"), QStringLiteral("add")} +
        runOn(QStringLiteral("2026-11-20"), QStringLiteral("25"), QStringLiteral("2:30:00")));
    ASSERT_EQ(added.exitCode, 0) << added.errorText().toStdString();
    const QJsonArray warnings = added.object().value(QStringLiteral("warnings")).toArray();
    const QJsonObject spike = warningNamed(warnings, QStringLiteral("run-spike"));
    ASSERT_FALSE(spike.isEmpty()) << added.out.toStdString();
    EXPECT_EQ(spike.value(QStringLiteral("band")).toString(), QStringLiteral("large"));
    EXPECT_EQ(spike.value(QStringLiteral("subject")).toObject(),
              (QJsonObject{{QStringLiteral("run"), 2}}));
    EXPECT_FALSE(hasWarning(warnings, QStringLiteral("shoe-replace")));

    EXPECT_DOUBLE_EQ(
        runList(sandbox).at(1).toObject().value(QStringLiteral("spike_pct")).toDouble(), 150);
}

TEST(RunList, IsOldestFirstAndFiltersByDate) {
    CliSandbox sandbox;
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-15"), QStringLiteral("8"), QStringLiteral("48:00")));
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-01"), QStringLiteral("5"), QStringLiteral("30:00")));
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-20"), QStringLiteral("6"), QStringLiteral("36:00")));
    const QJsonArray all = runList(sandbox);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("id")).toInt(), 2);
    EXPECT_EQ(all.at(2).toObject().value(QStringLiteral("id")).toInt(), 3);

    const QJsonArray middle =
        runList(sandbox, {QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                          QStringLiteral("--to"), QStringLiteral("2026-11-15")});
    ASSERT_EQ(middle.size(), 1);
    EXPECT_EQ(middle.at(0).toObject().value(QStringLiteral("id")).toInt(), 1);
}

TEST(RunEdit, ChangesOnlyWhatIsGivenAndNoneClearsTheShoe) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pegasus")});
    addRun(
        sandbox,
        runOn(QStringLiteral("2026-11-20"), QStringLiteral("10"), QStringLiteral("1h")) +
            QStringList{QStringLiteral("--time"), QStringLiteral("07:30"), QStringLiteral("--shoe"),
                        QStringLiteral("1"), QStringLiteral("--rpe"), QStringLiteral("5")});
    const Outcome edited = sandbox.json(
        {QStringLiteral("run"), QStringLiteral("edit"), QStringLiteral("1"),
         QStringLiteral("--date"), QStringLiteral("2026-11-19"), QStringLiteral("--distance"),
         QStringLiteral("12"), QStringLiteral("--shoe"), QStringLiteral("none")});
    ASSERT_EQ(edited.exitCode, 0) << edited.errorText().toStdString();
    EXPECT_EQ(edited.object(), (QJsonObject{{QStringLiteral("id"), 1}}));
    const QJsonObject run = runList(sandbox).at(0).toObject();
    EXPECT_EQ(run.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-19T07:30:00"));
    EXPECT_DOUBLE_EQ(run.value(QStringLiteral("distance_km")).toDouble(), 12);
    EXPECT_EQ(run.value(QStringLiteral("duration_s")).toInt(), 3600);
    EXPECT_TRUE(run.value(QStringLiteral("shoe_id")).isNull());
    EXPECT_EQ(run.value(QStringLiteral("rpe")).toInt(), 5);
}

TEST(RunEdit, ALimitBrokenByTheEditIsExitTwoAndNothingWritten) {
    CliSandbox sandbox;
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-20"), QStringLiteral("10"), QStringLiteral("1h")));
    expectRejected(sandbox,
                   {QStringLiteral("run"), QStringLiteral("edit"), QStringLiteral("1"),
                    QStringLiteral("--duration"), QStringLiteral("15:00")},
                   2, QStringLiteral("2:00 min/km"));
}

TEST(RunDelete, RemovesTheRunAndAnUnknownIdIsExitTwo) {
    CliSandbox sandbox;
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-20"), QStringLiteral("10"), QStringLiteral("1h")));
    const Outcome deleted =
        sandbox.json({QStringLiteral("run"), QStringLiteral("delete"), QStringLiteral("1")});
    ASSERT_EQ(deleted.exitCode, 0) << deleted.errorText().toStdString();
    EXPECT_EQ(deleted.object(), (QJsonObject{{QStringLiteral("id"), 1}}));
    EXPECT_TRUE(runList(sandbox).isEmpty());
    expectRejected(sandbox, {QStringLiteral("run"), QStringLiteral("delete"), QStringLiteral("1")},
                   2, QStringLiteral("1"));
    expectRejected(sandbox,
                   {QStringLiteral("run"), QStringLiteral("delete"), QStringLiteral("one")}, 2,
                   QStringLiteral("'one'"));
}

TEST(RunList, TextFollowsTheUnitsSetting) {
    CliSandbox sandbox;
    addRun(sandbox,
           runOn(QStringLiteral("2026-11-20"), QStringLiteral("10mi"), QStringLiteral("1:20:00")));
    ASSERT_EQ(
        sandbox.json({QStringLiteral("settings"), QStringLiteral("units"), QStringLiteral("mi")})
            .exitCode,
        0);
    const Outcome outcome = sandbox.text({QStringLiteral("run"), QStringLiteral("list")});
    EXPECT_TRUE(outcome.out.contains("10.00 mi")) << outcome.out.toStdString();
    EXPECT_TRUE(outcome.out.contains("8:00/mi")) << outcome.out.toStdString();
    // JSON stays in km whatever the display setting.
    EXPECT_DOUBLE_EQ(
        runList(sandbox).at(0).toObject().value(QStringLiteral("distance_km")).toDouble(), 16.093);
}

}  // namespace
}  // namespace stridelog::cli::test

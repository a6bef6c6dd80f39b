// SPDX-License-Identifier: GPL-3.0-or-later
// `pain add|resolve|list` (CLI.md), the pain JSON object, --lasted and --at.

#include "cli_runner.h"

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

QStringList painOn(const QString& date, const QString& intensity = QStringLiteral("3")) {
    return {QStringLiteral("--date"),      date,
            QStringLiteral("--knee"),      QStringLiteral("left"),
            QStringLiteral("--site"),      QStringLiteral("front"),
            QStringLiteral("--intensity"), intensity,
            QStringLiteral("--onset"),     QStringLiteral("during")};
}

QJsonArray painList(const CliSandbox& sandbox, const QStringList& extra = {}) {
    const Outcome outcome =
        sandbox.json(QStringList{QStringLiteral("pain"), QStringLiteral("list")} + extra);
    EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    return outcome.array();
}

TEST(PainAdd, PrintsIdAndWarningsAndListHasEveryKeyOfCliMd) {
    CliSandbox sandbox;
    const qint64 run = addRun(sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                        QStringLiteral("--distance"), QStringLiteral("10"),
                                        QStringLiteral("--duration"), QStringLiteral("1h")});
    const Outcome added = sandbox.json(
        QStringList{QStringLiteral("pain"), QStringLiteral("add"), QStringLiteral("--run"),
                    QString::number(run), QStringLiteral("--time"), QStringLiteral("08:00"),
                    QStringLiteral("--swelling"), QStringLiteral("--sharp"),
                    QStringLiteral("--notes"), QStringLiteral("stairs hurt")} +
        painOn(QStringLiteral("2026-11-20"), QStringLiteral("6")));
    ASSERT_EQ(added.exitCode, 0) << added.errorText().toStdString();
    EXPECT_EQ(keysOf(added.object()),
              sortedKeys({QStringLiteral("id"), QStringLiteral("warnings")}));
    const QJsonArray warnings = added.object().value(QStringLiteral("warnings")).toArray();
    EXPECT_FALSE(warnings.isEmpty());  // intensity 6 > 5 at least (R9)
    for (const QJsonValue& warning : warnings) {
        EXPECT_EQ(warning.toObject().value(QStringLiteral("subject")).toObject(),
                  (QJsonObject{{QStringLiteral("pain"), 1}}));
    }

    const QJsonObject pain = painList(sandbox).at(0).toObject();
    EXPECT_EQ(
        keysOf(pain),
        sortedKeys({QStringLiteral("id"), QStringLiteral("start"), QStringLiteral("end"),
                    QStringLiteral("run_id"), QStringLiteral("knee"), QStringLiteral("site"),
                    QStringLiteral("intensity"), QStringLiteral("onset"),
                    QStringLiteral("swelling"), QStringLiteral("locking"), QStringLiteral("sharp"),
                    QStringLiteral("notes"), QStringLiteral("duration_h"), QStringLiteral("stage"),
                    QStringLiteral("adaptation"), QStringLiteral("hint")}));
    EXPECT_EQ(pain.value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-11-20T08:00:00"));
    EXPECT_TRUE(pain.value(QStringLiteral("end")).isNull());  // no --lasted: ongoing
    EXPECT_EQ(pain.value(QStringLiteral("run_id")).toInteger(), run);
    EXPECT_EQ(pain.value(QStringLiteral("knee")).toString(), QStringLiteral("left"));
    EXPECT_EQ(pain.value(QStringLiteral("site")).toString(), QStringLiteral("front"));
    EXPECT_EQ(pain.value(QStringLiteral("intensity")).toInt(), 6);
    EXPECT_EQ(pain.value(QStringLiteral("onset")).toString(), QStringLiteral("during"));
    EXPECT_TRUE(pain.value(QStringLiteral("swelling")).toBool());
    EXPECT_FALSE(pain.value(QStringLiteral("locking")).toBool());
    EXPECT_TRUE(pain.value(QStringLiteral("sharp")).toBool());
    EXPECT_EQ(pain.value(QStringLiteral("notes")).toString(), QStringLiteral("stairs hurt"));
    EXPECT_DOUBLE_EQ(pain.value(QStringLiteral("duration_h")).toDouble(),
                     28);                                       // to now, 12:00 next day
    EXPECT_EQ(pain.value(QStringLiteral("stage")).toInt(), 2);  // onset during; 24 h <= d < 72 h
    EXPECT_FALSE(pain.value(QStringLiteral("adaptation")).toBool());
    EXPECT_EQ(keysOf(pain.value(QStringLiteral("hint")).toObject()),
              sortedKeys({QStringLiteral("condition"), QStringLiteral("pattern")}));
}

TEST(PainAdd, LastedTwentyThreeHoursEndsItTwentyThreeHoursAfterItsStart) {
    CliSandbox sandbox;
    addPain(sandbox, painOn(QStringLiteral("2026-11-19")) +
                         QStringList{QStringLiteral("--time"), QStringLiteral("08:00"),
                                     QStringLiteral("--lasted"), QStringLiteral("23h")});
    const QJsonObject pain = painList(sandbox).at(0).toObject();
    EXPECT_EQ(pain.value(QStringLiteral("end")).toString(), QStringLiteral("2026-11-20T07:00:00"));
    EXPECT_DOUBLE_EQ(pain.value(QStringLiteral("duration_h")).toDouble(), 23);
    EXPECT_EQ(pain.value(QStringLiteral("stage")).toInt(), 2);  // onset during
}

TEST(PainAdd, LastedOngoingAndTwoDaysAreAccepted) {
    CliSandbox sandbox;
    addPain(sandbox, painOn(QStringLiteral("2026-11-10")) +
                         QStringList{QStringLiteral("--lasted"), QStringLiteral("2d")});
    addPain(sandbox, painOn(QStringLiteral("2026-11-11")) +
                         QStringList{QStringLiteral("--lasted"), QStringLiteral("ongoing")});
    const QJsonArray pains = painList(sandbox);
    EXPECT_EQ(pains.at(0).toObject().value(QStringLiteral("end")).toString(),
              QStringLiteral("2026-11-12T00:00:00"));
    EXPECT_TRUE(pains.at(1).toObject().value(QStringLiteral("end")).isNull());
}

TEST(PainAdd, UnknownRunIsExitTwoAndNothingWritten) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pegasus")});
    expectRejected(sandbox,
                   QStringList{QStringLiteral("pain"), QStringLiteral("add"),
                               QStringLiteral("--run"), QStringLiteral("4")} +
                       painOn(QStringLiteral("2026-11-20")),
                   2, QStringLiteral("no run with id 4"));
}

TEST(PainAdd, NotesWithQuotesSqlAndUnicodeSurvive) {
    CliSandbox sandbox;
    const QString notes = QStringLiteral("Ünïcødé 🏃 'x'; DROP TABLE run; --");
    addPain(sandbox,
            painOn(QStringLiteral("2026-11-20")) + QStringList{QStringLiteral("--notes"), notes});
    EXPECT_EQ(painList(sandbox).at(0).toObject().value(QStringLiteral("notes")).toString(), notes);
}

TEST(PainResolve, AtSetsTheEnd) {
    CliSandbox sandbox;
    addPain(sandbox, painOn(QStringLiteral("2026-11-20")));
    const Outcome resolved =
        sandbox.json({QStringLiteral("pain"), QStringLiteral("resolve"), QStringLiteral("1"),
                      QStringLiteral("--at"), QStringLiteral("2026-11-21 10:15")});
    ASSERT_EQ(resolved.exitCode, 0) << resolved.errorText().toStdString();
    EXPECT_EQ(resolved.object(), (QJsonObject{{QStringLiteral("id"), 1}}));
    const QJsonObject pain = painList(sandbox).at(0).toObject();
    EXPECT_EQ(pain.value(QStringLiteral("end")).toString(), QStringLiteral("2026-11-21T10:15:00"));
    EXPECT_DOUBLE_EQ(pain.value(QStringLiteral("duration_h")).toDouble(), 34.25);
}

TEST(PainResolve, DefaultIsNow) {
    CliSandbox sandbox;
    addPain(sandbox, painOn(QStringLiteral("2026-11-20")));
    ASSERT_EQ(sandbox.json({QStringLiteral("pain"), QStringLiteral("resolve"), QStringLiteral("1")})
                  .exitCode,
              0);
    EXPECT_EQ(painList(sandbox).at(0).toObject().value(QStringLiteral("end")).toString(),
              QStringLiteral("2026-11-21T12:00:00"));
}

TEST(PainResolve, BeforeItsStartIsExitTwo) {
    CliSandbox sandbox;
    addPain(sandbox, painOn(QStringLiteral("2026-11-20")));
    expectRejected(sandbox,
                   {QStringLiteral("pain"), QStringLiteral("resolve"), QStringLiteral("1"),
                    QStringLiteral("--at"), QStringLiteral("2026-11-19T10:00")},
                   2, QStringLiteral("end"));
}

TEST(PainList, AsOfABareDateMeasuresOngoingPainToTheEndOfThatDay) {
    CliSandbox sandbox;
    addPain(sandbox, painOn(QStringLiteral("2026-11-10")));
    addPain(sandbox, painOn(QStringLiteral("2026-11-18")));
    const QJsonArray pains =
        painList(sandbox, {QStringLiteral("--as-of"), QStringLiteral("2026-11-12")});
    ASSERT_EQ(pains.size(), 1);  // the later entry had not started yet
    EXPECT_DOUBLE_EQ(pains.at(0).toObject().value(QStringLiteral("duration_h")).toDouble(), 72);
    EXPECT_EQ(pains.at(0).toObject().value(QStringLiteral("stage")).toInt(), 3);  // 72 h <= d
}

TEST(PainList, FiltersByDate) {
    CliSandbox sandbox;
    addPain(sandbox, painOn(QStringLiteral("2026-11-10")));
    addPain(sandbox, painOn(QStringLiteral("2026-11-18")));
    const QJsonArray pains =
        painList(sandbox, {QStringLiteral("--from"), QStringLiteral("2026-11-11")});
    ASSERT_EQ(pains.size(), 1);
    EXPECT_EQ(pains.at(0).toObject().value(QStringLiteral("id")).toInt(), 2);
}

}  // namespace
}  // namespace stridelog::cli::test

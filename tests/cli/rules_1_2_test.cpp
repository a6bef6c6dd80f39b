// SPDX-License-Identifier: GPL-3.0-or-later
// CLI.md 1.2 end to end through the binary: run ratings, `morning`, `comeback`, and what
// `allowance`, `warnings` and `report` gain. "Now" is Saturday 2026-11-21 12:00 (cli_runner.h).

#include "cli_runner.h"

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

const QString kJson = QStringLiteral("--json");

// A pain of stage 3 (from the very start of the run) below the kneecap, gone on 17 November.
void addStageThreePain(const CliSandbox& sandbox) {
    addPain(sandbox,
            {QStringLiteral("--date"), QStringLiteral("2026-11-14"), QStringLiteral("--knee"),
             QStringLiteral("left"), QStringLiteral("--site"), QStringLiteral("below"),
             QStringLiteral("--intensity"), QStringLiteral("6"), QStringLiteral("--onset"),
             QStringLiteral("start"), QStringLiteral("--lasted"), QStringLiteral("3d")});
}

QJsonObject status(const CliSandbox& sandbox, const QStringList& extra = {}) {
    const Outcome outcome =
        sandbox.json(QStringList{QStringLiteral("comeback"), QStringLiteral("status")} + extra);
    EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    return outcome.object();
}

TEST(Rules12, RunRatingsAreStoredAndPrintedAndOutOfRangeIsRefused) {
    CliSandbox sandbox;
    const qint64 id = addRun(
        sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                  QStringLiteral("--distance"), QStringLiteral("5"), QStringLiteral("--duration"),
                  QStringLiteral("30m"), QStringLiteral("--pain-during"), QStringLiteral("2"),
                  QStringLiteral("--pain-after"), QStringLiteral("0")});
    QJsonObject run =
        sandbox.json({QStringLiteral("run"), QStringLiteral("list")}).array().at(0).toObject();
    EXPECT_EQ(run.value(QStringLiteral("pain_during")).toInt(), 2);
    EXPECT_EQ(run.value(QStringLiteral("pain_after")).toInt(), 0);
    ASSERT_EQ(sandbox
                  .json({QStringLiteral("run"), QStringLiteral("edit"), QString::number(id),
                         QStringLiteral("--pain-after"), QStringLiteral("none")})
                  .exitCode,
              0);
    run = sandbox.json({QStringLiteral("run"), QStringLiteral("list")}).array().at(0).toObject();
    EXPECT_TRUE(run.value(QStringLiteral("pain_after")).isNull());
    expectRejected(sandbox,
                   {QStringLiteral("run"), QStringLiteral("edit"), QString::number(id),
                    QStringLiteral("--pain-during"), QStringLiteral("11")},
                   2, QStringLiteral("--pain-during"));
}

TEST(Rules12, MorningChecksAddReplaceListAndDelete) {
    CliSandbox sandbox;
    Outcome added =
        sandbox.json({QStringLiteral("morning"), QStringLiteral("add"), QStringLiteral("--date"),
                      QStringLiteral("2026-11-20"), QStringLiteral("--pain"), QStringLiteral("3"),
                      QStringLiteral("--swelling")});
    ASSERT_EQ(added.exitCode, 0) << added.errorText().toStdString();
    EXPECT_EQ(added.object(),
              (QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-11-20")}}));
    ASSERT_EQ(sandbox
                  .json({QStringLiteral("morning"), QStringLiteral("add"), QStringLiteral("--date"),
                         QStringLiteral("2026-11-20"), QStringLiteral("--pain"),
                         QStringLiteral("1"), QStringLiteral("--limp")})
                  .exitCode,
              0);
    const QJsonArray list =
        sandbox.json({QStringLiteral("morning"), QStringLiteral("list")}).array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject(),
              (QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-11-20")},
                           {QStringLiteral("pain"), 1},
                           {QStringLiteral("swelling"), false},
                           {QStringLiteral("limp"), true}}));
    expectRejected(sandbox,
                   {QStringLiteral("morning"), QStringLiteral("add"), QStringLiteral("--date"),
                    QStringLiteral("2026-11-21"), QStringLiteral("--pain"), QStringLiteral("11")},
                   2, QStringLiteral("--pain"));
    ASSERT_EQ(sandbox
                  .json({QStringLiteral("morning"), QStringLiteral("delete"),
                         QStringLiteral("2026-11-20")})
                  .exitCode,
              0);
    EXPECT_TRUE(
        sandbox.json({QStringLiteral("morning"), QStringLiteral("list")}).array().isEmpty());
    const Outcome text = sandbox.text({QStringLiteral("morning"), QStringLiteral("list")});
    EXPECT_TRUE(QString::fromUtf8(text.out).contains(QStringLiteral("No morning checks")));
}

TEST(Rules12, WithoutAProgrammeStatusSaysWhetherItCanStart) {
    CliSandbox sandbox;
    addPain(sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                      QStringLiteral("--knee"), QStringLiteral("left"), QStringLiteral("--site"),
                      QStringLiteral("front"), QStringLiteral("--intensity"), QStringLiteral("4"),
                      QStringLiteral("--onset"), QStringLiteral("start")});
    const QJsonObject none = status(sandbox);
    EXPECT_EQ(keysOf(none), sortedKeys({QStringLiteral("state"), QStringLiteral("ready"),
                                        QStringLiteral("why")}));
    EXPECT_TRUE(none.value(QStringLiteral("state")).isNull());
    EXPECT_FALSE(none.value(QStringLiteral("ready")).toBool());
    EXPECT_TRUE(none.value(QStringLiteral("why")).toString().contains(QStringLiteral("48 h")));
}

TEST(Rules12, StartIsRefusedWithTheReasonThenStartsStatusAndStop) {
    CliSandbox sandbox;
    addStageThreePain(sandbox);
    EXPECT_TRUE(sandbox.text({QStringLiteral("warnings")}).out.contains("comeback-ready"));
    expectRejected(sandbox, {QStringLiteral("comeback"), QStringLiteral("start")}, 2,
                   QStringLiteral("--walk-ok"));
    const Outcome started =
        sandbox.json({QStringLiteral("comeback"), QStringLiteral("start"), QStringLiteral("--on"),
                      QStringLiteral("2026-11-19"), QStringLiteral("--walk-ok")});
    ASSERT_EQ(started.exitCode, 0) << started.errorText().toStdString();
    EXPECT_EQ(started.object(), (QJsonObject{{QStringLiteral("id"), 1},
                                             {QStringLiteral("profile"), QStringLiteral("tendon")},
                                             {QStringLiteral("level"), 1}}));
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-11-19"), QStringLiteral("--distance"),
            QStringLiteral("1609m"), QStringLiteral("--duration"), QStringLiteral("15m"),
            QStringLiteral("--pain-during"), QStringLiteral("6"), QStringLiteral("--pain-after"),
            QStringLiteral("3")});
    const QJsonObject active = status(sandbox);
    EXPECT_EQ(keysOf(active),
              sortedKeys({QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("started"),
                          QStringLiteral("profile"), QStringLiteral("ceiling_during"),
                          QStringLiteral("level"), QStringLiteral("levels"),
                          QStringLiteral("session"), QStringLiteral("today"),
                          QStringLiteral("next_on"), QStringLiteral("sessions")}));
    EXPECT_EQ(active.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    EXPECT_EQ(active.value(QStringLiteral("started")).toString(),
              QStringLiteral("2026-11-19T00:00:00"));
    EXPECT_EQ(active.value(QStringLiteral("ceiling_during")).toInt(), 5);
    EXPECT_EQ(active.value(QStringLiteral("levels")).toInt(), 6);
    EXPECT_EQ(active.value(QStringLiteral("next_on")).toString(), QStringLiteral("2026-11-22"));
    EXPECT_EQ(active.value(QStringLiteral("today")).toString(), QStringLiteral("rest"));
    const QJsonObject session = active.value(QStringLiteral("sessions")).toArray().at(0).toObject();
    EXPECT_EQ(session.value(QStringLiteral("outcome")).toString(), QStringLiteral("broke"));
    EXPECT_EQ(session.value(QStringLiteral("reasons")).toArray(),
              (QJsonArray{QStringLiteral("during-over")}));
    EXPECT_EQ(session.value(QStringLiteral("run_ids")).toArray(), (QJsonArray{1}));
    const QJsonObject next = active.value(QStringLiteral("session")).toObject();
    EXPECT_EQ(next.value(QStringLiteral("distance_m")).toInt(), 1609);
    EXPECT_EQ(next.value(QStringLiteral("walk_min")).toInt(), 2);

    const QJsonObject allowance = sandbox.json({QStringLiteral("allowance")}).object();
    EXPECT_FALSE(allowance.value(QStringLiteral("run_today")).toBool());
    EXPECT_TRUE(allowance.value(QStringLiteral("week_left_km")).isNull());
    EXPECT_DOUBLE_EQ(allowance.value(QStringLiteral("run_max_km")).toDouble(), 1.609);
    EXPECT_EQ(allowance.value(QStringLiteral("comeback")).toObject().value(QStringLiteral("id")),
              QJsonValue(1));

    const QJsonArray warnings = sandbox.json({QStringLiteral("warnings")}).array();
    QStringList codes;
    for (const QJsonValue& warning : warnings)
        codes << warning.toObject().value(QStringLiteral("code")).toString();
    EXPECT_TRUE(codes.contains(QStringLiteral("comeback-step-back")))
        << codes.join(u' ').toStdString();
    EXPECT_TRUE(codes.contains(QStringLiteral("pain-high")));

    const QJsonObject report =
        sandbox
            .json({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-11-21")})
            .object();
    EXPECT_EQ(report.value(QStringLiteral("comeback")).toArray().size(), 1);
    EXPECT_TRUE(report.value(QStringLiteral("mornings")).toArray().isEmpty());

    const Outcome stopped = sandbox.json({QStringLiteral("comeback"), QStringLiteral("stop")});
    ASSERT_EQ(stopped.exitCode, 0) << stopped.errorText().toStdString();
    EXPECT_EQ(stopped.object(), (QJsonObject{{QStringLiteral("id"), 1}}));
    EXPECT_EQ(status(sandbox).value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    expectRejected(sandbox, {QStringLiteral("comeback"), QStringLiteral("stop")}, 2,
                   QStringLiteral("no way back"));
}

TEST(Rules12, ARatingAboveFiveRaisesPainHigh) {
    CliSandbox sandbox;
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--distance"),
            QStringLiteral("5"), QStringLiteral("--duration"), QStringLiteral("30m"),
            QStringLiteral("--pain-after"), QStringLiteral("6")});
    const QJsonObject warning = sandbox.json({QStringLiteral("warnings")}).array().at(0).toObject();
    EXPECT_EQ(warning.value(QStringLiteral("code")).toString(), QStringLiteral("pain-high"));
    EXPECT_EQ(warning.value(QStringLiteral("subject")).toObject(),
              (QJsonObject{{QStringLiteral("run"), 1}}));
}

TEST(Rules12, TheWayBackSpeaksGerman) {
    CliSandbox sandbox;
    addStageThreePain(sandbox);
    const QList<std::pair<QString, QString>> german{
        {QStringLiteral("LANGUAGE"), QStringLiteral("de")}};
    const QStringList db{QStringLiteral("--db"), sandbox.journalPath()};
    const Outcome refused =
        sandbox.raw(db + QStringList{QStringLiteral("comeback"), QStringLiteral("start")}, german);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("Noch nicht")))
        << refused.errorText().toStdString();
    const Outcome mornings =
        sandbox.raw(db + QStringList{QStringLiteral("morning"), QStringLiteral("list")}, german);
    EXPECT_TRUE(QString::fromUtf8(mornings.out).contains(QStringLiteral("Keine Morgenwerte")));
    const Outcome warnings = sandbox.raw(db + QStringList{QStringLiteral("warnings")}, german);
    EXPECT_TRUE(
        QString::fromUtf8(warnings.out).contains(QStringLiteral("der Weg zurück kann beginnen")))
        << warnings.out.toStdString();
}

TEST(Rules12, HelpListsTheNewCommands) {
    CliSandbox sandbox;
    const QString help = QString::fromUtf8(sandbox.text({QStringLiteral("--help")}).out);
    for (const char* command : {"--pain-during N", "morning add", "morning list", "morning delete",
                                "comeback start", "comeback status", "comeback stop"}) {
        EXPECT_TRUE(help.contains(QLatin1String(command))) << command;
    }
}

}  // namespace
}  // namespace stridelog::cli::test

// SPDX-License-Identifier: GPL-3.0-or-later
// `report --from D --to D [--out FILE]` (CLI.md 1.1): the clinician report's content, as core
// decides it, printed or written to a file; a PDF drawn by the desktop app.
//
//   week of   km      note
//    2 Nov    10
//    9 Nov    11      exactly +10%: allowed
//   16 Nov    12.2    over the 12.1 km limit; knee pain 4/10 on 17 Nov, 30 h (stage 2)

#include "cli_runner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

QStringList period(const char* from, const char* to) {
    return {QStringLiteral("report"), QStringLiteral("--from"), QString::fromLatin1(from),
            QStringLiteral("--to"), QString::fromLatin1(to)};
}

class ReportCommand : public ::testing::Test {
protected:
    void SetUp() override {
        addShoe(sandbox, {QStringLiteral("Pegasus 40")});
        run("2026-11-03", "10");
        run("2026-11-10", "11");
        run("2026-11-17", "12.2");
        addPain(sandbox,
                {QStringLiteral("--date"), QStringLiteral("2026-11-17"), QStringLiteral("--time"),
                 QStringLiteral("18:00"), QStringLiteral("--knee"), QStringLiteral("right"),
                 QStringLiteral("--site"), QStringLiteral("outside"), QStringLiteral("--intensity"),
                 QStringLiteral("4"), QStringLiteral("--onset"), QStringLiteral("late"),
                 QStringLiteral("--lasted"), QStringLiteral("30h")});
    }

    void run(const char* date, const char* km) const {
        addRun(sandbox,
               {QStringLiteral("--date"), QString::fromLatin1(date), QStringLiteral("--distance"),
                QString::fromLatin1(km), QStringLiteral("--duration"), QStringLiteral("1:00:00"),
                QStringLiteral("--shoe"), QStringLiteral("1")});
    }

    CliSandbox sandbox;
};

TEST_F(ReportCommand, PrintsThePeriodsContentAsOneObject) {
    const Outcome outcome = sandbox.json(period("2026-11-09", "2026-11-20"));
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QJsonObject report = outcome.object();
    EXPECT_EQ(keysOf(report), sortedKeys({QStringLiteral("period"), QStringLiteral("summary"),
                                          QStringLiteral("weeks"), QStringLiteral("pain"),
                                          QStringLiteral("warnings"), QStringLiteral("shoes"),
                                          QStringLiteral("comeback"), QStringLiteral("mornings")}));
    EXPECT_EQ(report[QStringLiteral("period")][QStringLiteral("from")].toString(),
              QStringLiteral("2026-11-09"));
    const QJsonObject summary = report[QStringLiteral("summary")].toObject();
    EXPECT_EQ(summary[QStringLiteral("runs")].toInt(), 2);  // not the run of 3 November
    EXPECT_DOUBLE_EQ(summary[QStringLiteral("km")].toDouble(), 23.2);
    EXPECT_EQ(summary[QStringLiteral("weeks_over_limit")].toInt(), 1);

    const QJsonArray weeks = report[QStringLiteral("weeks")].toArray();
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weeks[0][QStringLiteral("week_start")].toString(), QStringLiteral("2026-11-09"));
    EXPECT_FALSE(weeks[0][QStringLiteral("over_limit")].toBool());
    EXPECT_TRUE(weeks[1][QStringLiteral("over_limit")].toBool());

    const QJsonArray pain = report[QStringLiteral("pain")].toArray();
    ASSERT_EQ(pain.size(), 1);
    EXPECT_EQ(pain[0][QStringLiteral("stage")].toInt(), 2);
    EXPECT_FALSE(pain[0][QStringLiteral("ongoing")].toBool());

    bool weeklyIncrease = false;
    for (const QJsonValue& warning : report[QStringLiteral("warnings")].toArray())
        weeklyIncrease |= warning[QStringLiteral("code")] == QStringLiteral("weekly-increase");
    EXPECT_TRUE(weeklyIncrease);

    const QJsonArray shoes = report[QStringLiteral("shoes")].toArray();
    ASSERT_EQ(shoes.size(), 1);
    EXPECT_EQ(shoes[0][QStringLiteral("period_runs")].toInt(), 2);
    EXPECT_DOUBLE_EQ(shoes[0][QStringLiteral("km")].toDouble(), 33.2);
}

TEST_F(ReportCommand, ThePeriodsEdgesAreItsFirstAndLastDay) {
    const Outcome oneWeek = sandbox.json(period("2026-11-10", "2026-11-10"));
    ASSERT_EQ(oneWeek.exitCode, 0) << oneWeek.err.toStdString();
    EXPECT_EQ(oneWeek.object()[QStringLiteral("summary")][QStringLiteral("runs")].toInt(), 1);
    const Outcome dayAfter = sandbox.json(period("2026-11-11", "2026-11-16"));
    ASSERT_EQ(dayAfter.exitCode, 0);
    EXPECT_EQ(dayAfter.object()[QStringLiteral("summary")][QStringLiteral("runs")].toInt(), 0);
}

TEST_F(ReportCommand, TheTextIsReadable) {
    const Outcome outcome = sandbox.text(period("2026-11-09", "2026-11-20"));
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QString text = QString::fromUtf8(outcome.out);
    for (const char* part :
         {"Report for 2026-11-09 to 2026-11-20\n", "Runs", "23.20 km", "\nWeeks\n", "\nKnee pain\n",
          "\nWarnings\n", "\nShoes\n", "Pegasus 40", "weekly-increase"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(part))) << part << "\n" << text.toStdString();
    }
}

TEST_F(ReportCommand, TheTextSpeaksTheSystemsLanguageAndTheJsonDoesNot) {
    const QStringList arguments = QStringList{QStringLiteral("--db"), sandbox.journalPath()} +
                                  period("2026-11-09", "2026-11-20");
    const Outcome german =
        sandbox.raw(arguments, {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
    ASSERT_EQ(german.exitCode, 0) << german.err.toStdString();
    const QString text = QString::fromUtf8(german.out);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Bericht vom 2026-11-09 bis 2026-11-20\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\nKnieschmerz\n"))) << text.toStdString();
    const Outcome json = sandbox.raw(QStringList{QStringLiteral("--json")} + arguments,
                                     {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
    ASSERT_EQ(json.exitCode, 0);
    EXPECT_TRUE(json.object().contains(QStringLiteral("summary")));
}

TEST_F(ReportCommand, OutWritesTheContentToAPrivateFile) {
    const QString file = sandbox.path(QStringLiteral("report.json"));
    const Outcome outcome =
        sandbox.json(period("2026-11-09", "2026-11-20") << QStringLiteral("--out") << file);
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_EQ(outcome.object()[QStringLiteral("file")].toString(), file);
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(written.readAll()).object();
    EXPECT_EQ(report[QStringLiteral("summary")][QStringLiteral("runs")].toInt(), 2);
    EXPECT_EQ(fileMode(file), 0600);

    const QString textFile = sandbox.path(QStringLiteral("report.txt"));
    ASSERT_EQ(
        sandbox.text(period("2026-11-09", "2026-11-20") << QStringLiteral("--out") << textFile)
            .exitCode,
        0);
    QFile text(textFile);
    ASSERT_TRUE(text.open(QIODevice::ReadOnly));
    EXPECT_TRUE(text.readAll().startsWith("Report for 2026-11-09 to 2026-11-20\n"));
}

TEST_F(ReportCommand, APdfIsDrawnByTheDesktopApp) {
    const QString pdf = sandbox.path(QStringLiteral("report.PDF"));
    const QString path =
        QStringLiteral(STRIDELOG_APP_DIR) + QLatin1Char(':') + qEnvironmentVariable("PATH");
    const Outcome outcome = sandbox.raw(
        QStringList{QStringLiteral("--db"), sandbox.journalPath(), QStringLiteral("--json")} +
            period("2026-11-09", "2026-11-20") + QStringList{QStringLiteral("--out"), pdf},
        {{QStringLiteral("PATH"), path}});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_EQ(outcome.object()[QStringLiteral("file")].toString(), pdf);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
}

TEST_F(ReportCommand, APdfWithoutTheDesktopAppWritesNothing) {
    const QString pdf = sandbox.path(QStringLiteral("report.pdf"));
    const QByteArray before = sandbox.journalFingerprint();
    const Outcome outcome = sandbox.raw(
        QStringList{QStringLiteral("--db"), sandbox.journalPath(), QStringLiteral("--json")} +
            period("2026-11-09", "2026-11-20") + QStringList{QStringLiteral("--out"), pdf},
        {{QStringLiteral("PATH"), sandbox.path(QStringLiteral("no-programs-here"))}});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.out.isEmpty());
    EXPECT_TRUE(outcome.errorText().contains(QStringLiteral("desktop app, stridelog")))
        << outcome.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_EQ(sandbox.journalFingerprint(), before);
}

TEST_F(ReportCommand, OutOntoTheJournalOrItsSideFilesIsRefused) {
    for (const QString& target :
         {sandbox.journalPath(), sandbox.journalPath() + QStringLiteral("-wal")}) {
        expectRejected(sandbox,
                       period("2026-11-09", "2026-11-20") << QStringLiteral("--out") << target, 2,
                       QStringLiteral("is the journal or one of its own files"));
    }
}

TEST_F(ReportCommand, TheFirstDayAfterTheLastIsInvalidInputAndAMissingDayAUsageError) {
    expectRejected(sandbox, period("2026-11-10", "2026-11-09"), 2, QStringLiteral("--from"));
    expectRejected(
        sandbox, {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-09")},
        1, QStringLiteral("--to"));
}

TEST_F(ReportCommand, DaysAfterTomorrowAreRefusedLikeOtherDates) {
    // "Now" is 2026-11-21: tomorrow is the last day a report may name.
    EXPECT_EQ(sandbox.json(period("2026-11-09", "2026-11-22")).exitCode, 0);
    expectRejected(sandbox, period("2026-11-09", "2026-11-23"), 2, QStringLiteral("--to"));
    expectRejected(sandbox, period("2026-11-23", "2026-11-23"), 2, QStringLiteral("--from"));
}

}  // namespace
}  // namespace stridelog::cli::test

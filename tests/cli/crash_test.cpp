// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL at random moments during a folder import, a multi-run CSV import and a restore.
// After every kill `check` passes, only whole files are present (each file's runs all there or
// none, a restore's journal all old or all new, no temporary files left once work resumes), and
// running the same command again completes the work.

#include "cli_runner.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>

namespace stridelog::cli::test {
namespace {

constexpr int kKills = 10;

// A GPX run of `points` points starting on day `day` of 2026, one point every 2 s along a line.
QByteArray gpxRun(int day, int points) {
    QByteArray xml =
        "<?xml version=\"1.0\"?><gpx version=\"1.1\" "
        "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><type>running</type>"
        "<trkseg>";
    const QDateTime start(QDate(2026, 1, 1).addDays(day), QTime(6, 0), Qt::UTC);
    for (int i = 0; i < points; ++i) {
        xml += QStringLiteral("<trkpt lat=\"%1\" lon=\"8.0\"><time>%2</time></trkpt>")
                   .arg(50.0 + i * 0.00005, 0, 'f', 6)
                   .arg(start.addSecs(2 * i).toString(Qt::ISODate))
                   .toUtf8();
    }
    return xml + "</trkseg></trk></gpx>";
}

QByteArray garminCsv(int rows) {
    QByteArray csv =
        "Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Max HR,"
        "Avg Run Cadence,Max Run Cadence,Avg Pace,Best Pace,Moving Time,"
        "Elapsed Time\n";
    const QDateTime start(QDate(2020, 1, 1), QTime(7, 0));
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral(
                   "Running,%1,false,Run %2,5.00,300,00:30:00,140,160,166,180,6:00,"
                   "5:00,00:30:00,00:30:00\n")
                   .arg(start.addDays(i).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   .arg(i)
                   .toUtf8();
    }
    return csv;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

int runCount(const CliSandbox& sandbox) {
    const Outcome listed = sandbox.json({QStringLiteral("run"), QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0) << listed.errorText().toStdString();
    return static_cast<int>(listed.array().size());
}

// Starts stridelog-cli with `arguments` on the sandbox's journal and kills it after a random
// part of `fullMs`; returns whether it was still running when killed.
bool killMidway(const CliSandbox& sandbox, const QStringList& arguments, qint64 fullMs) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STRIDELOG_DB"));
    env.insert(QStringLiteral("STRIDELOG_NOW"), QString::fromLatin1(kNow));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(sandbox.dir());
    process.start(QStringLiteral(STRIDELOG_CLI_PATH),
                  QStringList{QStringLiteral("--db"), sandbox.journalPath()} + arguments);
    EXPECT_TRUE(process.waitForStarted());
    QThread::msleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(fullMs + 1)));
    const bool running = process.state() == QProcess::Running;
    process.kill();  // SIGKILL
    process.waitForFinished();
    return running;
}

qint64 timed(const CliSandbox& sandbox, const QStringList& arguments) {
    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = sandbox.json(arguments);
    EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    return std::max<qint64>(clock.elapsed(), 20);
}

void expectIntact(const CliSandbox& sandbox) {
    const Outcome checked = sandbox.json({QStringLiteral("check")});
    EXPECT_EQ(checked.exitCode, 0) << checked.errorText().toStdString();
}

// Temporary files of an interrupted write, once the next write has run.
void expectNoPartialFiles(const QString& folder) {
    const QStringList left =
        QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
}

TEST(CrashTest, KilledFolderImportsLeaveWholeFilesAndResume) {
    CliSandbox sandbox;
    const QString folder = sandbox.path(QStringLiteral("watch"));
    ASSERT_TRUE(QDir().mkpath(folder));
    constexpr int kFiles = 30;
    for (int i = 0; i < kFiles; ++i) {
        writeFile(
            QDir(folder).filePath(QStringLiteral("run-%1.gpx").arg(i, 2, 10, QLatin1Char('0'))),
            gpxRun(i, 600));
    }
    const QStringList import{QStringLiteral("import"), folder};
    // A reference run in a second journal tells how long the whole import takes.
    CliSandbox reference;
    const qint64 fullMs = timed(reference, import);
    int killedMidway = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        SCOPED_TRACE(kill);
        killedMidway += killMidway(sandbox, import, fullMs) ? 1 : 0;
        expectIntact(sandbox);
        // One run per file; a file is never half there, and no run twice.
        EXPECT_LE(runCount(sandbox), kFiles);
    }
    const Outcome resumed = sandbox.json(import);
    EXPECT_EQ(resumed.exitCode, 0) << resumed.errorText().toStdString();
    EXPECT_EQ(runCount(sandbox), kFiles);
    expectIntact(sandbox);
    RecordProperty("killed_while_running", killedMidway);
    EXPECT_GT(killedMidway, 0);
}

TEST(CrashTest, KilledMultiRunCsvImportsKeepAllOrNothing) {
    constexpr int kRows = 1500;
    CliSandbox files;
    const QString csv = files.path(QStringLiteral("activities.csv"));
    writeFile(csv, garminCsv(kRows));
    const QStringList import{QStringLiteral("import"), csv, QStringLiteral("--shoe"),
                             QStringLiteral("1")};
    CliSandbox reference;
    addShoe(reference, {QStringLiteral("Ghost")});
    const qint64 fullMs = timed(reference, import);
    int killedMidway = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        SCOPED_TRACE(kill);
        CliSandbox sandbox;  // a fresh journal each time, so every kill lands in the import
        addShoe(sandbox, {QStringLiteral("Ghost")});
        killedMidway += killMidway(sandbox, import, fullMs) ? 1 : 0;
        expectIntact(sandbox);
        const int runs = runCount(sandbox);
        EXPECT_TRUE(runs == 0 || runs == kRows) << runs << " runs";
        EXPECT_EQ(sandbox.json(import).exitCode, 0);
        EXPECT_EQ(runCount(sandbox), kRows);
    }
    RecordProperty("killed_while_running", killedMidway);
    EXPECT_GT(killedMidway, 0);
}

TEST(CrashTest, KilledRestoresLeaveTheOldOrTheNewJournal) {
    CliSandbox sandbox;
    constexpr int kRows = 1500;
    const QString csv = sandbox.path(QStringLiteral("activities.csv"));
    writeFile(csv, garminCsv(kRows));
    ASSERT_EQ(sandbox.json({QStringLiteral("import"), csv}).exitCode, 0);
    const QString exported = sandbox.path(QStringLiteral("all.json"));
    ASSERT_EQ(sandbox
                  .json({QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--out"), exported})
                  .exitCode,
              0);
    const QStringList restore{QStringLiteral("restore"), exported};
    const qint64 fullMs = timed(sandbox, restore);
    int killedMidway = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        SCOPED_TRACE(kill);
        // Change the journal so the old and the new content differ.
        addRun(sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                         QStringLiteral("--distance"), QStringLiteral("3"),
                         QStringLiteral("--duration"), QStringLiteral("20m")});
        const int before = runCount(sandbox);
        killedMidway += killMidway(sandbox, restore, fullMs) ? 1 : 0;
        expectIntact(sandbox);
        const int runs = runCount(sandbox);
        EXPECT_TRUE(runs == before || runs == kRows) << runs << " runs, " << before << " before";
        // Every safety copy that is there is whole.
        const Outcome listed = sandbox.json({QStringLiteral("backups")});
        for (const QJsonValue& backup : listed.array()) {
            EXPECT_TRUE(backup.toObject().value(QStringLiteral("ok")).toBool())
                << backup.toObject().value(QStringLiteral("file")).toString().toStdString();
        }
    }
    EXPECT_EQ(sandbox.json(restore).exitCode, 0);
    EXPECT_EQ(runCount(sandbox), kRows);
    expectIntact(sandbox);
    expectNoPartialFiles(sandbox.journalPath() + QStringLiteral(".backups"));
    RecordProperty("killed_while_running", killedMidway);
    EXPECT_GT(killedMidway, 0);
}

}  // namespace
}  // namespace stridelog::cli::test

// SPDX-License-Identifier: GPL-3.0-or-later
// `run export ID --format gpx|tcx` and `export --format gpx|tcx --out FOLDER`, end to end.

#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

const QString kImport = QStringLiteral("import");

QString fixture(const QString& name) {
    return QStringLiteral(STRIDELOG_TEST_DATA_DIR "/import/") + name;
}

// A run imported with its track, and one typed in without.
std::pair<qint64, qint64> twoRuns(const CliSandbox& sandbox) {
    const Outcome imported = sandbox.json({kImport, fixture(QStringLiteral("pauses_gpx11.gpx"))});
    EXPECT_EQ(imported.exitCode, 0) << imported.errorText().toStdString();
    const qint64 typed = addRun(sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                          QStringLiteral("--distance"), QStringLiteral("8.2"),
                                          QStringLiteral("--duration"), QStringLiteral("45:00")});
    const QJsonArray runs = sandbox.json({QStringLiteral("run"), QStringLiteral("list")}).array();
    for (const QJsonValue& run : runs) {
        const qint64 id = run.toObject().value(QStringLiteral("id")).toInteger();
        if (id != typed) return {id, typed};
    }
    ADD_FAILURE() << "the import left no run";
    return {0, typed};
}

TEST(TrackExport, OneRunGoesToStdoutAsGpxOrTcx) {
    CliSandbox sandbox;
    const auto [imported, typed] = twoRuns(sandbox);
    const Outcome gpx =
        sandbox.text({QStringLiteral("run"), QStringLiteral("export"), QString::number(imported),
                      QStringLiteral("--format"), QStringLiteral("gpx")});
    EXPECT_EQ(gpx.exitCode, 0);
    EXPECT_TRUE(gpx.out.contains("<trkpt"));
    const Outcome tcx =
        sandbox.text({QStringLiteral("run"), QStringLiteral("export"), QString::number(typed),
                      QStringLiteral("--format"), QStringLiteral("tcx")});
    EXPECT_EQ(tcx.exitCode, 0);
    EXPECT_TRUE(tcx.out.contains("<DistanceMeters>8200.0</DistanceMeters>"));
    EXPECT_FALSE(tcx.out.contains("<Trackpoint"));
}

TEST(TrackExport, OneRunToAFileSaysWhetherItHadATrack) {
    CliSandbox sandbox;
    const auto [imported, typed] = twoRuns(sandbox);
    const QString file = sandbox.path(QStringLiteral("typed.gpx"));
    const Outcome out = sandbox.json({QStringLiteral("run"), QStringLiteral("export"),
                                      QString::number(typed), QStringLiteral("--format"),
                                      QStringLiteral("gpx"), QStringLiteral("--out"), file});
    EXPECT_EQ(out.exitCode, 0);
    EXPECT_EQ(out.object().value(QStringLiteral("track")).toBool(true), false);
    EXPECT_EQ(fileMode(file), 0600);
}

TEST(TrackExport, AFolderGetsOneFilePerRunAndNothingIsReplaced) {
    CliSandbox sandbox;
    const auto [imported, typed] = twoRuns(sandbox);
    const QString folder = sandbox.path(QStringLiteral("tracks/gpx"));
    const QStringList arguments{QStringLiteral("export"), QStringLiteral("--format"),
                                QStringLiteral("gpx"), QStringLiteral("--out"), folder};
    const Outcome first = sandbox.json(arguments);
    ASSERT_EQ(first.exitCode, 0) << first.errorText().toStdString();
    const QJsonArray files = first.array();
    ASSERT_EQ(files.size(), 2);
    for (const QJsonValue& value : files) {
        const QJsonObject file = value.toObject();
        EXPECT_EQ(file.value(QStringLiteral("track")).toBool(),
                  file.value(QStringLiteral("run_id")).toInteger() == imported);
        EXPECT_TRUE(QFileInfo::exists(file.value(QStringLiteral("file")).toString()));
    }

    const QString one = files.at(0).toObject().value(QStringLiteral("file")).toString();
    const QByteArray before = fileFingerprint(one);
    const Outcome again = sandbox.json(arguments);
    EXPECT_EQ(again.exitCode, 0);
    for (const QJsonValue& value : again.array()) {
        EXPECT_FALSE(value.toObject().value(QStringLiteral("written")).toBool(true));
        EXPECT_EQ(value.toObject().value(QStringLiteral("reason")).toString(),
                  QStringLiteral("exists"));
    }
    EXPECT_EQ(fileFingerprint(one), before);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

TEST(TrackExport, TheTypedRunIsNamedByItsStartAndDistance) {
    CliSandbox sandbox;
    twoRuns(sandbox);
    const QString folder = sandbox.path(QStringLiteral("tcx"));
    const Outcome out = sandbox.json({QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("tcx"), QStringLiteral("--out"), folder});
    ASSERT_EQ(out.exitCode, 0);
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("2026-11-20_*_8.2km.tcx")}).size(), 1);
}

TEST(TrackExport, TheJournalAndItsFilesAreRefused) {
    CliSandbox sandbox;
    const auto [imported, typed] = twoRuns(sandbox);
    const QByteArray before = fileFingerprint(sandbox.journalPath());
    const Outcome onJournal =
        sandbox.json({QStringLiteral("run"), QStringLiteral("export"), QString::number(imported),
                      QStringLiteral("--format"), QStringLiteral("gpx"), QStringLiteral("--out"),
                      sandbox.journalPath()});
    EXPECT_EQ(onJournal.exitCode, 2);
    const Outcome onWal =
        sandbox.json({QStringLiteral("run"), QStringLiteral("export"), QString::number(imported),
                      QStringLiteral("--format"), QStringLiteral("tcx"), QStringLiteral("--out"),
                      sandbox.journalPath() + QStringLiteral("-wal")});
    EXPECT_EQ(onWal.exitCode, 2);
    const Outcome folderIsJournal =
        sandbox.json({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("gpx"),
                      QStringLiteral("--out"), sandbox.journalPath()});
    EXPECT_EQ(folderIsJournal.exitCode, 2);
    EXPECT_EQ(fileFingerprint(sandbox.journalPath()), before);
}

TEST(TrackExport, AFolderExportNeedsAFolderAndCsvStaysAsItWas) {
    CliSandbox sandbox;
    twoRuns(sandbox);
    const Outcome noFolder =
        sandbox.json({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("gpx")});
    EXPECT_EQ(noFolder.exitCode, 2);
    const Outcome csv =
        sandbox.text({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(csv.exitCode, 0);
    const Outcome badFormat =
        sandbox.json({QStringLiteral("run"), QStringLiteral("export"), QStringLiteral("1"),
                      QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(badFormat.exitCode, 2);
}

}  // namespace
}  // namespace stridelog::cli::test

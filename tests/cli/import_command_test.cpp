// SPDX-License-Identifier: GPL-3.0-or-later
// `import FILE... [--shoe ID]` end to end: per-file statuses in CLI.md's JSON, duplicates on a
// second import, and bad arguments refused before anything is written.

#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

QString fixture(const QString& name) {
    return QStringLiteral(STRIDELOG_TEST_DATA_DIR "/import/") + name;
}

const QString kImport = QStringLiteral("import");

TEST(Import, AGpxRunIsImportedWithEveryKeyAndIsADuplicateTheSecondTime) {
    CliSandbox sandbox;
    const Outcome first = sandbox.json({kImport, fixture(QStringLiteral("pauses_gpx11.gpx"))});
    ASSERT_EQ(first.exitCode, 0) << first.errorText().toStdString();
    ASSERT_EQ(first.array().size(), 1);
    const QJsonObject result = first.array().at(0).toObject();
    EXPECT_EQ(keysOf(result), sortedKeys({QStringLiteral("file"), QStringLiteral("status"),
                                          QStringLiteral("run_id"), QStringLiteral("message")}));
    EXPECT_EQ(result.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    const qint64 runId = result.value(QStringLiteral("run_id")).toInteger();

    const QJsonArray runs = sandbox.json({QStringLiteral("run"), QStringLiteral("list")}).array();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.at(0).toObject().value(QStringLiteral("id")).toInteger(), runId);
    EXPECT_EQ(runs.at(0).toObject().value(QStringLiteral("source")).toString(),
              QStringLiteral("gpx"));

    const Outcome second = sandbox.json({kImport, fixture(QStringLiteral("pauses_gpx11.gpx"))});
    ASSERT_EQ(second.exitCode, 0);
    EXPECT_EQ(second.array().at(0).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("duplicate"));
    EXPECT_EQ(sandbox.json({QStringLiteral("run"), QStringLiteral("list")}).array().size(), 1);
}

TEST(Import, AFolderReportsEachFileAndABadOneDoesNotStopTheOthers) {
    CliSandbox sandbox;
    const QString folder = sandbox.path(QStringLiteral("watch"));
    ASSERT_TRUE(QDir().mkpath(folder));
    for (const QString& name : {QStringLiteral("pauses_gpx11.gpx"), QStringLiteral("cycling.gpx"),
                                QStringLiteral("truncated.gpx")}) {
        ASSERT_TRUE(QFile::copy(fixture(name), folder + QLatin1Char('/') + name));
    }
    const Outcome outcome = sandbox.json({kImport, folder});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    QStringList statuses;
    for (const QJsonValue& value : outcome.array()) {
        const QJsonObject result = value.toObject();
        statuses << QStringLiteral("%1=%2").arg(
            QFileInfo(result.value(QStringLiteral("file")).toString()).fileName(),
            result.value(QStringLiteral("status")).toString());
    }
    statuses.sort();
    EXPECT_EQ(statuses, QStringList({QStringLiteral("cycling.gpx=skipped"),
                                     QStringLiteral("pauses_gpx11.gpx=imported"),
                                     QStringLiteral("truncated.gpx=error")}));
    EXPECT_EQ(sandbox.json({QStringLiteral("run"), QStringLiteral("list")}).array().size(), 1);
}

TEST(Import, AMissingFileIsRejectedAndNothingImported) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pair")});
    expectRejected(sandbox,
                   {kImport, fixture(QStringLiteral("pauses_gpx11.gpx")),
                    sandbox.path(QStringLiteral("no-such.gpx"))},
                   2, QStringLiteral("no-such.gpx"));
}

TEST(Import, AShoeThatIsNotThereIsRejectedAndNothingImported) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pair")});
    expectRejected(sandbox,
                   {kImport, fixture(QStringLiteral("pauses_gpx11.gpx")), QStringLiteral("--shoe"),
                    QStringLiteral("99")},
                   2, QStringLiteral("99"));
}

TEST(Import, WithoutAFileIsAUsageError) {
    CliSandbox sandbox;
    const Outcome outcome = sandbox.json({kImport});
    EXPECT_EQ(outcome.exitCode, 1);
}

}  // namespace
}  // namespace stridelog::cli::test

// SPDX-License-Identifier: GPL-3.0-or-later
// `sources add|remove` (CLI.md 1.2) through the real binary: a folder is kept once, by its
// absolute path; something that is not a folder is refused with nothing written; removing a
// folder that is not watched is refused.

#include "cli_runner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

namespace stridelog::cli::test {
namespace {

QJsonObject pathObject(const QString& path) {
    return {{QStringLiteral("path"), path}};
}

TEST(SourcesCommands, AFolderIsAddedOnceByItsAbsolutePathAndRemoved) {
    CliSandbox sandbox;
    const QString folder = sandbox.path(QStringLiteral("Sync/runs"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const Outcome added = sandbox.json(
        {QStringLiteral("sources"), QStringLiteral("add"), folder + QStringLiteral("/../runs/.")});
    ASSERT_EQ(added.exitCode, 0) << added.errorText().toStdString();
    EXPECT_EQ(added.object(), pathObject(QDir::cleanPath(folder)));
    const Outcome again = sandbox.text({QStringLiteral("sources"), QStringLiteral("add"), folder});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(again.out).contains(QStringLiteral("already watched")));

    const Outcome removed =
        sandbox.json({QStringLiteral("sources"), QStringLiteral("remove"), folder});
    ASSERT_EQ(removed.exitCode, 0) << removed.errorText().toStdString();
    EXPECT_EQ(removed.object(), pathObject(QDir::cleanPath(folder)));
    const Outcome twice =
        sandbox.json({QStringLiteral("sources"), QStringLiteral("remove"), folder});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.errorText().contains(QStringLiteral("not a watched folder")));
}

TEST(SourcesCommands, SomethingThatIsNotAFolderIsRefusedAndNothingWritten) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Road pair")});
    const QByteArray before = sandbox.journalFingerprint();
    const QString file = sandbox.path(QStringLiteral("run.gpx"));
    {
        QFile touched(file);
        ASSERT_TRUE(touched.open(QIODevice::WriteOnly));
    }
    for (const QString& notAFolder : {file, sandbox.path(QStringLiteral("missing"))}) {
        const Outcome refused =
            sandbox.json({QStringLiteral("sources"), QStringLiteral("add"), notAFolder});
        EXPECT_EQ(refused.exitCode, 2);
        EXPECT_TRUE(refused.out.isEmpty());
        EXPECT_TRUE(refused.errorText().contains(QStringLiteral("existing folder")));
    }
    EXPECT_EQ(sandbox.journalFingerprint(), before);
}

}  // namespace
}  // namespace stridelog::cli::test

// SPDX-License-Identifier: GPL-3.0-or-later
// CLI.md 1.1's rules that keep a journal safe from bad input: an option given twice is a usage
// error, instants after tomorrow are refused, text limits count characters, output onto the
// journal or its side files is refused with the bytes unchanged, and `backups` lists the
// automatic backups newest first.

#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

#include <unistd.h>

#include <memory>
#include <vector>

namespace stridelog::cli::test {
namespace {

QStringList words(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

class DataSafety : public ::testing::Test {
protected:
    void SetUp() override {
        addShoe(sandbox_, {QStringLiteral("Ghost")});
        addRun(sandbox_, words("--date 2026-11-20 --distance 8 --duration 50m"));
        addPain(sandbox_, words("--date 2026-11-20 --knee left --site front --intensity 3 "
                                "--onset after"));
    }
    CliSandbox sandbox_;
};

TEST_F(DataSafety, AnOptionGivenTwiceIsAUsageError) {
    expectRejected(sandbox_,
                   words("run add --date 2026-11-20 --distance 0 --distance 10 "
                         "--duration 1h"),
                   1, QStringLiteral("--distance"));
    expectRejected(sandbox_, words("run list --from 2026-01-01 --from=2026-02-01"), 1,
                   QStringLiteral("twice"));
    expectRejected(sandbox_,
                   words("run add --date 2026-11-20 --distance 10 --duration 1h "
                         "--hilly --hilly"),
                   1, QStringLiteral("--hilly"));
    const QByteArray before = sandbox_.journalFingerprint();
    const Outcome twiceDb =
        sandbox_.raw({QStringLiteral("--db"), sandbox_.journalPath(), QStringLiteral("--db"),
                      sandbox_.journalPath(), QStringLiteral("check")});
    EXPECT_EQ(twiceDb.exitCode, 1) << twiceDb.errorText().toStdString();
    EXPECT_EQ(sandbox_.journalFingerprint(), before);
}

TEST_F(DataSafety, InstantsAfterTomorrowAreRefused) {
    expectRejected(sandbox_, words("pain resolve 1 --at 9999-12-31"), 2,
                   QStringLiteral("tomorrow"));
    expectRejected(sandbox_, words("pain resolve 1 --at 2026-11-23T00:01"), 2,
                   QStringLiteral("tomorrow"));
    expectRejected(sandbox_, words("shoe add Later --since 9999-12-31"), 2,
                   QStringLiteral("tomorrow"));
    expectRejected(sandbox_, words("shoe edit 1 --since 2026-11-23"), 2,
                   QStringLiteral("tomorrow"));
    expectRejected(sandbox_, words("warnings --as-of 9999-12-31"), 2, QStringLiteral("tomorrow"));
    // Tomorrow itself is still accepted.
    EXPECT_EQ(sandbox_.json(words("warnings --as-of 2026-11-22")).exitCode, 0);
    EXPECT_EQ(sandbox_.json(words("pain resolve 1 --at 2026-11-22")).exitCode, 0);
}

TEST_F(DataSafety, TextLimitsCountCharactersNotUtf16Units) {
    QString emoji;
    for (int i = 0; i < 10'000; ++i) emoji += QString::fromUtf8("🏃");
    ASSERT_EQ(emoji.size(), 20'000);
    const Outcome accepted = sandbox_.json({QStringLiteral("run"), QStringLiteral("edit"),
                                            QStringLiteral("1"), QStringLiteral("--notes"), emoji});
    EXPECT_EQ(accepted.exitCode, 0) << accepted.errorText().toStdString();
    expectRejected(sandbox_,
                   {QStringLiteral("run"), QStringLiteral("edit"), QStringLiteral("1"),
                    QStringLiteral("--notes"), emoji + QString::fromUtf8("🏃")},
                   2, QStringLiteral("10001"));
    QString name;
    for (int i = 0; i < 200; ++i) name += QString::fromUtf8("👟");
    EXPECT_EQ(sandbox_.json({QStringLiteral("shoe"), QStringLiteral("add"), name}).exitCode, 0);
}

TEST_F(DataSafety, OutputOntoTheJournalOrItsSideFilesIsRefused) {
    const QString journal = sandbox_.journalPath();
    ASSERT_TRUE(QDir().mkpath(sandbox_.path(QStringLiteral("sub"))));
    ASSERT_TRUE(QFile::link(journal, sandbox_.path(QStringLiteral("link.sqlite"))));
    ASSERT_EQ(::link(QFile::encodeName(journal).constData(),
                     QFile::encodeName(sandbox_.path(QStringLiteral("hard.sqlite"))).constData()),
              0);
    const QStringList targets = {journal,
                                 journal + QStringLiteral("-wal"),
                                 journal + QStringLiteral("-shm"),
                                 journal + QStringLiteral("-journal"),
                                 sandbox_.path(QStringLiteral("sub/../journal.sqlite")),
                                 sandbox_.path(QStringLiteral("link.sqlite")),
                                 sandbox_.path(QStringLiteral("hard.sqlite")),
                                 journal + QStringLiteral(".backups/x.sqlite")};
    for (const QString& target : targets) {
        SCOPED_TRACE(target.toStdString());
        const QByteArray link = fileFingerprint(sandbox_.path(QStringLiteral("hard.sqlite")));
        expectRejected(sandbox_,
                       {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"), target},
                       2, QStringLiteral("journal"));
        expectRejected(sandbox_,
                       {QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--out"), target},
                       2, QStringLiteral("journal"));
        expectRejected(sandbox_, {QStringLiteral("backup"), target}, 2, QStringLiteral("journal"));
        expectRejected(
            sandbox_,
            {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
             QStringLiteral("--to"), QStringLiteral("2026-11-21"), QStringLiteral("--out"), target},
            2, QStringLiteral("journal"));
        EXPECT_EQ(fileFingerprint(sandbox_.path(QStringLiteral("hard.sqlite"))), link);
    }
    EXPECT_EQ(sandbox_.json(words("run list")).array().size(), 1);
    // Another name is fine.
    EXPECT_EQ(sandbox_.json({QStringLiteral("backup"), sandbox_.path(QStringLiteral("b.sqlite"))})
                  .exitCode,
              0);
}

TEST_F(DataSafety, TwoProcessesCreatingOneNewJournalBothSucceed) {
    // Each waits for the other's lock as any writer does (the switch to WAL included).
    for (int round = 0; round < 20; ++round) {
        const QString journal = sandbox_.path(QStringLiteral("new-%1.sqlite").arg(round));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int which = 0; which < 2; ++which) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("STRIDELOG_NOW"), QString::fromLatin1(kNow));
            env.insert(QStringLiteral("HOME"), sandbox_.path(QStringLiteral("home")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), sandbox_.path(QStringLiteral("xdg")));
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(STRIDELOG_CLI_PATH),
                           {QStringLiteral("--db"), journal, QStringLiteral("shoe"),
                            QStringLiteral("add"), QStringLiteral("Pair %1").arg(which)});
            processes.push_back(std::move(process));
        }
        for (const auto& process : processes) {
            ASSERT_TRUE(process->waitForFinished(60'000));
            EXPECT_EQ(process->exitCode(), 0)
                << journal.toStdString() << ": " << process->readAllStandardError().toStdString();
        }
        EXPECT_EQ(sandbox_
                      .raw({QStringLiteral("--db"), journal, QStringLiteral("--json"),
                            QStringLiteral("shoe"), QStringLiteral("list")})
                      .array()
                      .size(),
                  2);
    }
}

TEST_F(DataSafety, BackupsListsTheAutomaticBackupsNewestFirst) {
    EXPECT_EQ(sandbox_.json(words("backups")).array().size(), 0);
    const QString exported = sandbox_.path(QStringLiteral("e.json"));
    ASSERT_EQ(sandbox_
                  .json({QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--out"), exported})
                  .exitCode,
              0);
    // Two restores within one second: two safety copies, neither replacing the other.
    const Outcome first = sandbox_.json({QStringLiteral("restore"), exported});
    ASSERT_EQ(first.exitCode, 0) << first.errorText().toStdString();
    addRun(sandbox_, words("--date 2026-11-21 --distance 5 --duration 30m"));
    const Outcome second = sandbox_.json({QStringLiteral("restore"), exported});
    ASSERT_EQ(second.exitCode, 0) << second.errorText().toStdString();
    const QString firstCopy = first.object().value(QStringLiteral("backup")).toString();
    const QString secondCopy = second.object().value(QStringLiteral("backup")).toString();
    EXPECT_NE(firstCopy, secondCopy);

    const QJsonArray listed = sandbox_.json(words("backups")).array();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(keysOf(listed[0].toObject()),
              sortedKeys({QStringLiteral("file"), QStringLiteral("taken"), QStringLiteral("size"),
                          QStringLiteral("ok")}));
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("file")).toString(), secondCopy);
    EXPECT_EQ(listed[1].toObject().value(QStringLiteral("file")).toString(), firstCopy);
    EXPECT_TRUE(listed[0].toObject().value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(fileMode(firstCopy), 0600);
    EXPECT_EQ(listed[1].toObject().value(QStringLiteral("size")).toInteger(),
              QFileInfo(firstCopy).size());
}

}  // namespace
}  // namespace stridelog::cli::test

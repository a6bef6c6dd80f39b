// SPDX-License-Identifier: GPL-3.0-or-later
// CLI.md "Global": where the journal is, how it is created, usage errors (exit 1), --help.

#include "cli_runner.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

const QStringList kShoeAdd{QStringLiteral("shoe"), QStringLiteral("add"),
                           QStringLiteral("Pegasus")};

void expectUsageError(const Outcome& outcome, const QString& mention) {
    const QString error = outcome.errorText();
    EXPECT_EQ(outcome.exitCode, 1) << error.toStdString();
    EXPECT_TRUE(outcome.out.isEmpty());
    EXPECT_TRUE(error.startsWith(QStringLiteral("stridelog-cli: error: "))) << error.toStdString();
    EXPECT_EQ(error.count(QLatin1Char('\n')), 1) << error.toStdString();
    EXPECT_TRUE(error.contains(mention)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("(see stridelog-cli --help)")))
        << error.toStdString();
}

TEST(GlobalOptions, HelpPrintsTheCommandsAndExitsZero) {
    CliSandbox sandbox;
    for (const QString& option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Outcome outcome = sandbox.raw({option});
        EXPECT_EQ(outcome.exitCode, 0);
        EXPECT_TRUE(outcome.out.contains("usage: stridelog-cli"));
        EXPECT_TRUE(outcome.out.contains("pain add"));
    }
    EXPECT_FALSE(QFileInfo::exists(sandbox.path(QStringLiteral("xdg"))));
}

TEST(GlobalOptions, VersionPrintsTheVersion) {
    CliSandbox sandbox;
    const Outcome outcome = sandbox.raw({QStringLiteral("--version")});
    EXPECT_EQ(outcome.exitCode, 0);
    EXPECT_TRUE(outcome.out.startsWith("stridelog-cli "));
}

TEST(GlobalOptions, NoCommandIsAUsageError) {
    CliSandbox sandbox;
    expectUsageError(sandbox.raw({}), QStringLiteral("no command"));
}

TEST(GlobalOptions, UnknownCommandIsExitOneAndWritesNothing) {
    CliSandbox sandbox;
    expectUsageError(sandbox.json({QStringLiteral("jog")}),
                     QStringLiteral("unknown command 'jog'"));
    expectUsageError(sandbox.json({QStringLiteral("run"), QStringLiteral("sprint")}),
                     QStringLiteral("unknown command 'run sprint'"));
    expectUsageError(sandbox.json({QStringLiteral("shoe")}), QStringLiteral("add, list"));
    EXPECT_FALSE(QFileInfo::exists(sandbox.journalPath()));
}

TEST(GlobalOptions, UnknownOptionIsExitOne) {
    CliSandbox sandbox;
    expectUsageError(sandbox.raw({QStringLiteral("--verbose"), QStringLiteral("check")}),
                     QStringLiteral("--verbose"));
    expectUsageError(sandbox.json({QStringLiteral("run"), QStringLiteral("list"),
                                   QStringLiteral("--since"), QStringLiteral("2026-01-01")}),
                     QStringLiteral("unknown option '--since'"));
}

TEST(GlobalOptions, MissingArgumentIsExitOne) {
    CliSandbox sandbox;
    expectUsageError(sandbox.json({QStringLiteral("run"), QStringLiteral("add"),
                                   QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                   QStringLiteral("--distance"), QStringLiteral("10")}),
                     QStringLiteral("--duration"));
    expectUsageError(
        sandbox.json({QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("--from")}),
        QStringLiteral("--from needs a value"));
    expectUsageError(sandbox.json({QStringLiteral("run"), QStringLiteral("delete")}),
                     QStringLiteral("missing argument"));
    expectUsageError(sandbox.raw({QStringLiteral("--db")}), QStringLiteral("--db needs a value"));
    EXPECT_FALSE(QFileInfo::exists(sandbox.journalPath()));
}

TEST(JournalLocation, MissingJournalIsCreatedWithModeSixHundredInANewFolder) {
    CliSandbox sandbox;
    const QString journal = sandbox.path(QStringLiteral("new/deeper/journal.sqlite"));
    const Outcome outcome = sandbox.raw(
        QStringList{QStringLiteral("--db"), journal, QStringLiteral("--json")} + kShoeAdd);
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_EQ(fileMode(journal), 0600);
}

TEST(JournalLocation, DbOptionBeatsTheEnvironmentVariable) {
    CliSandbox sandbox;
    const QString fromOption = sandbox.path(QStringLiteral("option.sqlite"));
    const QString fromEnvironment = sandbox.path(QStringLiteral("environment.sqlite"));
    const Outcome outcome = sandbox.raw(QStringList{QStringLiteral("--db"), fromOption} + kShoeAdd,
                                        {{QStringLiteral("STRIDELOG_DB"), fromEnvironment}});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_TRUE(QFileInfo::exists(fromOption));
    EXPECT_FALSE(QFileInfo::exists(fromEnvironment));
}

TEST(JournalLocation, EnvironmentVariableBeatsTheDefault) {
    CliSandbox sandbox;
    const QString fromEnvironment = sandbox.path(QStringLiteral("environment.sqlite"));
    const Outcome outcome =
        sandbox.raw(kShoeAdd, {{QStringLiteral("STRIDELOG_DB"), fromEnvironment}});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_TRUE(QFileInfo::exists(fromEnvironment));
    EXPECT_FALSE(QFileInfo::exists(sandbox.path(QStringLiteral("xdg/stridelog/journal.sqlite"))));
}

TEST(JournalLocation, DefaultIsJournalSqliteInTheAppDataFolder) {
    CliSandbox sandbox;
    const Outcome outcome = sandbox.raw(kShoeAdd);
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_TRUE(QFileInfo::exists(sandbox.path(QStringLiteral("xdg/stridelog/journal.sqlite"))));
}

TEST(GlobalOptions, BadStridelogNowIsExitTwo) {
    CliSandbox sandbox;
    const Outcome outcome = sandbox.raw(
        {QStringLiteral("check")}, {{QStringLiteral("STRIDELOG_NOW"), QStringLiteral("soon")}});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.errorText().contains(QStringLiteral("STRIDELOG_NOW")));
}

TEST(GlobalOptions, WithoutJsonTheOutputIsReadableText) {
    CliSandbox sandbox;
    const Outcome outcome = sandbox.text(kShoeAdd);
    ASSERT_EQ(outcome.exitCode, 0);
    EXPECT_EQ(outcome.out, QByteArray("Added shoe 1.\n"));
}

}  // namespace
}  // namespace stridelog::cli::test

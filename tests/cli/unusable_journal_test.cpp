// SPDX-License-Identifier: GPL-3.0-or-later
// A journal that cannot be used (CLI.md exit 3): random bytes, a truncated journal, a schema
// newer than this program. Each is refused with one error line and left byte for byte as it was.

#include "cli_runner.h"

#include "core/store/journal.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A real journal with a little in it.
void makeJournal(const CliSandbox& sandbox) {
    addShoe(sandbox, {QStringLiteral("Pegasus")});
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--distance"),
            QStringLiteral("10"), QStringLiteral("--duration"), QStringLiteral("1h"),
            QStringLiteral("--shoe"), QStringLiteral("1")});
}

void setUserVersion(const QString& path, int version) {
    const QString connection = QStringLiteral("newer-schema");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        ASSERT_TRUE(database.open());
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// Every command that opens the journal refuses it with exit 3 and leaves it untouched.
void expectRefusedUntouched(const CliSandbox& sandbox) {
    const QStringList commands[] = {
        {QStringLiteral("run"), QStringLiteral("list")},
        {QStringLiteral("check")},
        {QStringLiteral("shoe"), QStringLiteral("add"), QStringLiteral("New pair")},
        {QStringLiteral("warnings")},
    };
    for (const QStringList& command : commands) {
        expectRejected(sandbox, command, 3, QString());
        EXPECT_FALSE(QFile::exists(sandbox.journalPath() + QStringLiteral("-wal")));
    }
}

TEST(UnusableJournal, RandomBytesAreExitThreeAndLeftUntouched) {
    CliSandbox sandbox;
    QByteArray noise(8192, '\0');
    QRandomGenerator generator(42);
    for (char& byte : noise) byte = static_cast<char>(generator.bounded(256));
    writeFile(sandbox.journalPath(), noise);
    expectRefusedUntouched(sandbox);
    EXPECT_EQ(readFile(sandbox.journalPath()), noise);
}

TEST(UnusableJournal, TruncatedJournalIsExitThreeAndLeftUntouched) {
    CliSandbox sandbox;
    makeJournal(sandbox);
    const QByteArray head = readFile(sandbox.journalPath()).left(1000);
    ASSERT_EQ(head.size(), 1000);
    writeFile(sandbox.journalPath(), head);
    expectRefusedUntouched(sandbox);
    EXPECT_EQ(readFile(sandbox.journalPath()), head);
}

TEST(UnusableJournal, NewerSchemaIsExitThreeAndLeftUntouched) {
    CliSandbox sandbox;
    makeJournal(sandbox);
    setUserVersion(sandbox.journalPath(), Journal::currentSchemaVersion() + 1);
    const QByteArray before = readFile(sandbox.journalPath());
    expectRefusedUntouched(sandbox);
    EXPECT_EQ(readFile(sandbox.journalPath()), before);
    const Outcome outcome = sandbox.json({QStringLiteral("run"), QStringLiteral("list")});
    EXPECT_TRUE(outcome.errorText().contains(QStringLiteral("newer")))
        << outcome.errorText().toStdString();
}

TEST(UnusableJournal, AnEmptyFileIsAcceptedAsANewJournalOrRefusedButNeverCrashes) {
    CliSandbox sandbox;
    writeFile(sandbox.journalPath(), QByteArray());
    const Outcome outcome = sandbox.json({QStringLiteral("check")});
    EXPECT_TRUE(outcome.exitCode == 0 || outcome.exitCode == 3) << outcome.exitCode;
}

TEST(Check, AHealthyJournalIsOk) {
    CliSandbox sandbox;
    makeJournal(sandbox);
    const Outcome outcome = sandbox.json({QStringLiteral("check")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_EQ(outcome.object(), (QJsonObject{{QStringLiteral("ok"), true}}));
}

}  // namespace
}  // namespace stridelog::cli::test

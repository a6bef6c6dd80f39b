// SPDX-License-Identifier: GPL-3.0-or-later
// `export`, `backup`, `restore` (CLI.md): JSON export then restore gives the same journal,
// restore keeps a backup of what it replaced, files are written with mode 0600.

#include "cli_runner.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

const QString kAwkwardText = QStringLiteral("Ünïcødé 🏃 'x'; DROP TABLE run; --");

// Every kind of entry and field the journal keeps.
void fillJournal(const CliSandbox& sandbox) {
    addShoe(sandbox,
            {kAwkwardText, QStringLiteral("--limit-km"), QStringLiteral("650.5"),
             QStringLiteral("--start-km"), QStringLiteral("12.25"), QStringLiteral("--since"),
             QStringLiteral("2026-01-02"), QStringLiteral("--notes"), kAwkwardText});
    addShoe(sandbox, {QStringLiteral("Old pair")});
    ASSERT_EQ(sandbox
                  .json({QStringLiteral("shoe"), QStringLiteral("retire"), QStringLiteral("2"),
                         QStringLiteral("--on"), QStringLiteral("2026-10-01")})
                  .exitCode,
              0);
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-09-20"), QStringLiteral("--distance"),
            QStringLiteral("8"), QStringLiteral("--duration"), QStringLiteral("50m"),
            QStringLiteral("--shoe"), QStringLiteral("2")});
    addRun(sandbox, {QStringLiteral("--date"),
                     QStringLiteral("2026-11-20"),
                     QStringLiteral("--time"),
                     QStringLiteral("07:45"),
                     QStringLiteral("--distance"),
                     QStringLiteral("6.3mi"),
                     QStringLiteral("--duration"),
                     QStringLiteral("1:02:03"),
                     QStringLiteral("--shoe"),
                     QStringLiteral("1"),
                     QStringLiteral("--surface"),
                     QStringLiteral("grass"),
                     QStringLiteral("--hilly"),
                     QStringLiteral("--type"),
                     QStringLiteral("tempo"),
                     QStringLiteral("--rpe"),
                     QStringLiteral("7"),
                     QStringLiteral("--cadence"),
                     QStringLiteral("168"),
                     QStringLiteral("--hr"),
                     QStringLiteral("151"),
                     QStringLiteral("--notes"),
                     kAwkwardText});
    addPain(sandbox,
            {QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--time"),
             QStringLiteral("18:00"), QStringLiteral("--run"), QStringLiteral("2"),
             QStringLiteral("--knee"), QStringLiteral("both"), QStringLiteral("--site"),
             QStringLiteral("whole"), QStringLiteral("--intensity"), QStringLiteral("2"),
             QStringLiteral("--onset"), QStringLiteral("next-day"), QStringLiteral("--lasted"),
             QStringLiteral("23h"), QStringLiteral("--notes"), kAwkwardText});
    addPain(sandbox,
            {QStringLiteral("--date"), QStringLiteral("2026-11-21"), QStringLiteral("--knee"),
             QStringLiteral("right"), QStringLiteral("--site"), QStringLiteral("outside"),
             QStringLiteral("--intensity"), QStringLiteral("5"), QStringLiteral("--onset"),
             QStringLiteral("late"), QStringLiteral("--locking")});
    ASSERT_EQ(sandbox
                  .json({QStringLiteral("settings"), QStringLiteral("cadence_min_spm"),
                         QStringLiteral("170")})
                  .exitCode,
              0);
}

// What the journal holds, as the list commands print it.
QByteArray listings(const CliSandbox& sandbox, const QString& journal) {
    QByteArray all;
    const QStringList commands[] = {
        {QStringLiteral("run"), QStringLiteral("list")},
        {QStringLiteral("pain"), QStringLiteral("list")},
        {QStringLiteral("shoe"), QStringLiteral("list"), QStringLiteral("--all")},
        {QStringLiteral("settings")},
    };
    for (const QStringList& command : commands) {
        const Outcome outcome = sandbox.raw(
            QStringList{QStringLiteral("--db"), journal, QStringLiteral("--json")} + command);
        EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
        all += outcome.out;
    }
    return all;
}

TEST(ExportRestore, JsonExportRestoredIntoANewJournalListsTheSame) {
    CliSandbox source;
    fillJournal(source);
    const QString exported = source.path(QStringLiteral("export.json"));
    const Outcome exportOutcome =
        source.json({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--out"), exported});
    ASSERT_EQ(exportOutcome.exitCode, 0) << exportOutcome.errorText().toStdString();
    EXPECT_EQ(fileMode(exported), 0600);

    CliSandbox target;
    const Outcome restored = target.json({QStringLiteral("restore"), exported});
    ASSERT_EQ(restored.exitCode, 0) << restored.errorText().toStdString();
    EXPECT_EQ(listings(target, target.journalPath()), listings(source, source.journalPath()));
}

TEST(ExportRestore, RestoreKeepsABackupOfWhatItReplaced) {
    CliSandbox source;
    fillJournal(source);
    const QString exported = source.path(QStringLiteral("export.json"));
    ASSERT_EQ(source
                  .json({QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--out"), exported})
                  .exitCode,
              0);

    CliSandbox target;
    addShoe(target, {QStringLiteral("About to be replaced")});
    const QByteArray replaced = listings(target, target.journalPath());
    const Outcome restored = target.json({QStringLiteral("restore"), exported});
    ASSERT_EQ(restored.exitCode, 0) << restored.errorText().toStdString();
    const QString backup = restored.object().value(QStringLiteral("backup")).toString();
    ASSERT_FALSE(backup.isEmpty()) << restored.out.toStdString();
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_EQ(listings(target, backup), replaced);

    const Outcome text = target.text({QStringLiteral("restore"), exported});
    EXPECT_TRUE(text.out.contains("backed up")) << text.out.toStdString();
}

TEST(ExportRestore, JsonExportToStdoutIsOneDocument) {
    CliSandbox sandbox;
    fillJournal(sandbox);
    const Outcome outcome = sandbox.text(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    QJsonParseError error;
    QJsonDocument::fromJson(outcome.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_TRUE(outcome.out.contains(kAwkwardText.toUtf8()));
}

TEST(ExportRestore, CsvExportHasOneRowPerEntry) {
    CliSandbox sandbox;
    fillJournal(sandbox);
    const Outcome outcome =
        sandbox.json({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_TRUE(outcome.out.startsWith("record") || outcome.out.contains(",record"))
        << outcome.out.left(200).toStdString();
    EXPECT_GE(outcome.out.count('\n'), 7);  // header + 2 shoes + 2 runs + 2 pain entries
}

TEST(ExportRestore, ExportFormatIsRequired) {
    CliSandbox sandbox;
    const Outcome outcome = sandbox.json({QStringLiteral("export")});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.errorText().contains(QStringLiteral("--format")));
}

TEST(Backup, CopyIsAUsableJournalWithModeSixHundred) {
    CliSandbox sandbox;
    fillJournal(sandbox);
    const QString copy = sandbox.path(QStringLiteral("copy.sqlite"));
    const Outcome outcome = sandbox.json({QStringLiteral("backup"), copy});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_EQ(fileMode(copy), 0600);
    EXPECT_EQ(listings(sandbox, copy), listings(sandbox, sandbox.journalPath()));
}

TEST(Restore, FromABackupFileGivesTheSameJournal) {
    CliSandbox source;
    fillJournal(source);
    const QString copy = source.path(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(source.json({QStringLiteral("backup"), copy}).exitCode, 0);
    const QByteArray backupBytes = fileFingerprint(copy);

    CliSandbox target;
    const Outcome restored = target.json({QStringLiteral("restore"), copy});
    ASSERT_EQ(restored.exitCode, 0) << restored.errorText().toStdString();
    EXPECT_EQ(listings(target, target.journalPath()), listings(source, source.journalPath()));
    EXPECT_EQ(fileFingerprint(copy), backupBytes);  // the user's backup file is never changed
}

TEST(Restore, AMissingSourceFailsAndLeavesTheJournalAsItWas) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pegasus")});
    const QByteArray before = sandbox.journalFingerprint();
    const Outcome outcome =
        sandbox.json({QStringLiteral("restore"), sandbox.path(QStringLiteral("missing.json"))});
    EXPECT_NE(outcome.exitCode, 0);
    EXPECT_NE(outcome.exitCode, 1);
    EXPECT_EQ(outcome.errorText().count(QLatin1Char('\n')), 1);
    EXPECT_EQ(sandbox.journalFingerprint(), before);
}

}  // namespace
}  // namespace stridelog::cli::test

// SPDX-License-Identifier: GPL-3.0-or-later
// The app's own outputs, `--report FILE` and `--screenshot FILE`, never land on the journal or
// one of its files, however the file is named: the real binary exits 2 with a message naming
// the file and the journal keeps every byte (the same guard as stridelog-cli's outputs).

#include "core/store/journal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

namespace stridelog::gui {
namespace {

struct Outcome {
    int exitCode = -1;
    QString err;
};

Outcome runApp(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(STRIDELOG_APP_PATH), arguments);
    if (!process.waitForFinished(60000)) return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray fingerprint(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return QByteArrayLiteral("missing");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

class AppOutputs : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        {
            auto journal = Journal::open(journalPath());
            ASSERT_TRUE(journal);
            stridelog::Run run;
            run.start = Instant::fromLocal(QDate(2026, 11, 3), QTime(7, 0));
            run.distance = Distance::fromMetres(8000);
            run.duration = Duration::fromSeconds(2880);
            ASSERT_TRUE((*journal)->addRun(run));
        }
        ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        ASSERT_TRUE(QDir().mkpath(journalPath() + QStringLiteral(".backups")));
        ASSERT_TRUE(QFile::link(journalPath(), dir.filePath(QStringLiteral("link.sqlite"))));
        ASSERT_EQ(
            ::link(QFile::encodeName(journalPath()).constData(),
                   QFile::encodeName(dir.filePath(QStringLiteral("hard.sqlite"))).constData()),
            0);
    }
    QString journalPath() const { return dir.filePath(QStringLiteral("journal.sqlite")); }
    QStringList journalsOwnFiles() const {
        const QString journal = journalPath();
        return {journal,
                journal + QStringLiteral("-wal"),
                journal + QStringLiteral("-shm"),
                journal + QStringLiteral("-journal"),
                dir.filePath(QStringLiteral("sub/../journal.sqlite")),
                dir.filePath(QStringLiteral("link.sqlite")),
                dir.filePath(QStringLiteral("hard.sqlite")),
                journal + QStringLiteral(".backups/report.pdf")};
    }
    void expectRefused(const QStringList& arguments, const QString& target) {
        const QByteArray before = fingerprint(journalPath());
        const Outcome outcome = runApp(arguments);
        EXPECT_EQ(outcome.exitCode, 2) << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("is the journal or one of its own files")))
            << outcome.err.toStdString();
        EXPECT_EQ(fingerprint(journalPath()), before);
        if (target.contains(QStringLiteral("-wal")) || target.contains(QStringLiteral("-shm")) ||
            target.contains(QStringLiteral("-journal")) ||
            target.contains(QStringLiteral(".backups"))) {
            EXPECT_FALSE(QFile::exists(target));
        }
    }

    QTemporaryDir dir;
};

TEST_F(AppOutputs, AReportOntoTheJournalOrItsFilesIsRefused) {
    for (const QString& target : journalsOwnFiles()) {
        SCOPED_TRACE(target.toStdString());
        expectRefused(
            {QStringLiteral("--db"), journalPath(), QStringLiteral("--report"), target,
             QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
             QStringLiteral("2026-11-21"), QStringLiteral("--as-of"), QStringLiteral("2026-11-21")},
            target);
    }
}

TEST_F(AppOutputs, AScreenshotOntoTheJournalOrItsFilesIsRefused) {
    for (const QString& target : journalsOwnFiles()) {
        SCOPED_TRACE(target.toStdString());
        expectRefused({QStringLiteral("--db"), journalPath(), QStringLiteral("--screenshot"),
                       target, QStringLiteral("--as-of"), QStringLiteral("2026-11-21")},
                      target);
    }
}

TEST_F(AppOutputs, AnotherNameIsWritten) {
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const Outcome outcome =
        runApp({QStringLiteral("--db"), journalPath(), QStringLiteral("--screenshot"), png,
                QStringLiteral("--as-of"), QStringLiteral("2026-11-21")});
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(QFile::exists(png));
}

}  // namespace
}  // namespace stridelog::gui

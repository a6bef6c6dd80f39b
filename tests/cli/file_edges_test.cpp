// SPDX-License-Identifier: GPL-3.0-or-later
// The file system's edges: a file named in bytes that are not UTF-8 imports when named on the
// command line, a new journal's folder is private whatever the umask, a killed backup's
// partial file goes with the next backup, and a full disk is called a full disk.

#include "cli_runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>
#include <cstdio>

namespace stridelog::cli::test {
namespace {

QStringList words(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

// Runs `script` with /bin/sh in the sandbox, `$CLI` being stridelog-cli: the only way to hand
// the program bytes that are not UTF-8, or a umask of its own.
Outcome shell(const CliSandbox& sandbox, const QString& script) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STRIDELOG_DB"));
    env.insert(QStringLiteral("CLI"), QStringLiteral(STRIDELOG_CLI_PATH));
    env.insert(QStringLiteral("STRIDELOG_NOW"), QString::fromLatin1(kNow));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    env.insert(QStringLiteral("HOME"), sandbox.path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), sandbox.path(QStringLiteral("xdg")));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(sandbox.dir());
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    Outcome outcome;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QByteArray fixture(const char* name) {
    QFile file(QStringLiteral(STRIDELOG_TEST_DATA_DIR "/import/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Writes `bytes` under a name given in raw bytes (not UTF-8) inside `folder`.
void writeRaw(const QString& folder, const QByteArray& name, const QByteArray& bytes) {
    const QByteArray path = QFile::encodeName(folder) + '/' + name;
    FILE* file = std::fopen(path.constData(), "wb");
    ASSERT_NE(file, nullptr);
    ASSERT_EQ(std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), file),
              static_cast<std::size_t>(bytes.size()));
    std::fclose(file);
}

TEST(FileEdges, AFileNamedInBytesThatAreNotUtf8ImportsFromTheCommandLine) {
    CliSandbox sandbox;
    writeRaw(sandbox.dir(), QByteArray("lauf_\xe4.gpx"), fixture("pauses_gpx11.gpx"));
    const Outcome outcome =
        shell(sandbox, QStringLiteral("exec \"$CLI\" --db journal.sqlite --json import "
                                      "\"$(printf 'lauf_\\344.gpx')\""));
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_EQ(sandbox.json(words("run list")).array().size(), 1);
    // Named as a terminal shows it, never by the descriptor it was read through.
    EXPECT_TRUE(QString::fromUtf8(outcome.out).contains(QString::fromUtf8("lauf_\xef\xbf\xbd.gpx")))
        << outcome.out.toStdString();
    EXPECT_FALSE(QString::fromUtf8(outcome.out).contains(QStringLiteral("/proc/")));
}

TEST(FileEdges, AFolderNamedInBytesThatAreNotUtf8ImportsFromTheCommandLine) {
    CliSandbox sandbox;
    ASSERT_EQ(::mkdir((QFile::encodeName(sandbox.dir()) + "/l\xe4ufe").constData(), 0700), 0);
    writeRaw(sandbox.dir(), QByteArray("l\xe4ufe/a.gpx"), fixture("pauses_gpx11.gpx"));
    const Outcome outcome =
        shell(sandbox,
              QStringLiteral("exec \"$CLI\" --db journal.sqlite import \"$(printf 'l\\344ufe')\""));
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_EQ(sandbox.json(words("run list")).array().size(), 1);
    EXPECT_FALSE(QString::fromUtf8(outcome.out).contains(QStringLiteral("/proc/")))
        << outcome.out.toStdString();
}

TEST(FileEdges, ANewJournalsFolderIsPrivateUnderUmask000) {
    CliSandbox sandbox;
    const Outcome outcome = shell(
        sandbox, QStringLiteral("umask 000; exec \"$CLI\" --db new/sub/journal.sqlite shoe add A"));
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_EQ(fileMode(sandbox.path(QStringLiteral("new"))), 0700);
    EXPECT_EQ(fileMode(sandbox.path(QStringLiteral("new/sub"))), 0700);
    EXPECT_EQ(fileMode(sandbox.path(QStringLiteral("new/sub/journal.sqlite"))), 0600);
}

TEST(FileEdges, TheNextBackupRemovesAKilledBackupsPartialFile) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Ghost")});
    // A process that has ended: its pid names nobody now.
    QProcess ended;
    ended.start(QStringLiteral("/bin/true"));
    ASSERT_TRUE(ended.waitForFinished());
    const qint64 gone = ended.processId() > 0 ? ended.processId() : 999'999'999;
    const QString stale =
        sandbox.path(QStringLiteral(".out.sqlite.%1-0.partial").arg(QStringLiteral("999999999")));
    const QString alsoStale = sandbox.path(QStringLiteral(".out.sqlite.%1-0.partial").arg(gone));
    // One of a process that still runs (this test) is another backup being written: it stays.
    const QString running = sandbox.path(
        QStringLiteral(".out.sqlite.%1-0.partial").arg(QCoreApplication::applicationPid()));
    for (const QString& partial : {stale, alsoStale, running}) {
        QFile file(partial);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const Outcome outcome =
        sandbox.json({QStringLiteral("backup"), sandbox.path(QStringLiteral("out.sqlite"))});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(stale));
    EXPECT_FALSE(QFileInfo::exists(alsoStale));
    EXPECT_TRUE(QFileInfo::exists(running));
    EXPECT_TRUE(QFileInfo::exists(sandbox.path(QStringLiteral("out.sqlite"))));
}

// A 1 MB tmpfs in the sandbox, filled to its last byte; needs root to mount.
class FullDisk : public ::testing::Test {
protected:
    void SetUp() override {
        if (::geteuid() != 0) GTEST_SKIP() << "mounting a small file system needs root";
        ASSERT_TRUE(QDir().mkpath(full()));
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=1m"), QStringLiteral("tmpfs"), full()}) != 0) {
            GTEST_SKIP() << "cannot mount a tmpfs here";
        }
        mounted_ = true;
        addShoe(sandbox, {QStringLiteral("Ghost")});
        addRun(sandbox, words("--date 2026-11-20 --distance 8 --duration 50m"));
        // A journal on the small disk, then the disk filled.
        ASSERT_EQ(sandbox
                      .raw({QStringLiteral("--db"), onFull(QStringLiteral("journal.sqlite")),
                            QStringLiteral("shoe"), QStringLiteral("add"), QStringLiteral("Ghost")})
                      .exitCode,
                  0);
        fill();
    }
    void TearDown() override {
        if (mounted_) QProcess::execute(QStringLiteral("umount"), {full()});
    }
    QString full() const { return sandbox.path(QStringLiteral("full")); }
    QString onFull(const QString& name) const { return full() + QLatin1Char('/') + name; }
    void fill() const {
        FILE* file =
            std::fopen(QFile::encodeName(onFull(QStringLiteral("fill"))).constData(), "wb");
        ASSERT_NE(file, nullptr);
        std::setvbuf(file, nullptr, _IONBF, 0);
        const QByteArray page(4096, 'x');
        while (std::fwrite(page.constData(), 1, 4096, file) == 4096) {
        }
        while (std::fwrite("x", 1, 1, file) == 1) {
        }
        std::fclose(file);
    }
    void expectDiskFull(const Outcome& outcome) const {
        EXPECT_NE(outcome.exitCode, 0);
        EXPECT_TRUE(outcome.errorText().contains(QStringLiteral("the disk is full")))
            << outcome.errorText().toStdString();
        EXPECT_FALSE(outcome.errorText().contains(QStringLiteral("disk I/O error")));
        EXPECT_FALSE(outcome.errorText().contains(QStringLiteral("Unknown error")));
    }

    CliSandbox sandbox;
    bool mounted_ = false;
};

TEST_F(FullDisk, ACommandOnAJournalThereSaysTheDiskIsFull) {
    expectDiskFull(
        sandbox.raw({QStringLiteral("--db"), onFull(QStringLiteral("journal.sqlite")),
                     QStringLiteral("run"), QStringLiteral("add"), QStringLiteral("--date"),
                     QStringLiteral("2026-11-20"), QStringLiteral("--distance"),
                     QStringLiteral("5"), QStringLiteral("--duration"), QStringLiteral("30m")}));
}

TEST_F(FullDisk, AnExportOrABackupThereSaysTheDiskIsFull) {
    expectDiskFull(
        sandbox.json({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--out"), onFull(QStringLiteral("export.json"))}));
    expectDiskFull(
        sandbox.json({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--out"), onFull(QStringLiteral("export.csv"))}));
    expectDiskFull(
        sandbox.json({QStringLiteral("backup"), onFull(QStringLiteral("backup.sqlite"))}));
    EXPECT_FALSE(QFileInfo::exists(onFull(QStringLiteral("export.json"))));
}

}  // namespace
}  // namespace stridelog::cli::test

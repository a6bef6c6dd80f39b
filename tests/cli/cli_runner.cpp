// SPDX-License-Identifier: GPL-3.0-or-later
// The test runner of cli_runner.h: QProcess on the built binary, synchronously.

#include "cli_runner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace stridelog::cli::test {

QJsonValue Outcome::json() const {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError) return QJsonValue(QJsonValue::Undefined);
    if (document.isArray()) return document.array();
    return document.object();
}

CliSandbox::CliSandbox() {
    EXPECT_TRUE(dir_.isValid());
}

Outcome CliSandbox::json(const QStringList& arguments) const {
    return raw(QStringList{QStringLiteral("--db"), journalPath(), QStringLiteral("--json")} +
               arguments);
}

Outcome CliSandbox::text(const QStringList& arguments) const {
    return raw(QStringList{QStringLiteral("--db"), journalPath()} + arguments);
}

Outcome CliSandbox::raw(const QStringList& arguments,
                        const QList<std::pair<QString, QString>>& environment) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STRIDELOG_DB"));
    env.insert(QStringLiteral("STRIDELOG_NOW"), QString::fromLatin1(kNow));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
    // English, whatever the machine's language, unless a test asks for another.
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const auto& [name, value] : environment) env.insert(name, value);

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir());
    process.start(QStringLiteral(STRIDELOG_CLI_PATH), arguments);
    Outcome outcome;
    if (!process.waitForFinished(60'000)) {
        ADD_FAILURE() << "stridelog-cli did not finish: "
                      << arguments.join(QLatin1Char(' ')).toStdString();
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QByteArray CliSandbox::journalFingerprint() const {
    return fileFingerprint(journalPath()) + fileFingerprint(journalPath() + QStringLiteral("-wal"));
}

QByteArray fileFingerprint(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return QByteArrayLiteral("(absent)");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

namespace {

qint64 addEntry(const CliSandbox& sandbox, const QStringList& arguments) {
    const Outcome outcome = sandbox.json(arguments);
    EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    return outcome.object().value(QStringLiteral("id")).toInteger(-1);
}

}  // namespace

qint64 addShoe(const CliSandbox& sandbox, const QStringList& arguments) {
    return addEntry(sandbox,
                    QStringList{QStringLiteral("shoe"), QStringLiteral("add")} + arguments);
}

qint64 addRun(const CliSandbox& sandbox, const QStringList& arguments) {
    return addEntry(sandbox, QStringList{QStringLiteral("run"), QStringLiteral("add")} + arguments);
}

qint64 addPain(const CliSandbox& sandbox, const QStringList& arguments) {
    return addEntry(sandbox,
                    QStringList{QStringLiteral("pain"), QStringLiteral("add")} + arguments);
}

void expectRejected(const CliSandbox& sandbox, const QStringList& arguments, int exitCode,
                    const QString& mention) {
    const QByteArray before = sandbox.journalFingerprint();
    const Outcome outcome = sandbox.json(arguments);
    const QString error = outcome.errorText();
    EXPECT_EQ(outcome.exitCode, exitCode) << error.toStdString();
    EXPECT_TRUE(outcome.out.isEmpty()) << outcome.out.toStdString();
    EXPECT_TRUE(error.startsWith(QStringLiteral("stridelog-cli: error: "))) << error.toStdString();
    EXPECT_TRUE(error.endsWith(QLatin1Char('\n')));
    EXPECT_EQ(error.count(QLatin1Char('\n')), 1) << error.toStdString();
    EXPECT_TRUE(error.contains(mention))
        << error.toStdString() << " should mention " << mention.toStdString();
    EXPECT_EQ(sandbox.journalFingerprint(), before) << "the journal changed";
}

int fileMode(const QString& path) {
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) return -1;
    return static_cast<int>(status.st_mode & 0777);
}

QStringList keysOf(const QJsonObject& object) {
    return sortedKeys(object.keys());
}

QStringList sortedKeys(QStringList keys) {
    keys.sort();
    return keys;
}

}  // namespace stridelog::cli::test

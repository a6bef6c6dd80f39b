// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real stridelog-cli for the end-to-end tests. Each CliSandbox is a temporary folder
// holding one journal; every run passes `--db` to it (unless asked not to), pins "now" to
// kNow through STRIDELOG_NOW, and points the default data folder into the sandbox so no test
// can touch a real journal.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <ostream>
#include <utility>

// Readable values in GoogleTest's failure messages.
inline void PrintTo(const QString& text, std::ostream* stream) {
    *stream << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray& bytes, std::ostream* stream) {
    *stream << '"' << bytes.toStdString() << '"';
}
inline void PrintTo(const QStringList& list, std::ostream* stream) {
    *stream << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

namespace stridelog::cli::test {

// A Saturday; Europe/Berlin is on CET (+01:00) then.
inline constexpr const char* kNow = "2026-11-21T12:00";

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonValue json() const;  // stdout parsed; Undefined when it is not JSON
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    QString errorText() const { return QString::fromUtf8(err); }
};

class CliSandbox {
public:
    CliSandbox();

    QString dir() const { return dir_.path(); }
    QString path(const QString& name) const { return dir_.filePath(name); }
    QString journalPath() const { return path(QStringLiteral("journal.sqlite")); }

    // `--db journal --json ARGS`.
    Outcome json(const QStringList& arguments) const;
    // `--db journal ARGS`: the readable output.
    Outcome text(const QStringList& arguments) const;
    // Exactly `arguments`, with `environment` added to the sandbox's.
    Outcome raw(const QStringList& arguments,
                const QList<std::pair<QString, QString>>& environment = {}) const;

    // SHA-256 of the journal and its -wal file, to prove a command wrote nothing.
    QByteArray journalFingerprint() const;

private:
    QTemporaryDir dir_;
};

QByteArray fileFingerprint(const QString& path);
// The permission bits of a file (0600), or -1 when it is missing.
int fileMode(const QString& path);

// Adds an entry through the CLI and returns its id; a failure fails the test.
qint64 addShoe(const CliSandbox& sandbox, const QStringList& arguments);
qint64 addRun(const CliSandbox& sandbox, const QStringList& arguments);
qint64 addPain(const CliSandbox& sandbox, const QStringList& arguments);

// The command fails with `exitCode`, prints nothing on stdout, one line
// `stridelog-cli: error: ...` mentioning `mention` on stderr, and leaves the journal's bytes
// as they were.
void expectRejected(const CliSandbox& sandbox, const QStringList& arguments, int exitCode,
                    const QString& mention);
// Sorted keys of a JSON object, to compare against CLI.md's lists.
QStringList keysOf(const QJsonObject& object);
QStringList sortedKeys(QStringList keys);

}  // namespace stridelog::cli::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_instance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace stridelog::gui {
namespace {

const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kDone = QByteArrayLiteral("raised\n");
constexpr int kConnectMs = 1000;
constexpr int kAnswerMs = 3000;

// Asks the app listening on `socket` to raise its window; false when nobody listens.
bool askToRaise(const QString& socket) {
    QLocalSocket client;
    client.connectToServer(socket);
    if (!client.waitForConnected(kConnectMs)) return false;
    client.write(kRaise);
    client.waitForBytesWritten(kConnectMs);
    // Its answer is awaited so the raise happens before this copy exits; a copy that cannot
    // answer still has the journal open, so this one hands over all the same.
    client.waitForReadyRead(kAnswerMs);
    return true;
}

bool someoneListens(const QString& socket) {
    QLocalSocket client;
    client.connectToServer(socket);
    const bool connected = client.waitForConnected(kConnectMs);
    client.abort();
    return connected;
}

}  // namespace

QString canonicalJournalPath(const QString& path) {
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty()) return canonical;
    // Not created yet: its folder may still be a link.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

JournalInstance::JournalInstance(const QString& folder, QObject* parent)
    : QObject(parent), folder_(folder) {
    if (folder_.isEmpty())
        folder_ = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder_.isEmpty()) folder_ = QDir::tempPath();
}

JournalInstance::~JournalInstance() = default;

QString JournalInstance::socketPath(const QString& journalPath) const {
    const QByteArray hash = QCryptographicHash::hash(canonicalJournalPath(journalPath).toUtf8(),
                                                     QCryptographicHash::Sha256);
    // Short enough for a socket path on every system.
    return QDir(folder_).filePath(
        QStringLiteral("stridelog-%1").arg(QString::fromLatin1(hash.toHex().left(24))));
}

JournalInstance::Outcome JournalInstance::start(const QString& journalPath) {
    const QString socket = socketPath(journalPath);
    QLockFile lock(socket + QStringLiteral(".lock"));
    lock.tryLock(kAnswerMs);  // without it, still better to go on than to refuse to start
    if (askToRaise(socket)) return Outcome::HandedOver;
    return listen(socket) ? Outcome::Claimed : Outcome::Failed;
}

void JournalInstance::follow(const QString& journalPath) {
    const QString socket = socketPath(journalPath);
    if (server_ && server_->fullServerName() == socket) return;
    delete server_;
    server_ = nullptr;
    QLockFile lock(socket + QStringLiteral(".lock"));
    lock.tryLock(kAnswerMs);
    if (!someoneListens(socket)) listen(socket);
}

bool JournalInstance::isListening() const {
    return server_ && server_->isListening();
}

bool JournalInstance::listen(const QString& socket) {
    delete server_;
    server_ = new QLocalServer(this);
    server_->setSocketOptions(QLocalServer::UserAccessOption);
    // Nobody answered on it: a socket file left there is stale (a copy that crashed).
    QLocalServer::removeServer(socket);
    if (!server_->listen(socket)) return false;
    connect(server_, &QLocalServer::newConnection, this, &JournalInstance::answer);
    return true;
}

void JournalInstance::answer() {
    while (QLocalSocket* client = server_->nextPendingConnection()) {
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            if (!client->readAll().contains(kRaise.trimmed())) return;
            Q_EMIT activationRequested();
            client->write(kDone);
            client->flush();
            client->disconnectFromServer();
        });
    }
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One app per journal. Each running `stridelog` listens on a local socket named after a hash
// of its journal's canonical path. A second `stridelog` started on the same journal finds
// that socket, asks the running app to bring its window to the front, and exits instead of
// opening the journal a second time; started on another journal, it finds nothing and opens
// normally.
//
//   stridelog #2 ──start(path)──► connect to socket(path) ──"raise"──► stridelog #1
//                                   │ nobody there (or a stale socket left by a crash)
//                                   └──► remove the stale socket, listen on it itself
//
// A lock file around "connect, else listen" keeps two copies started at the same moment from
// both listening. The sockets live in the user's runtime folder, so users do not meet.

#include <QObject>
#include <QString>

class QLocalServer;

namespace stridelog::gui {

class JournalInstance : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Claimed, HandedOver, Failed };

    // `folder`: where the sockets live; empty for the user's runtime folder.
    explicit JournalInstance(const QString& folder = {}, QObject* parent = nullptr);
    ~JournalInstance() override;

    // At start: hands over to the app that has `journalPath` open (it raises its window), or
    // claims the journal for this app.
    Outcome start(const QString& journalPath);
    // Another journal was opened in this app: from now on, that is the one it answers for
    // (unless another app already has it open).
    void follow(const QString& journalPath);
    bool isListening() const;
    QString socketPath(const QString& journalPath) const;

Q_SIGNALS:
    // A second `stridelog` on this journal asked for the window.
    void activationRequested();

private:
    bool listen(const QString& socket);
    void answer();

    QString folder_;
    QLocalServer* server_ = nullptr;
};

// The path that names a journal however it was given (relative, through a link, not yet
// created).
QString canonicalJournalPath(const QString& path);

}  // namespace stridelog::gui

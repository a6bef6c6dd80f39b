// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Notices that the open journal is no longer at its path (core/store/file_identity.h): its
// folder or file deleted, or the file replaced. Checked after every write, every few seconds
// and whenever the app comes back to the front; says so once, through lost(), so the window
// can offer to save the journal elsewhere before what is in the open file is lost.

#include "core/store/file_identity.h"

#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace stridelog::gui {

class JournalFileWatch : public QObject {
    Q_OBJECT

public:
    // Takes the identity of the file at `path` now: call it right after the journal is opened.
    explicit JournalFileWatch(QString path, QObject* parent = nullptr);

    // Whether the file is still there; emits lost() the first time it is not.
    bool check();
    bool isLost() const { return lost_; }
    const QString& path() const { return path_; }

Q_SIGNALS:
    void lost();

private:
    QString path_;
    std::optional<FileIdentity> opened_;
    QTimer* timer_ = nullptr;
    bool lost_ = false;
};

inline constexpr int kJournalFileCheckMs = 3000;

}  // namespace stridelog::gui

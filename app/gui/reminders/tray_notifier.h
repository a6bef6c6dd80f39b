// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shows the shoe reminders as desktop notifications through a system tray icon, where the
// desktop has a tray; elsewhere (and in screenshot mode, which has no display) it does nothing
// and the dashboard's banner is the reminder.

#include <QObject>
#include <QStringList>

class QSystemTrayIcon;

namespace stridelog::gui {

class TrayNotifier : public QObject {
    Q_OBJECT

public:
    explicit TrayNotifier(QObject* parent = nullptr);

    bool isAvailable() const { return tray_ != nullptr; }

public Q_SLOTS:
    void notify(const QStringList& lines);

private:
    QSystemTrayIcon* tray_ = nullptr;
};

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray_notifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace stridelog::gui {

TrayNotifier::TrayNotifier(QObject* parent) : QObject(parent) {
    if (!QSystemTrayIcon::isSystemTrayAvailable()) return;
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull()) icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
    tray_ = new QSystemTrayIcon(icon, this);
    tray_->setToolTip(tr("Stridelog"));
    tray_->show();
}

void TrayNotifier::notify(const QStringList& lines) {
    if (!tray_ || lines.isEmpty()) return;
    tray_->showMessage(tr("Shoe reminder"), lines.join(QLatin1Char('\n')),
                       QSystemTrayIcon::Information, 10000);
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every file dialog of the app. A file dialog shows each file's type; Qt's own (and a desktop's
// dialog loaded into this process) opens files it cannot name by their extension, such as the
// journal's `-wal` and `-shm`, to read their first bytes. Closing any descriptor of a file
// drops all of this process's POSIX locks on it, SQLite's included: another program then
// believes the journal is unused and deletes the WAL the app is still writing to. So these
// are Qt's dialogs, told to judge a file by its name alone.

#include <QString>
#include <QStringList>

class QWidget;

namespace stridelog::gui {

QString askOpenFile(QWidget* parent, const QString& caption, const QString& folder,
                    const QString& filter);
QStringList askOpenFiles(QWidget* parent, const QString& caption, const QString& folder,
                         const QString& filter);
// `selectedFilter`, when given, is the filter shown first and then the one the user chose.
QString askSaveFile(QWidget* parent, const QString& caption, const QString& path,
                    const QString& filter, QString* selectedFilter = nullptr);
QString askFolder(QWidget* parent, const QString& caption, const QString& folder);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_location.h"

#include <QDir>
#include <QStandardPaths>

namespace stridelog {

QString defaultJournalPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.sqlite"));
}

QString resolveJournalPath(const QString& explicitPath) {
    if (!explicitPath.isEmpty()) return explicitPath;
    const QString fromEnvironment = qEnvironmentVariable("STRIDELOG_DB");
    if (!fromEnvironment.isEmpty()) return fromEnvironment;
    return defaultJournalPath();
}

}  // namespace stridelog

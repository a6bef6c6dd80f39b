// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity_drop.h"

#include "core/io/import/activity_file.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace stridelog::gui {
namespace {

bool isImportable(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir()) return true;
    if (!info.isFile()) return false;
    return hasActivityFileName(info.fileName()) ||
           info.fileName().endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
}

}  // namespace

QStringList droppedActivityFiles(const QMimeData* mime) {
    QStringList files;
    if (!mime || !mime->hasUrls()) return files;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile()) continue;
        const QString path = url.toLocalFile();
        if (isImportable(path) && !files.contains(path)) files << path;
    }
    return files;
}

bool acceptsActivityDrop(const QMimeData* mime) {
    return !droppedActivityFiles(mime).isEmpty();
}

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_description.h"

#include "core/i18n/contexts.h"
#include "core/model/entry_words.h"

#include <QStringList>

namespace stridelog {

QString runTitle(const Run& run) {
    return ExportWords::tr("Run %1").arg(
        run.start.localDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString runDescription(const Run& run, const QString& shoeName) {
    QStringList lines;
    if (!run.notes.isEmpty()) lines << run.notes;
    if (!shoeName.isEmpty()) lines << ExportWords::tr("Shoe: %1").arg(shoeName);
    if (run.surface) lines << ExportWords::tr("Surface: %1").arg(words::label(*run.surface));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace stridelog

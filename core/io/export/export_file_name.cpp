// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_file_name.h"

#include "core/model/unit_text.h"

namespace stridelog {
namespace {

QString stem(const Run& run, UnitSystem units) {
    // The C locale: a file name is the same in every language.
    return QStringLiteral("%1_%2%3")
        .arg(run.start.localDateTime().toString(QStringLiteral("yyyy-MM-dd_HHmm")))
        .arg(distanceIn(run.distance, units), 0, 'f', 1)
        .arg(unitSymbol(units));
}

}  // namespace

QString exportFileName(const Run& run, UnitSystem units, const QString& extension) {
    return stem(run, units) + QLatin1Char('.') + extension;
}

QString ExportFileNames::next(const Run& run) {
    const QString base = stem(run, units_);
    QString name = base + QLatin1Char('.') + extension_;
    for (int copy = 2; taken_.contains(name); ++copy)
        name = QStringLiteral("%1_%2.%3").arg(base).arg(copy).arg(extension_);
    taken_.insert(name);
    return name;
}

}  // namespace stridelog

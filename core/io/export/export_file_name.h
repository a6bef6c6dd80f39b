// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The name of a run's exported file: its local start and distance in the runner's unit,
// `2026-11-21_0805_8.2km.gpx` or `2026-11-21_0805_5.1mi.tcx`. Two runs started in the same
// minute with the same distance get `_2`, `_3`… in the order they are exported.

#include "core/model/enums.h"
#include "core/model/run.h"

#include <QSet>
#include <QString>

namespace stridelog {

QString exportFileName(const Run& run, UnitSystem units, const QString& extension);

// Hands out the names of one export, each once.
class ExportFileNames {
public:
    ExportFileNames(UnitSystem units, QString extension)
        : units_(units), extension_(std::move(extension)) {}
    QString next(const Run& run);

private:
    UnitSystem units_;
    QString extension_;
    QSet<QString> taken_;
};

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an exported file says of its run in words: a title ("Run 2026-11-21 08:05", the local
// time where it was run) and a description of the run's notes, pair and surface, one a line,
// in the runner's language, for the program that reads the file to show.

#include "core/model/run.h"

#include <QString>

namespace stridelog {

QString runTitle(const Run& run);
// Empty when the run has no notes, pair or surface.
QString runDescription(const Run& run, const QString& shoeName);

}  // namespace stridelog

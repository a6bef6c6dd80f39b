// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File ▸ Export: the whole journal as JSON (everything; `restore` reads it back) or as one CSV
// table for spreadsheets, the same bytes as `stridelog-cli export`. The file is written to a
// temporary name and renamed, mode 0600, so a reader never sees half an export and nobody
// else can read it.

#include "core/model/expected.h"

#include <QString>

class QWidget;

namespace stridelog::gui {

class JournalSession;

enum class ExportFormat { Json, Csv };

// Writes the journal as it is now to `path`; the error is one sentence for the user.
Expected<QString> exportJournalTo(JournalSession& session, const QString& path,
                                  ExportFormat format);

// Asks where (a save dialog with JSON and CSV filters), writes, and says how it went.
void exportJournalInteractively(JournalSession& session, QWidget* parent);

}  // namespace stridelog::gui

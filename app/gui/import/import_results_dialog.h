// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an import did, file by file: the counts on top (imported, already in the journal,
// skipped, could not be read) and a table of file, status and the importer's one-sentence
// message, so a runner can see at once which watch file was refused and why.

#include "core/io/import/importer.h"

#include <QDialog>

class QTableWidget;

namespace stridelog::gui {

class ImportResultsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportResultsDialog(const ImportReport& report, QWidget* parent = nullptr);

    // "3 imported, 1 already in the journal, 0 skipped, 1 could not be read."
    static QString summary(const ImportReport& report);
};

// Opens the dialog without blocking (window-modal, deleted on close).
void showImportResults(const ImportReport& report, QWidget* parent);

}  // namespace stridelog::gui

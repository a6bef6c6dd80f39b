// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an import did, file by file: the counts on top (imported, already in the journal,
// skipped, could not be read) and a table of file, status and the importer's one-sentence
// message, so a runner can see at once which watch file was refused and why. Files go by
// their names (the full path is in the tooltip). When runs came in without a pair, it offers
// to give them one, as one undoable step.

#include "core/workflows/importer.h"

#include <vector>

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace stridelog::gui {

class JournalSession;

class ImportResultsDialog : public QDialog {
    Q_OBJECT

public:
    // Without a session there is no offer to assign a pair.
    explicit ImportResultsDialog(const ImportReport& report, QWidget* parent = nullptr,
                                 JournalSession* session = nullptr);

    // "3 imported, 1 already in the journal, 0 skipped, 1 could not be read."
    static QString summary(const ImportReport& report);
    // A result's message with the file's full path replaced by its name.
    static QString plainMessage(const ImportResult& result);

private:
    void addPairOffer(QLayout* layout, const ImportReport& report);
    void assignPair();

    JournalSession* session_ = nullptr;
    std::vector<RunId> unpaired_;
    QComboBox* pairs_ = nullptr;
    QPushButton* assign_ = nullptr;
    QLabel* pairNote_ = nullptr;
};

// Opens the dialog without blocking (window-modal, deleted on close).
void showImportResults(const ImportReport& report, QWidget* parent,
                       JournalSession* session = nullptr);

}  // namespace stridelog::gui

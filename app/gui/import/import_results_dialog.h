// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an import did, file by file: the counts on top (imported, already in the journal,
// skipped, could not be read) and the files grouped by outcome, errors first, each group
// with its count, so three unreadable files are not buried among a thousand skipped rides.
// Each line gives the file, the run (its date and distance in the runner's unit, never an id
// nobody sees) and what happened. Files go by their names (the full path is in the tooltip).
// When runs came in without a pair, it offers to give them one, as one undoable step; the
// count is of every run the import added, not only those the report names one by one.

#include "core/workflows/importer.h"

#include <vector>

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace stridelog::gui {

class JournalSession;

class ImportResultsDialog : public QDialog {
    Q_OBJECT

public:
    // Without a session there is no offer to assign a pair and runs are not named.
    // `addedRuns`: every run the import added (a long file's report names only its first ones).
    explicit ImportResultsDialog(const ImportReport& report, QWidget* parent = nullptr,
                                 JournalSession* session = nullptr,
                                 std::vector<RunId> addedRuns = {});

    // "3 imported, 1 already in the journal, 0 skipped, 1 could not be read."
    static QString summary(const ImportReport& report);
    // A result's message with the file's full path replaced by its name.
    static QString plainMessage(const ImportResult& result);

private:
    QTreeWidget* createResults(const ImportReport& report);
    // "2026-01-12 07:00, 5.00 km", or empty when the run is not in the journal.
    QString runName(std::optional<RunId> id) const;
    // What happened to the file, in words, with the run it repeats named by date and distance.
    QString whatHappened(const ImportResult& result) const;
    void addPairOffer(QLayout* layout, const ImportReport& report, std::vector<RunId> addedRuns);
    void assignPair();

    JournalSession* session_ = nullptr;
    std::vector<RunId> unpaired_;
    QComboBox* pairs_ = nullptr;
    QPushButton* assign_ = nullptr;
    QLabel* pairNote_ = nullptr;
};

// Opens the dialog without blocking (window-modal, deleted on close).
void showImportResults(const ImportReport& report, QWidget* parent,
                       JournalSession* session = nullptr, std::vector<RunId> addedRuns = {});

}  // namespace stridelog::gui

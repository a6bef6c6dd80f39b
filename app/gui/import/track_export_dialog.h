// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File ▸ Export ▸ Runs as GPX/TCX…: the runs selected in the runs table or those of a period,
// one file each in a folder (core/workflows/track_files.h), with progress and Cancel for
// thousands. The export runs on the GUI thread and lets events through after each run, so
// Cancel is heard between two files: a file is either complete or not there. The result says
// in words how many were written, how many had no track and went out as their summary only,
// and where. A folder of the journal's own is refused before anything is written.

#include <QDialog>

#include "core/model/ids.h"

#include <atomic>
#include <cstddef>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace stridelog::gui {

class JournalSession;

class TrackExportDialog : public QDialog {
    Q_OBJECT

public:
    // `selected`: the runs selected in the runs table (may be empty: then a period only).
    TrackExportDialog(JournalSession& session, std::vector<RunId> selected,
                      QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    QString resultText() const;

Q_SIGNALS:
    // After each run written, for the progress bar (and tests).
    void progressed(std::size_t done, std::size_t total);

private:
    void exportRuns();
    void chooseFolder();
    std::vector<RunId> runsChosen() const;

    JournalSession& session_;
    std::vector<RunId> selected_;
    QComboBox* format_ = nullptr;
    QRadioButton* selectedRuns_ = nullptr;
    QRadioButton* period_ = nullptr;
    QDateEdit* from_ = nullptr;
    QDateEdit* to_ = nullptr;
    QLineEdit* folder_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* export_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QLabel* result_ = nullptr;
    std::atomic<bool> cancelRequested_{false};
};

}  // namespace stridelog::gui

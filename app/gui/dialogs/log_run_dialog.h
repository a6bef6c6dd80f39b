// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Ctrl+N: log a run, and in the same dialog any knee pain after it; or edit a logged run.
//
// Distances are typed in the `units` setting (a bare "6.3" is miles when units is mi) or with
// a unit as the CLI accepts them; durations as the CLI accepts them. The pace updates as the
// user types, and a preview below the fields says what saving would trigger (run_preview.h),
// refreshed 150 ms after the last keystroke. Save validates the run and the pain entry with
// core/model/validation.h; a refused value is marked on its field with what is accepted and
// nothing is written. A new run with pain is saved as one undo step (a macro of the two
// edits), so one Ctrl+Z takes back both.

#include "field_errors.h"

#include "app/gui/session/journal_session.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace stridelog::gui {

class PainFields;

class LogRunDialog : public QDialog {
    Q_OBJECT

public:
    // `existing`: the run to edit (the pain section is then hidden; pain has its own page).
    LogRunDialog(JournalSession& session, std::optional<Run> existing, QWidget* parent = nullptr);

    // The id saved, once accepted.
    std::optional<RunId> savedId() const { return savedId_; }
    // Tries to save; false (dialog stays open) when a field was refused or the store failed.
    bool save();
    PainFields* painFields() const { return painFields_; }

private:
    void createRunFields();
    void createPainSection();
    QWidget* createRunForm();
    void layOut();
    void fillShoes();
    void setRun(const Run& run);
    void updatePace();
    void updatePreview();
    // The run as entered, or empty (and, when `mark`, the field marked) if it cannot be read.
    std::optional<Run> readRun(bool mark);
    std::optional<PainEntry> readPain(const Run& run, bool mark);
    bool store(const Run& run, const std::optional<PainEntry>& pain);
    UnitSystem units() const;

    JournalSession& session_;
    std::optional<Run> existing_;
    std::optional<RunId> savedId_;
    FieldErrors errors_;
    QDateTimeEdit* when_ = nullptr;
    QLineEdit* distance_ = nullptr;
    QLineEdit* duration_ = nullptr;
    QLabel* pace_ = nullptr;
    QComboBox* shoe_ = nullptr;
    QComboBox* surface_ = nullptr;
    QComboBox* type_ = nullptr;
    QCheckBox* hilly_ = nullptr;
    QSpinBox* rpe_ = nullptr;
    QSpinBox* cadence_ = nullptr;
    QSpinBox* heartRate_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
    QGroupBox* painGroup_ = nullptr;
    PainFields* painFields_ = nullptr;
    QLabel* preview_ = nullptr;
    QTimer* previewTimer_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace stridelog::gui

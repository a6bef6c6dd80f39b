// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Ctrl+N: log a run, and in the same dialog any knee pain after it; or edit a logged run
// with the knee pain linked to it (a double-click in the runs table).
//
// Keyboard: the dialog opens with the cursor in Distance, dated now; Tab goes to Duration, and
// Return saves. Tab follows the fields as they are shown. The fields sit in a scrolling body
// and the preview in a fixed, scrolling area, so nothing moves while the preview grows and
// Save stays reachable on a small or scaled screen (edit_dialog.h).
//
// Distances are typed in the `units` setting (a bare "6.3" is miles when units is mi) or with
// a unit as the CLI accepts them; durations as the CLI accepts them. The pace updates as the
// user types, and a preview below the fields says what saving would trigger (run_preview.h),
// refreshed 150 ms after the last keystroke. Every change checks the fields with
// core/model/validation.h: a refused value (a date after tomorrow, a distance of 401 km) is
// marked on its field at once, with what is accepted, and the mark goes when it is fixed; Save
// writes nothing while a mark stands. A run with its pain is saved as one undo step (a macro
// of the edits), so one Ctrl+Z takes back both.
//
// The pain has a start of its own ("Pain began"): pain that came on after the run began when
// the run ended, so its default is the run's end for onset "after" (never later than now) and the
// run's start for the others; it follows the run's time, duration and the onset until the runner
// edits it. A linked pain being edited keeps its own start.
//
// The knee's two ratings of the run (worst during, about an hour after) open blank and stay
// NULL unless the runner gives them; during a programme of the way back the line under them
// names its limits as core's R16 status holds them.

#include "edit_dialog.h"
#include "field_errors.h"

#include "app/gui/session/journal_session.h"

#include <QDateTime>
#include <QSet>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace stridelog::gui {

class DateTimeField;
class PainFields;
class PainRatingField;

class LogRunDialog : public EditDialog {
    Q_OBJECT

public:
    // `existing`: the run to edit; its linked knee pain (the first, if several) is shown in
    // the pain section and saved with it.
    LogRunDialog(JournalSession& session, std::optional<Run> existing, QWidget* parent = nullptr);

    // The id saved, once accepted.
    std::optional<RunId> savedId() const { return savedId_; }
    // Tries to save; false (dialog stays open) when a field was refused or the store failed.
    bool save();
    PainFields* painFields() const { return painFields_; }

private:
    void createRunFields();
    void createPainSection();
    void createRatingFields();
    QWidget* createRunForm();
    void layOut();
    void fillShoes();
    void setRun(const Run& run);
    void updatePace();
    void updatePreview();
    // Marks what is refused now and clears what was fixed (on every change).
    void checkLive();
    void fieldChanged();
    // The run as entered, or empty (and, when `mark`, the field marked) if it cannot be read.
    std::optional<Run> readRun(bool mark);
    // What a distance or duration that cannot be read should look like.
    QString readProblem(const QString& field) const;
    std::optional<PainEntry> readPain(const Run& run);
    // When the pain began by default: the run's end for onset "after", else its start.
    std::optional<QDateTime> defaultPainStart() const;
    void followRunWithPainStart();
    bool store(const Run& run, const std::optional<PainEntry>& pain);
    UnitSystem units() const;

    JournalSession& session_;
    std::optional<Run> existing_;
    std::optional<PainEntry> existingPain_;
    std::optional<RunId> savedId_;
    FieldErrors errors_;
    // Fields the user has typed in: an empty or half-typed value is marked only then.
    QSet<QString> touched_;
    bool saveTried_ = false;
    DateTimeField* when_ = nullptr;
    QLineEdit* distance_ = nullptr;
    QLineEdit* duration_ = nullptr;
    QLabel* pace_ = nullptr;
    QComboBox* shoe_ = nullptr;
    QComboBox* surface_ = nullptr;
    QComboBox* type_ = nullptr;
    QCheckBox* hilly_ = nullptr;
    QSpinBox* rpe_ = nullptr;
    PainRatingField* painDuring_ = nullptr;
    PainRatingField* painAfter_ = nullptr;
    QLabel* ratingCeiling_ = nullptr;  // shown during a programme: core's R16 limits
    QSpinBox* cadence_ = nullptr;
    QSpinBox* heartRate_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
    QGroupBox* painGroup_ = nullptr;
    PainFields* painFields_ = nullptr;
    DateTimeField* painStart_ = nullptr;
    // Set once the runner types in "Pain began": it stops following the run.
    bool painStartEdited_ = false;
    bool settingPainStart_ = false;
    QDateTime startForStillThere_;  // the pain start "Still there" was last judged by
    QLabel* preview_ = nullptr;
    QScrollArea* previewArea_ = nullptr;
    QTimer* previewTimer_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace stridelog::gui

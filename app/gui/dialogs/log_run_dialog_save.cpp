// SPDX-License-Identifier: GPL-3.0-or-later
// LogRunDialog: reading the fields into a Run and a PainEntry, validating and saving them.

#include "dialog_widgets.h"

#include "log_run_dialog.h"
#include "pain_fields.h"

#include "app/gui/session/journal_edits.h"
#include "app/gui/widgets/date_time_field.h"
#include "app/gui/widgets/pain_rating_field.h"

#include "core/model/unit_text.h"
#include "core/model/validation.h"
#include "core/model/value_parsing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace stridelog::gui {
namespace {

// The pain's date is its own field here; the run's is "date".
QString painErrorField(const QString& field) {
    return field == QStringLiteral("date") ? QStringLiteral("painDate") : field;
}

template <class E>
std::optional<E> comboValue(const QComboBox* combo) {
    return fromString<E>(combo->currentData().toString());
}

}  // namespace

QString LogRunDialog::readProblem(const QString& field) const {
    if (field == QStringLiteral("distance")) {
        // The limit comes from the store's constant, so the sentence cannot drift from the rule.
        return tr("Distance must be a number like 10.2 (in %1), or with its unit: 10.2km, 6.3mi, "
                  "800m; more than 0 and at most %2 km")
            .arg(unitSymbol(units()))
            .arg(limits::kMaxDistanceMetres / 1000);
    }
    return tr("Duration must be like 55:10, 1:02:03, 45m or 1h2m; more than 0 and at most %1 "
              "hours")
        .arg(limits::kMaxDurationSeconds / 3600);
}

std::optional<Run> LogRunDialog::readRun(bool mark) {
    const QDateTime start = when_->dateTime();
    if (!start.isValid()) {
        if (mark) errors_.mark(QStringLiteral("date"), when_->problem());
        return std::nullopt;
    }
    const auto distance = parseDistance(distance_->text(), units(), QLocale());
    if (!distance) {
        if (mark) errors_.mark(QStringLiteral("distance"), readProblem(QStringLiteral("distance")));
        return std::nullopt;
    }
    const auto duration = parseDuration(duration_->text());
    if (!duration) {
        if (mark) errors_.mark(QStringLiteral("duration"), readProblem(QStringLiteral("duration")));
        return std::nullopt;
    }
    Run run = existing_.value_or(Run{});
    run.start = Instant::fromLocal(start);
    run.distance = *distance;
    run.duration = *duration;
    const std::int64_t shoe = shoe_->currentData().toLongLong();
    run.shoe = shoe > 0 ? std::optional<ShoeId>(ShoeId(shoe)) : std::nullopt;
    run.surface = comboValue<Surface>(surface_);
    run.type = comboValue<RunType>(type_);
    run.hilly = hilly_->isChecked();
    run.rpe = optionalValue(rpe_);
    run.cadence = optionalValue(cadence_);
    run.heartRate = optionalValue(heartRate_);
    run.painDuring = painDuring_->value();
    run.painAfter = painAfter_->value();
    run.notes = notes_->toPlainText();
    return run;
}

std::optional<PainEntry> LogRunDialog::readPain(const Run& run) {
    // Nothing is assessed until the runner has said where and how long.
    if (!painGroup_->isChecked() || !painFields_->isComplete()) return std::nullopt;
    // The pain starts when "Pain began" says (by default when the run ended, for pain after
    // it); a half-typed start reads as the run's, and is marked on its field.
    const QDateTime began = painStart_->dateTime();
    PainEntry pain = painFields_->pain(began.isValid() ? Instant::fromLocal(began) : run.start);
    if (existingPain_) {
        pain.id = existingPain_->id;
        pain.notes = existingPain_->notes;
    }
    pain.run = run.id;
    return pain;
}

bool LogRunDialog::save() {
    saveTried_ = true;
    errors_.clear();
    const auto run = readRun(true);
    if (!run) return false;
    const QDate today = session_.now().localDate();
    if (const auto error = validateRun(*run, today)) {
        errors_.mark(error->field, error->message, QStringLiteral("duration"));
        return false;
    }
    std::optional<PainEntry> pain;
    if (painGroup_->isChecked()) {
        if (!painFields_->checkComplete(errors_)) return false;
        if (const QString problem = painStart_->problem(); !problem.isEmpty()) {
            errors_.mark(QStringLiteral("painDate"), problem);
            return false;
        }
        pain = readPain(*run);
        if (const auto error = validatePain(*pain, today)) {
            errors_.mark(painErrorField(error->field), error->message, QStringLiteral("intensity"));
            return false;
        }
    }
    return store(*run, pain);
}

bool LogRunDialog::store(const Run& run, const std::optional<PainEntry>& pain) {
    QUndoStack& stack = session_.undoStack();
    const bool withPain = pain || existingPain_;
    if (withPain) {
        stack.beginMacro(existing_ ? tr("Edit run and its knee pain")
                                   : tr("Log run with knee pain"));
    }
    std::optional<RunId> id;
    if (existing_) {
        if (edits::changeRun(session_, run)) id = run.id;
    } else {
        id = edits::logRun(session_, run);
    }
    bool painSaved = true;
    if (id && pain && existingPain_) {
        painSaved = edits::changePain(session_, *pain);
    } else if (id && pain) {
        PainEntry linked = *pain;
        linked.run = *id;
        painSaved = edits::logPain(session_, linked).has_value();
    } else if (id && existingPain_) {
        // The box was unticked: the pain entry goes (Ctrl+Z brings it back with the run).
        painSaved = edits::deletePain(session_, existingPain_->id);
    }
    if (withPain) stack.endMacro();
    if (!id || !painSaved) return false;
    savedId_ = *id;
    return true;
}

}  // namespace stridelog::gui

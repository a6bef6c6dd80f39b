// SPDX-License-Identifier: GPL-3.0-or-later
// LogRunDialog: reading the fields into a Run and a PainEntry, validating and saving them.

#include "dialog_widgets.h"
#include "log_run_dialog.h"
#include "pain_fields.h"

#include "app/gui/models/unit_format.h"
#include "app/gui/session/journal_edits.h"

#include "core/model/validation.h"
#include "core/model/value_parsing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace stridelog::gui {
namespace {

template <class E>
std::optional<E> comboValue(const QComboBox* combo) {
    return fromString<E>(combo->currentData().toString());
}

}  // namespace

std::optional<Run> LogRunDialog::readRun(bool mark) {
    const auto distance = parseDistanceIn(distance_->text(), units());
    if (!distance) {
        if (mark) {
            errors_.mark(QStringLiteral("distance"),
                         tr("Distance must be a number like 10.2 (in %1), or with its unit: "
                            "10.2km, 6.3mi, 800m; more than 0 and at most 400 km")
                             .arg(unitSuffix(units())));
        }
        return std::nullopt;
    }
    const auto duration = parseDuration(duration_->text());
    if (!duration) {
        if (mark) {
            errors_.mark(QStringLiteral("duration"),
                         tr("Duration must be like 55:10, 1:02:03, 45m or 1h2m; more than 0 and "
                            "at most 72 hours"));
        }
        return std::nullopt;
    }
    Run run = existing_.value_or(Run{});
    run.start = Instant::fromLocal(when_->dateTime());
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
    run.notes = notes_->toPlainText();
    return run;
}

std::optional<PainEntry> LogRunDialog::readPain(const Run& run, bool mark) {
    if (existing_ || !painGroup_->isChecked()) return std::nullopt;
    if (mark && !painFields_->checkSite(errors_)) return std::nullopt;
    // The pain is logged as starting when the run did; its onset says when it came on.
    return painFields_->pain(run.start);
}

bool LogRunDialog::save() {
    errors_.clear();
    const auto run = readRun(true);
    if (!run) return false;
    const QDate today = session_.now().localDate();
    if (const auto error = validateRun(*run, today)) {
        errors_.mark(error->field, error->message, QStringLiteral("duration"));
        return false;
    }
    std::optional<PainEntry> pain;
    if (!existing_ && painGroup_->isChecked()) {
        pain = readPain(*run, true);
        if (!pain) return false;
        if (const auto error = validatePain(*pain, today)) {
            errors_.mark(error->field, error->message, QStringLiteral("intensity"));
            return false;
        }
    }
    return store(*run, pain);
}

bool LogRunDialog::store(const Run& run, const std::optional<PainEntry>& pain) {
    if (existing_) {
        if (!edits::changeRun(session_, run)) return false;
        savedId_ = run.id;
        return true;
    }
    QUndoStack& stack = session_.undoStack();
    if (pain) stack.beginMacro(tr("Log run with knee pain"));
    const auto id = edits::logRun(session_, run);
    if (id && pain) {
        PainEntry linked = *pain;
        linked.run = *id;
        edits::logPain(session_, linked);
    }
    if (pain) stack.endMacro();
    if (!id) return false;
    savedId_ = *id;
    return true;
}

}  // namespace stridelog::gui

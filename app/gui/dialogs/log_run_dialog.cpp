// SPDX-License-Identifier: GPL-3.0-or-later
#include "log_run_dialog.h"

#include "dialog_widgets.h"
#include "pain_fields.h"
#include "run_preview.h"

#include "app/gui/models/entry_labels.h"
#include "app/gui/widgets/date_time_field.h"
#include "app/gui/widgets/pain_rating_field.h"
#include "app/gui/widgets/quiet_label.h"

#include "core/model/entry_words.h"
#include "core/model/unit_text.h"
#include "core/model/validation.h"
#include "core/model/value_parsing.h"
#include "core/rules/entry_preview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace stridelog::gui {

namespace {

// The pain entry linked to `run` (the earliest, when several are).
std::optional<PainEntry> linkedPain(const JournalSnapshot& journal, RunId run) {
    for (const PainEntry& pain : journal.pains) {
        if (pain.run == run) return pain;
    }
    return std::nullopt;
}

}  // namespace

LogRunDialog::LogRunDialog(JournalSession& session, std::optional<Run> existing, QWidget* parent)
    : EditDialog(parent), session_(session), existing_(std::move(existing)) {
    setObjectName(QStringLiteral("logRunDialog"));
    setWindowTitle(existing_ ? tr("Edit run") : tr("Log a run"));
    setStyleSheet(FieldErrors::styleSheet(palette()));
    // First: every field's change restarts it.
    previewTimer_ = new QTimer(this);
    previewTimer_->setSingleShot(true);
    previewTimer_->setInterval(150);
    connect(previewTimer_, &QTimer::timeout, this, &LogRunDialog::updatePreview);
    createRunFields();
    createRatingFields();
    createPainSection();
    layOut();
    fillShoes();
    if (existing_) {
        existingPain_ = linkedPain(session_.evaluation().journal, existing_->id);
        setRun(*existing_);
    }
    if (existingPain_) {
        painGroup_->setChecked(true);
        painFields_->setPain(*existingPain_);
        const QScopedValueRollback setting(settingPainStart_, true);
        painStart_->setDateTime(existingPain_->start.localDateTime());
        painStartEdited_ = true;  // its own start, whatever the run's time becomes
    }
    followRunWithPainStart();
    updatePace();
    updatePreview();
    checkLive();
    distance_->setFocus();
    rememberCleanState();
}

UnitSystem LogRunDialog::units() const {
    return session_.evaluation().journal.settings.units;
}

void LogRunDialog::createRunFields() {
    when_ = new DateTimeField(DateTimeField::Parts::DateAndTime, this);
    when_->setObjectName(QStringLiteral("runStart"));
    when_->setDateTime(session_.now().localDateTime());
    when_->setAccessibleName(tr("Date and time of the run"));
    distance_ = new QLineEdit(this);
    distance_->setObjectName(QStringLiteral("runDistance"));
    distance_->setAccessibleName(tr("Distance in %1").arg(unitSymbol(units())));
    distance_->setPlaceholderText(units() == UnitSystem::Miles ? tr("e.g. 6.2") : tr("e.g. 10.2"));
    duration_ = new QLineEdit(this);
    duration_->setObjectName(QStringLiteral("runDuration"));
    duration_->setAccessibleName(tr("Duration"));
    duration_->setPlaceholderText(tr("e.g. 55:10 or 1:02:03"));
    pace_ = new QLabel(this);
    pace_->setObjectName(QStringLiteral("runPace"));
    pace_->setAccessibleName(tr("Pace"));
    shoe_ = new QComboBox(this);
    shoe_->setObjectName(QStringLiteral("runShoe"));
    shoe_->setAccessibleName(tr("Shoe"));
    surface_ = optionalEnumCombo<Surface>(this, QStringLiteral("runSurface"), tr("Surface"),
                                          &words::label);
    type_ =
        optionalEnumCombo<RunType>(this, QStringLiteral("runType"), tr("Run type"), &words::label);
    hilly_ = new QCheckBox(tr("&Hilly"), this);
    hilly_->setObjectName(QStringLiteral("runHilly"));
    rpe_ = optionalSpinBox(this, QStringLiteral("runRpe"), tr("Perceived exertion from 1 to 10"), 1,
                           10);
    cadence_ = optionalSpinBox(this, QStringLiteral("runCadence"),
                               tr("Cadence in steps per minute"), 60, 260);
    cadence_->setSuffix(tr(" spm"));
    heartRate_ = optionalSpinBox(this, QStringLiteral("runHeartRate"),
                                 tr("Average heart rate in beats per minute"), 30, 250);
    heartRate_->setSuffix(tr(" bpm"));
    notes_ = new QPlainTextEdit(this);
    notes_->setObjectName(QStringLiteral("runNotes"));
    notes_->setAccessibleName(tr("Notes"));
    notes_->setTabChangesFocus(true);
    notes_->setFixedHeight(notes_->fontMetrics().lineSpacing() * 4 + 12);

    connect(distance_, &QLineEdit::textEdited, this,
            [this] { touched_.insert(QStringLiteral("distance")); });
    connect(duration_, &QLineEdit::textEdited, this,
            [this] { touched_.insert(QStringLiteral("duration")); });
    connect(distance_, &QLineEdit::textChanged, this, &LogRunDialog::fieldChanged);
    connect(duration_, &QLineEdit::textChanged, this, &LogRunDialog::fieldChanged);
    connect(when_, &DateTimeField::changed, this, &LogRunDialog::fieldChanged);
    connect(shoe_, &QComboBox::currentIndexChanged, this, &LogRunDialog::fieldChanged);
    connect(surface_, &QComboBox::currentIndexChanged, this, &LogRunDialog::fieldChanged);
    connect(type_, &QComboBox::currentIndexChanged, this, &LogRunDialog::fieldChanged);
    connect(hilly_, &QCheckBox::toggled, this, &LogRunDialog::fieldChanged);
    for (QSpinBox* box : {rpe_, cadence_, heartRate_})
        connect(box, &QSpinBox::valueChanged, this, &LogRunDialog::fieldChanged);
    connect(notes_, &QPlainTextEdit::textChanged, this, &LogRunDialog::fieldChanged);
}

void LogRunDialog::createRatingFields() {
    painDuring_ = new PainRatingField(QStringLiteral("runPainDuring"),
                                      tr("Worst knee pain during the run, 0 to 10"), this);
    painAfter_ = new PainRatingField(QStringLiteral("runPainAfter"),
                                     tr("Knee pain about an hour after the run, 0 to 10"), this);
    connect(painDuring_, &PainRatingField::changed, this, &LogRunDialog::fieldChanged);
    connect(painAfter_, &PainRatingField::changed, this, &LogRunDialog::fieldChanged);
    ratingCeiling_ = new QLabel(this);
    ratingCeiling_->setObjectName(QStringLiteral("ratingCeiling"));
    ratingCeiling_->setWordWrap(true);
    quieten(ratingCeiling_);
    // The limits are core's (R16), as of now; without an active programme there are none.
    const auto& comeback = session_.evaluation().comeback;
    if (!comeback || comeback->state != ComebackState::Active) {
        ratingCeiling_->hide();
        return;
    }
    const QString during =
        tr("The limit on the way back is %1/10 during a run").arg(comeback->ceilingDuring);
    ratingCeiling_->setText(
        comeback->ceilingAfter
            ? tr("%1, and %2/10 an hour after.").arg(during).arg(*comeback->ceilingAfter)
            : tr("%1, and no more than your usual an hour after.").arg(during));
}

void LogRunDialog::fieldChanged() {
    if (!painFields_ || !preview_) return;  // still being built
    followRunWithPainStart();
    updatePace();
    checkLive();
    previewTimer_->start();
}

void LogRunDialog::createPainSection() {
    painGroup_ = new QGroupBox(tr("&Knee pain after this run?"), this);
    painGroup_->setObjectName(QStringLiteral("painGroup"));
    painGroup_->setCheckable(true);
    painGroup_->setChecked(false);
    painFields_ = new PainFields(painGroup_);
    painFields_->addErrorFields(errors_);
    painStart_ = new DateTimeField(DateTimeField::Parts::DateAndTime, painFields_);
    painStart_->setObjectName(QStringLiteral("painStart"));
    painStart_->setAccessibleName(tr("When the pain began"));
    auto* startLabel = new QLabel(tr("Pain &began:"), painFields_);
    startLabel->setBuddy(painStart_);
    painFields_->form()->insertRow(0, startLabel,
                                   withErrorLine(painStart_, errors_, QStringLiteral("painDate")));
    connect(painStart_, &DateTimeField::changed, this, [this] {
        if (!settingPainStart_) painStartEdited_ = true;
        fieldChanged();
    });
    auto* layout = new QVBoxLayout(painGroup_);
    layout->addWidget(painFields_);
    connect(painGroup_, &QGroupBox::toggled, this, &LogRunDialog::fieldChanged);
    connect(painFields_, &PainFields::changed, this, &LogRunDialog::fieldChanged);
}

QWidget* LogRunDialog::createRunForm() {
    auto* box = new QGroupBox(tr("Run"), this);
    auto* form = new QFormLayout(box);
    auto addRow = [&](const QString& label, QWidget* field, const QString& errorName = {}) {
        auto* text = new QLabel(label, box);
        text->setBuddy(field);
        form->addRow(text, errorName.isEmpty() ? field : withErrorLine(field, errors_, errorName));
    };
    addRow(tr("&When:"), when_, QStringLiteral("date"));
    auto* distanceRow = new QWidget(box);
    auto* distanceLayout = new QHBoxLayout(distanceRow);
    distanceLayout->setContentsMargins(0, 0, 0, 0);
    distanceLayout->addWidget(distance_, 1);
    distanceLayout->addWidget(new QLabel(unitSymbol(units()), distanceRow));
    auto* distanceLabel = new QLabel(tr("&Distance:"), box);
    distanceLabel->setBuddy(distance_);
    form->addRow(distanceLabel, distanceRow);
    // The error line goes under the row, registered against the line edit itself.
    form->addRow(QString(), [&] {
        QLabel* label = errors_.createLabel(box, QStringLiteral("distanceError"));
        errors_.add(QStringLiteral("distance"), distance_, label);
        return label;
    }());
    addRow(tr("D&uration:"), duration_, QStringLiteral("duration"));
    form->addRow(tr("Pace:"), pace_);
    addRow(tr("Sh&oe:"), shoe_);
    addRow(tr("Sur&face:"), surface_);
    form->addRow(QString(), hilly_);
    addRow(tr("T&ype:"), type_);
    addRow(tr("R&PE (1–10):"), rpe_, QStringLiteral("rpe"));
    for (auto [label, field] : {std::pair{tr("Pain during e&xercise:"), painDuring_},
                                std::pair{tr("Pain about &1 hour after:"), painAfter_}}) {
        auto* text = new QLabel(label, box);
        text->setBuddy(field->spinBox());
        form->addRow(text, field);
    }
    form->addRow(QString(), ratingCeiling_);
    addRow(tr("&Cadence:"), cadence_, QStringLiteral("cadence"));
    addRow(tr("Heart r&ate:"), heartRate_, QStringLiteral("hr"));
    addRow(tr("&Notes:"), notes_, QStringLiteral("notes"));
    return box;
}

void LogRunDialog::layOut() {
    auto* content = new QWidget(this);
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(createRunForm(), 1, Qt::AlignTop);
    painGroup_->setParent(content);
    columns->addWidget(painGroup_, 1, Qt::AlignTop);
    // The preview is as tall as a few warnings and scrolls beyond: it never pushes the form.
    auto* previewBox = new QGroupBox(tr("Before you save"), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    preview_ = new QLabel(previewBox);
    preview_->setObjectName(QStringLiteral("runPreview"));
    preview_->setAccessibleName(tr("What this run would trigger"));
    preview_->setWordWrap(true);
    preview_->setTextFormat(Qt::RichText);
    preview_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    preview_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    previewArea_ = new QScrollArea(previewBox);
    previewArea_->setObjectName(QStringLiteral("previewArea"));
    previewArea_->setWidget(preview_);
    previewArea_->setWidgetResizable(true);
    previewArea_->setFrameShape(QFrame::NoFrame);
    previewArea_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    previewArea_->setFixedHeight(preview_->fontMetrics().lineSpacing() * 4 + 6);
    previewLayout->addWidget(previewArea_);
    buttons_ = saveCancelButtons(this, [this] { return save(); });
    buttons_->setObjectName(QStringLiteral("buttons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new ScrollingBody(content, this), 1);
    layout->addWidget(previewBox);
    layout->addWidget(buttons_);
    setTabChain({when_->dateEdit(), when_->lastPart(), distance_, duration_, shoe_, surface_,
                 hilly_, type_, rpe_, painDuring_->spinBox(), painAfter_->spinBox(), cadence_,
                 heartRate_, notes_, painGroup_, painStart_->dateEdit(), painStart_->lastPart(),
                 painFields_->findChild<QComboBox*>(QStringLiteral("painKnee"))});
}

void LogRunDialog::fillShoes() {
    shoe_->addItem(noneLabel(), QVariant::fromValue<std::int64_t>(0));
    for (const Shoe& shoe : session_.evaluation().journal.shoes) {
        // Retired pairs only when the run being edited was in one.
        const bool keep = !shoe.isRetired() || (existing_ && existing_->shoe == shoe.id);
        if (keep) shoe_->addItem(shoe.name, QVariant::fromValue(shoe.id.value()));
    }
    if (existing_) return;
    if (auto last = session_.journal().lastUsedShoe(); last && last.value()) {
        const int index = shoe_->findData(QVariant::fromValue(last.value()->value()));
        if (index >= 0) shoe_->setCurrentIndex(index);
        return;
    }
    // The first run of a journal goes in the pair added last (the one of the welcome page),
    // so its distance counts from the start.
    if (!session_.evaluation().journal.runs.empty() || shoe_->count() < 2) return;
    std::int64_t newest = 0;
    for (const Shoe& shoe : session_.evaluation().journal.shoes) {
        if (!shoe.isRetired()) newest = std::max(newest, shoe.id.value());
    }
    if (const int index = shoe_->findData(QVariant::fromValue(newest)); index > 0)
        shoe_->setCurrentIndex(index);
}

void LogRunDialog::setRun(const Run& run) {
    when_->setDateTime(run.start.localDateTime());
    distance_->setText(UnitText::app(units()).distanceNumber(run.distance, 3));
    duration_->setText(formatDuration(run.duration));
    shoe_->setCurrentIndex(
        std::max(0, shoe_->findData(QVariant::fromValue(run.shoe ? run.shoe->value() : 0))));
    surface_->setCurrentIndex(surface_->findData(run.surface ? toString(*run.surface) : QString()));
    type_->setCurrentIndex(type_->findData(run.type ? toString(*run.type) : QString()));
    hilly_->setChecked(run.hilly);
    setOptionalValue(rpe_, run.rpe);
    setOptionalValue(cadence_, run.cadence);
    setOptionalValue(heartRate_, run.heartRate);
    painDuring_->setValue(run.painDuring);
    painAfter_->setValue(run.painAfter);
    notes_->setPlainText(run.notes);
}

std::optional<QDateTime> LogRunDialog::defaultPainStart() const {
    const QDateTime start = when_->dateTime();
    if (!start.isValid()) return std::nullopt;
    if (painFields_->onset() != Onset::After) return start;
    const auto duration = parseDuration(duration_->text());
    if (!duration || duration->seconds() <= 0) return start;
    // A run logged "now" ends in the future by its start field: pain felt now began now.
    const Instant end = Instant::fromLocal(start).plusSeconds(duration->seconds());
    return std::min(end, session_.now()).localDateTime();
}

void LogRunDialog::followRunWithPainStart() {
    if (!painStartEdited_) {
        if (const auto start = defaultPainStart(); start && *start != painStart_->dateTime()) {
            const QScopedValueRollback setting(settingPainStart_, true);
            painStart_->setDateTime(*start);
        }
    }
    // "Still there" follows the start only when the start moved: on every other change it
    // would undo the runner's own tick while the click is still being delivered.
    if (const QDateTime start = painStart_->dateTime();
        start.isValid() && start != startForStillThere_) {
        startForStillThere_ = start;
        painFields_->setStart(Instant::fromLocal(start), session_.now());
    }
}

void LogRunDialog::updatePace() {
    const auto distance = parseDistance(distance_->text(), units(), QLocale());
    const auto duration = parseDuration(duration_->text());
    if (!distance || !duration || distance->metres() <= 0 || duration->seconds() <= 0) {
        pace_->setText(noneLabel());
        return;
    }
    pace_->setText(QStringLiteral("%1 %2").arg(UnitText::app(units()).pace(*distance, *duration),
                                               paceSymbol(units())));
}

void LogRunDialog::updatePreview() {
    if (const QString problem = when_->problem(); !problem.isEmpty()) {
        preview_->setText(sentence(problem));
        return;
    }
    const auto run = readRun(false);
    if (!run) {
        preview_->setText(
            tr("Enter a distance and a duration to see what this run would trigger."));
        return;
    }
    // A value Save would refuse is said here too, not "nothing to watch".
    if (const auto error = validateRun(*run, session_.now().localDate())) {
        preview_->setText(tr("Not saved as it is: %1").arg(sentence(error->message)));
        return;
    }
    const auto pain = readPain(*run);
    const auto warnings =
        warningsIfRunSaved(session_.evaluation().journal, *run, pain, session_.now());
    const bool dark = preview_->palette().color(QPalette::Window).lightness() < 128;
    QString html = previewHtml(warnings, dark);
    if (painGroup_->isChecked() && !pain) {
        html +=
            tr("<p style=\"margin:4px 0 0 0\">Choose where the knee hurts and say how long it "
               "lasted to see what the pain means.</p>");
    }
    preview_->setText(html);
}

void LogRunDialog::checkLive() {
    errors_.clear();
    const auto shown = [this](const QString& field) {
        return saveTried_ || touched_.contains(field);
    };
    if (const QString problem = when_->problem(); !problem.isEmpty()) {
        errors_.mark(QStringLiteral("date"), problem, {}, false);
    }
    const QDate today = session_.now().localDate();
    const auto run = readRun(false);
    if (!run) {
        // Which one failed to read: mark it once the user has typed in it.
        for (const QString& field : {QStringLiteral("distance"), QStringLiteral("duration")}) {
            if (!shown(field)) continue;
            const bool bad = field == QStringLiteral("distance")
                                 ? !parseDistance(distance_->text(), units(), QLocale())
                                 : !parseDuration(duration_->text());
            if (bad) errors_.mark(field, readProblem(field), {}, false);
        }
    } else if (const auto error = validateRun(*run, today)) {
        if (error->field == QStringLiteral("date") || shown(error->field) ||
            (error->field != QStringLiteral("distance") &&
             error->field != QStringLiteral("duration")))
            errors_.mark(error->field, error->message, QStringLiteral("duration"), false);
    }
    if (!painGroup_->isChecked() || !(saveTried_ || painFields_->touched())) return;
    if (!painFields_->checkComplete(errors_, false) || !run) return;
    if (const QString problem = painStart_->problem(); !problem.isEmpty()) {
        errors_.mark(QStringLiteral("painDate"), problem, {}, false);
        return;
    }
    if (const auto pain = readPain(*run)) {
        if (const auto error = validatePain(*pain, today)) {
            const QString field =
                error->field == QStringLiteral("date") ? QStringLiteral("painDate") : error->field;
            errors_.mark(field, error->message, QStringLiteral("intensity"), false);
        }
    }
}

}  // namespace stridelog::gui

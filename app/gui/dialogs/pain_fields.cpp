// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_fields.h"

#include "app/gui/widgets/knee_site_picker.h"
#include "dialog_widgets.h"

#include "app/gui/models/entry_labels.h"

#include "core/model/entry_words.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

constexpr int kHours = 0;
constexpr int kDays = 1;

template <class E>
void fillCombo(QComboBox* combo, QString (*label)(E)) {
    for (const QString& name : acceptedNames<E>()) {
        const E value = *fromString<E>(name);
        combo->addItem(label(value), name);
    }
}

}  // namespace

PainFields::PainFields(QWidget* parent) : QWidget(parent) {
    createWidgets();
    layOut();
}

void PainFields::createWidgets() {
    knee_ = new QComboBox(this);
    knee_->setObjectName(QStringLiteral("painKnee"));
    knee_->setAccessibleName(tr("Which knee"));
    fillCombo<Knee>(knee_, &words::label);
    site_ = new KneeSitePicker(this);
    site_->setObjectName(QStringLiteral("painSite"));
    // The drawing shows the knee the box shows from the first paint, not only after a change.
    site_->setKnee(*fromString<Knee>(knee_->currentData().toString()));
    siteName_ = new QLabel(tr("Click where it hurts"), this);
    siteName_->setObjectName(QStringLiteral("painSiteName"));
    intensity_ = new QSlider(Qt::Horizontal, this);
    intensity_->setObjectName(QStringLiteral("painIntensity"));
    intensity_->setAccessibleName(tr("Pain intensity from 0 to 10"));
    intensity_->setRange(0, 10);
    intensity_->setValue(3);
    intensity_->setTickPosition(QSlider::TicksBelow);
    intensity_->setTickInterval(1);
    intensity_->setPageStep(1);
    intensityValue_ = new QLabel(this);
    intensityValue_->setObjectName(QStringLiteral("painIntensityValue"));
    intensityValue_->setMinimumWidth(
        intensityValue_->fontMetrics().horizontalAdvance(QStringLiteral("10 / 10")));
    onset_ = new QComboBox(this);
    onset_->setObjectName(QStringLiteral("painOnset"));
    onset_->setAccessibleName(tr("When the pain came on"));
    fillCombo<Onset>(onset_, &words::label);
    onset_->setCurrentIndex(onset_->findData(QStringLiteral("after")));
    stillThere_ = new QCheckBox(tr("Still the&re"), this);
    stillThere_->setObjectName(QStringLiteral("painStillThere"));
    stillThere_->setChecked(true);
    // The lowest step, "—", means "not said yet": an older pain asks how long it lasted.
    lasted_ = new QSpinBox(this);
    lasted_->setObjectName(QStringLiteral("painLasted"));
    lasted_->setAccessibleName(tr("How long the pain lasted"));
    lasted_->setRange(0, 999);
    lasted_->setSpecialValueText(noneLabel());
    lasted_->setValue(0);
    lastedUnit_ = new QComboBox(this);
    lastedUnit_->setObjectName(QStringLiteral("painLastedUnit"));
    lastedUnit_->setAccessibleName(tr("Unit of how long it lasted"));
    lastedUnit_->addItems({tr("hours"), tr("days")});
    swelling_ = new QCheckBox(tr("Swellin&g"), this);
    swelling_->setObjectName(QStringLiteral("painSwelling"));
    // No mnemonic left for these two in the log-run dialog; Tab reaches them.
    locking_ = new QCheckBox(tr("Locking or catching"), this);
    locking_->setObjectName(QStringLiteral("painLocking"));
    sharp_ = new QCheckBox(tr("Sharp pain"), this);
    sharp_->setObjectName(QStringLiteral("painSharp"));

    auto changedSignal = [this] { Q_EMIT changed(); };
    connect(knee_, &QComboBox::currentIndexChanged, this, [this, changedSignal] {
        site_->setKnee(*fromString<Knee>(knee_->currentData().toString()));
        changedSignal();
    });
    connect(site_, &KneeSitePicker::siteChanged, this, [this, changedSignal](Site site) {
        siteTouched_ = true;
        siteName_->setText(words::label(site));
        changedSignal();
    });
    connect(intensity_, &QSlider::valueChanged, this, [this, changedSignal](int value) {
        intensityValue_->setText(tr("%1 / 10").arg(value));
        changedSignal();
    });
    intensityValue_->setText(tr("%1 / 10").arg(intensity_->value()));
    connect(onset_, &QComboBox::currentIndexChanged, this, changedSignal);
    // "How long" stays open while "Still there" is ticked, so Alt+L can go to it: a length
    // typed there is the answer and unticks "Still there"; ticking it again clears the length.
    connect(stillThere_, &QCheckBox::toggled, this, [this, changedSignal](bool still) {
        if (still) lasted_->setValue(0);
        changedSignal();
    });
    connect(stillThere_, &QCheckBox::clicked, this, [this] { stillThereTouched_ = true; });
    const auto touched = [this, changedSignal] {
        lastedTouched_ = true;
        changedSignal();
    };
    connect(lasted_, &QSpinBox::valueChanged, this, [this, touched](int value) {
        if (value > 0 && stillThere_->isChecked()) {
            stillThereTouched_ = true;
            stillThere_->setChecked(false);
        }
        touched();
    });
    connect(lastedUnit_, &QComboBox::currentIndexChanged, this, touched);
    for (QCheckBox* box : {swelling_, locking_, sharp_}) {
        connect(box, &QCheckBox::toggled, this, changedSignal);
    }
}

QLabel* PainFields::buddyLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text, this);
    label->setBuddy(buddy);
    return label;
}

void PainFields::layOut() {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(buddyLabel(tr("Kn&ee:"), knee_), knee_);
    auto* siteBox = new QVBoxLayout;
    siteBox->addWidget(site_);
    siteBox->addWidget(siteName_);
    siteError_ = FieldErrors().createLabel(this, QStringLiteral("painSiteError"));
    siteBox->addWidget(siteError_);
    form->addRow(buddyLabel(tr("Where &it hurts:"), site_), siteBox);
    auto* intensityRow = new QHBoxLayout;
    intensityRow->addWidget(intensity_, 1);
    intensityRow->addWidget(intensityValue_);
    auto* intensityBox = new QVBoxLayout;
    intensityBox->addLayout(intensityRow);
    intensityError_ = FieldErrors().createLabel(this, QStringLiteral("painIntensityError"));
    intensityBox->addWidget(intensityError_);
    form->addRow(buddyLabel(tr("In&tensity:"), intensity_), intensityBox);
    form->addRow(buddyLabel(tr("Ca&me on:"), onset_), onset_);
    // "Still there" first: it is the answer for a fresh pain, and Tab meets it first.
    auto* lastedRow = new QHBoxLayout;
    lastedRow->addWidget(stillThere_);
    lastedRow->addSpacing(8);
    lastedRow->addWidget(lasted_);
    lastedRow->addWidget(lastedUnit_);
    lastedRow->addStretch(1);
    auto* lastedBox = new QVBoxLayout;
    lastedBox->addLayout(lastedRow);
    lastedError_ = FieldErrors().createLabel(this, QStringLiteral("painLastedError"));
    lastedBox->addWidget(lastedError_);
    // The label names the length, so its Alt+L goes there (not to "Still there", which has its
    // own Alt+R and would be ticked by its buddy's mnemonic).
    form->addRow(buddyLabel(tr("How &long did it last?"), lasted_), lastedBox);
    // Two rows, so the dialog is not wider than the drawing needs.
    auto* flags = new QGridLayout;
    flags->setContentsMargins(0, 0, 0, 0);
    flags->addWidget(swelling_, 0, 0);
    flags->addWidget(sharp_, 0, 1);
    flags->addWidget(locking_, 1, 0, 1, 2);
    form->addRow(tr("Also:"), flags);
    setTabChain({knee_, site_, intensity_, onset_, stillThere_, lasted_, lastedUnit_, swelling_,
                 sharp_, locking_});
}

void PainFields::addErrorFields(FieldErrors& errors) {
    errors.add(QStringLiteral("site"), site_, siteError_);
    errors.add(QStringLiteral("intensity"), intensity_, intensityError_);
    errors.add(QStringLiteral("end"), lasted_, lastedError_);
}

bool PainFields::isComplete() const {
    return site_->site().has_value() && (stillThere_->isChecked() || lasted_->value() > 0);
}

bool PainFields::checkComplete(FieldErrors& errors, bool focus) const {
    bool complete = true;
    if (!stillThere_->isChecked() && lasted_->value() == 0) {
        errors.mark(QStringLiteral("end"), tr("Say how long the pain lasted, or tick Still there"),
                    {}, focus);
        complete = false;
    }
    if (!site_->site()) {
        errors.mark(QStringLiteral("site"),
                    tr("Choose where on the knee it hurts: click the drawing, or the whole knee"),
                    {}, focus);
        complete = false;
    }
    return complete;
}

Onset PainFields::onset() const {
    return fromString<Onset>(onset_->currentData().toString()).value_or(Onset::After);
}

QFormLayout* PainFields::form() const {
    return static_cast<QFormLayout*>(layout());
}

void PainFields::setStart(Instant start, Instant now) {
    if (stillThereTouched_) return;
    constexpr std::int64_t kDay = 24 * 3600;
    const std::int64_t age = start.secondsUntil(now);
    stillThere_->setChecked(age >= 0 && age <= kDay);
}

PainEntry PainFields::pain(Instant start) const {
    PainEntry pain;
    pain.start = start;
    pain.knee = *fromString<Knee>(knee_->currentData().toString());
    pain.site = site_->site().value_or(Site::Whole);
    pain.intensity = intensity_->value();
    pain.onset = *fromString<Onset>(onset_->currentData().toString());
    if (!stillThere_->isChecked() && originalEnd_ && !lastedTouched_) {
        pain.end = originalEnd_;
    } else if (!stillThere_->isChecked()) {
        const std::int64_t hours =
            lastedUnit_->currentIndex() == kDays ? lasted_->value() * 24 : lasted_->value();
        pain.end = start.plusSeconds(hours * 3600);
    }
    pain.swelling = swelling_->isChecked();
    pain.locking = locking_->isChecked();
    pain.sharp = sharp_->isChecked();
    return pain;
}

void PainFields::setPain(const PainEntry& pain) {
    knee_->setCurrentIndex(knee_->findData(toString(pain.knee)));
    site_->setSite(pain.site);
    intensity_->setValue(pain.intensity);
    onset_->setCurrentIndex(onset_->findData(toString(pain.onset)));
    stillThere_->setChecked(pain.isOngoing());
    if (pain.end) {
        const std::int64_t hours =
            std::max<std::int64_t>(1, pain.start.secondsUntil(*pain.end) / 3600);
        const bool days = hours >= 48 && hours % 24 == 0;
        lastedUnit_->setCurrentIndex(days ? kDays : kHours);
        lasted_->setValue(static_cast<int>(std::min<std::int64_t>(days ? hours / 24 : hours, 999)));
    }
    swelling_->setChecked(pain.swelling);
    locking_->setChecked(pain.locking);
    sharp_->setChecked(pain.sharp);
    originalEnd_ = pain.end;
    lastedTouched_ = false;
    stillThereTouched_ = true;  // the entry says it: no default replaces it
}

}  // namespace stridelog::gui

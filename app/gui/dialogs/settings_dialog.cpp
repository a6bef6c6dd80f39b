// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings_dialog.h"

#include "dialog_widgets.h"

#include "app/gui/session/journal_edits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

QSpinBox* spin(QWidget* parent, const QString& name, const QString& accessible, int low, int high,
               const QString& suffix) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}

}  // namespace

SettingsDialog::SettingsDialog(JournalSession& session, QWidget* parent)
    : EditDialog(parent), session_(session) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    weekStart_ = new QComboBox(this);
    weekStart_->setObjectName(QStringLiteral("weekStart"));
    weekStart_->setAccessibleName(tr("First day of the week"));
    weekStart_->addItem(tr("Monday"), static_cast<int>(Qt::Monday));
    weekStart_->addItem(tr("Sunday"), static_cast<int>(Qt::Sunday));
    weeklyIncrease_ = spin(this, QStringLiteral("weeklyIncrease"),
                           tr("Weekly increase limit in percent"), 5, 50, QStringLiteral(" %"));
    comeback_ = spin(this, QStringLiteral("comeback"),
                     tr("Comeback week limit in percent of normal"), 10, 100, QStringLiteral(" %"));
    shoeLimit_ = spin(this, QStringLiteral("shoeLimit"), tr("Wear limit for new pairs in km"), 100,
                      5000, QStringLiteral(" km"));
    cadenceMin_ = spin(this, QStringLiteral("cadenceMin"), tr("Lowest cadence before a note"), 60,
                       260, tr(" spm"));
    bodyWeight_ = new QDoubleSpinBox(this);
    bodyWeight_->setObjectName(QStringLiteral("bodyWeight"));
    bodyWeight_->setAccessibleName(tr("Body weight in kg, optional"));
    bodyWeight_->setRange(19.9, 400);  // the lowest step means "not given"
    bodyWeight_->setDecimals(1);
    bodyWeight_->setSpecialValueText(tr("not given"));
    bodyWeight_->setSuffix(QStringLiteral(" kg"));
    units_ = new QComboBox(this);
    units_->setObjectName(QStringLiteral("units"));
    units_->setAccessibleName(tr("Distance units"));
    units_->addItem(tr("Kilometres (km)"), toString(UnitSystem::Kilometres));
    units_->addItem(tr("Miles (mi)"), toString(UnitSystem::Miles));

    auto* form = new QFormLayout;
    auto row = [&](const QString& text, QWidget* field, const QString& help = {}) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        if (!help.isEmpty()) field->setToolTip(help);
        form->addRow(label, field);
    };
    row(tr("&Week starts on:"), weekStart_);
    row(tr("Weekly &increase limit:"), weeklyIncrease_,
        tr("A week may hold at most this much more than the week before (the 10% rule)"));
    row(tr("&Comeback week:"), comeback_,
        tr("After a break, the first week may hold this share of your normal volume"));
    row(tr("S&hoe limit for new pairs:"), shoeLimit_);
    row(tr("Ca&dence below which to note it:"), cadenceMin_);
    row(tr("&Body weight:"), bodyWeight_,
        tr("Optional; above 90 kg the journal suggests progressing more gradually"));
    row(tr("&Units:"), units_, tr("How distances are shown and typed; the journal keeps metres"));
    auto* buttons = saveCancelButtons(this, [this] { return save(); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setSettings(session_.evaluation().journal.settings);
    rememberCleanState();
}

void SettingsDialog::setSettings(const Settings& settings) {
    weekStart_->setCurrentIndex(weekStart_->findData(static_cast<int>(settings.weekStart)));
    weeklyIncrease_->setValue(settings.weeklyIncreasePct);
    comeback_->setValue(settings.comebackPct);
    shoeLimit_->setValue(settings.shoeLimitKm);
    cadenceMin_->setValue(settings.cadenceMinSpm);
    bodyWeight_->setValue(settings.bodyWeightKg.value_or(bodyWeight_->minimum()));
    units_->setCurrentIndex(units_->findData(toString(settings.units)));
}

Settings SettingsDialog::settings() const {
    Settings settings;
    settings.weekStart = static_cast<Qt::DayOfWeek>(weekStart_->currentData().toInt());
    settings.weeklyIncreasePct = weeklyIncrease_->value();
    settings.comebackPct = comeback_->value();
    settings.shoeLimitKm = shoeLimit_->value();
    settings.cadenceMinSpm = cadenceMin_->value();
    if (bodyWeight_->value() > bodyWeight_->minimum()) settings.bodyWeightKg = bodyWeight_->value();
    settings.units = *fromString<UnitSystem>(units_->currentData().toString());
    return settings;
}

bool SettingsDialog::save() {
    const Settings next = settings();
    if (next == session_.evaluation().journal.settings) return true;  // nothing to undo
    return edits::saveSettings(session_, next);
}

}  // namespace stridelog::gui

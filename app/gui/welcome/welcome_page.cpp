// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcome_page.h"

#include "app/gui/session/journal_edits.h"

#include "core/model/unit_text.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace stridelog::gui {
namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent, int pointSizeDelta) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSize(font.pointSize() + pointSizeDelta);
    label->setFont(font);
    return label;
}

QPushButton* wayButton(const QString& text, const QString& name, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumWidth(220);
    return button;
}

}  // namespace

WelcomePage::WelcomePage(JournalSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* column = new QWidget(this);
    column->setMaximumWidth(720);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);
    layout->addWidget(heading(tr("Welcome to Stridelog"), column, 6));
    layout->addWidget(wrappedLabel(
        tr("A journal of your runs, your knees and your shoes. Two settings first; you can "
           "change them at any time in Edit ▸ Settings."),
        column));
    layout->addWidget(createSettingsRow());
    layout->addSpacing(6);
    layout->addWidget(createShoeRow());
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Three ways on"), column, 2));
    layout->addWidget(createWaysOn());
    layout->addSpacing(6);
    auto* dashboard = new QPushButton(tr("Go to the empty dashboard"), column);
    dashboard->setObjectName(QStringLiteral("welcomeDashboard"));
    // A quiet way out, drawn like a link: the three ways above are what most people want.
    dashboard->setFlat(true);
    dashboard->setCursor(Qt::PointingHandCursor);
    dashboard->setStyleSheet(
        QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; }"));
    connect(dashboard, &QPushButton::clicked, this, &WelcomePage::dismissed);
    layout->addWidget(dashboard, 0, Qt::AlignLeft);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(column);
    middle->addStretch(2);
    outer->addLayout(middle, 4);
    outer->addStretch(1);
}

QWidget* WelcomePage::createSettingsRow() {
    auto* row = new QWidget(this);
    auto* form = new QFormLayout(row);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const Settings& settings = session_.evaluation().journal.settings;
    units_ = new QComboBox(row);
    units_->setObjectName(QStringLiteral("welcomeUnits"));
    units_->addItem(tr("Kilometres (km)"), static_cast<int>(UnitSystem::Kilometres));
    units_->addItem(tr("Miles (mi)"), static_cast<int>(UnitSystem::Miles));
    units_->setCurrentIndex(units_->findData(static_cast<int>(settings.units)));
    weekStart_ = new QComboBox(row);
    weekStart_->setObjectName(QStringLiteral("welcomeWeekStart"));
    weekStart_->addItem(tr("Monday"), static_cast<int>(Qt::Monday));
    weekStart_->addItem(tr("Sunday"), static_cast<int>(Qt::Sunday));
    weekStart_->setCurrentIndex(weekStart_->findData(static_cast<int>(settings.weekStart)));
    form->addRow(tr("&Distances in:"), units_);
    form->addRow(tr("&Weeks start on:"), weekStart_);
    // Saved as soon as chosen (undoable like every edit), so every way on starts with them.
    connect(units_, &QComboBox::currentIndexChanged, this, &WelcomePage::saveSettings);
    connect(weekStart_, &QComboBox::currentIndexChanged, this, &WelcomePage::saveSettings);
    return row;
}

QWidget* WelcomePage::createShoeRow() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(wrappedLabel(
        tr("Your first pair of shoes (optional): the journal keeps each pair's distance "
           "against its own wear limit."),
        box));
    auto* row = new QHBoxLayout;
    shoeName_ = new QLineEdit(box);
    shoeName_->setObjectName(QStringLiteral("welcomeShoeName"));
    shoeName_->setPlaceholderText(tr("Name, for example Pegasus 40"));
    shoeName_->setAccessibleName(tr("Name of your first pair"));
    shoeAlreadyRun_ = new QDoubleSpinBox(box);
    shoeAlreadyRun_->setObjectName(QStringLiteral("welcomeShoeAlreadyRun"));
    shoeAlreadyRun_->setDecimals(1);
    shoeAlreadyRun_->setSingleStep(10);
    auto* alreadyRunLabel = new QLabel(tr("a&lready run:"), box);
    alreadyRunLabel->setBuddy(shoeAlreadyRun_);
    addShoe_ = new QPushButton(tr("&Add the pair"), box);
    addShoe_->setObjectName(QStringLiteral("welcomeAddShoe"));
    addShoe_->setEnabled(false);
    row->addWidget(shoeName_, 1);
    row->addWidget(alreadyRunLabel);
    row->addWidget(shoeAlreadyRun_);
    row->addWidget(addShoe_);
    showUnitOnShoe();
    connect(units_, &QComboBox::currentIndexChanged, this, &WelcomePage::showUnitOnShoe);
    layout->addLayout(row);
    shoeStatus_ = new QLabel(box);
    shoeStatus_->setObjectName(QStringLiteral("welcomeShoeStatus"));
    layout->addWidget(shoeStatus_);
    connect(shoeName_, &QLineEdit::textChanged, this,
            [this](const QString& text) { addShoe_->setEnabled(!text.trimmed().isEmpty()); });
    connect(shoeName_, &QLineEdit::returnPressed, this, &WelcomePage::addShoe);
    setTabOrder(shoeName_, shoeAlreadyRun_);
    setTabOrder(shoeAlreadyRun_, addShoe_);
    connect(addShoe_, &QPushButton::clicked, this, &WelcomePage::addShoe);
    return box;
}

QWidget* WelcomePage::createWaysOn() {
    auto* ways = new QWidget(this);
    auto* grid = new QGridLayout(ways);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    auto add = [&](int row, QPushButton* button, const QString& explanation) {
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(wrappedLabel(explanation, ways), row, 1);
    };
    auto* logRun = wayButton(tr("Log your first run…"), QStringLiteral("welcomeLogRun"), ways);
    add(0, logRun, tr("Date, distance and time, the pair you wore, and any knee pain after it."));
    auto* importFiles =
        wayButton(tr("Import from your watch…"), QStringLiteral("welcomeImportFiles"), ways);
    add(1, importFiles,
        tr("GPX, TCX and FIT files, Strava's or Garmin Connect's CSV, also gzipped; the same as "
           "File ▸ Import activities."));
    auto* importFolder =
        wayButton(tr("Import the watch's folder…"), QStringLiteral("welcomeImportFolder"), ways);
    add(2, importFolder,
        tr("Every activity file in a folder, for example the watch's own folder or a Strava "
           "export; files imported twice are recognised."));
    auto* demo = wayButton(tr("Explore a made-up journal"), QStringLiteral("welcomeDemo"), ways);
    add(3, demo,
        tr("A year of invented runs, pain and shoes in a separate file, to see what the "
           "dashboard and the warnings show. Your own journal stays empty; File ▸ Open journal "
           "brings you back to it."));
    connect(logRun, &QPushButton::clicked, this, &WelcomePage::logRunRequested);
    connect(importFiles, &QPushButton::clicked, this, &WelcomePage::importFilesRequested);
    connect(importFolder, &QPushButton::clicked, this, &WelcomePage::importFolderRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    return ways;
}

void WelcomePage::showUnitOnShoe() {
    const UnitSystem units = static_cast<UnitSystem>(units_->currentData().toInt());
    // As far as the journal takes a pair's earlier distance: 100,000 km.
    const double most = units == UnitSystem::Miles ? 100'000'000 / kMetresPerMile : 100'000;
    shoeAlreadyRun_->setRange(0, std::floor(most));
    shoeAlreadyRun_->setSuffix(QLatin1Char(' ') + unitSymbol(units));
    shoeAlreadyRun_->setAccessibleName(
        tr("How far the pair has already run, in %1").arg(unitSymbol(units)));
}

void WelcomePage::saveSettings() {
    Settings settings = session_.evaluation().journal.settings;
    settings.units = static_cast<UnitSystem>(units_->currentData().toInt());
    settings.weekStart = static_cast<Qt::DayOfWeek>(weekStart_->currentData().toInt());
    if (settings == session_.evaluation().journal.settings) return;
    edits::saveSettings(session_, settings);
}

void WelcomePage::addShoe() {
    const QString name = shoeName_->text().trimmed();
    if (name.isEmpty()) return;
    Shoe shoe;
    shoe.name = name;
    shoe.limit = Distance::fromMetres(
        static_cast<std::int64_t>(session_.evaluation().journal.settings.shoeLimitKm) * 1000);
    const UnitSystem units = static_cast<UnitSystem>(units_->currentData().toInt());
    const double metresPerUnit = units == UnitSystem::Miles ? kMetresPerMile : 1000.0;
    shoe.startDistance = Distance::fromMetres(
        static_cast<std::int64_t>(std::llround(shoeAlreadyRun_->value() * metresPerUnit)));
    if (!edits::addShoe(session_, shoe)) return;  // the session has said why
    shoeName_->clear();
    shoeAlreadyRun_->setValue(0);
    shoeStatus_->setText(tr("Added %1. Add more pairs on the Shoes page.").arg(name));
}

}  // namespace stridelog::gui

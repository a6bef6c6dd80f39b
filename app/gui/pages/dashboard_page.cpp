// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard_page.h"

#include "app/gui/charts/chart_accessibility.h"
#include "app/gui/charts/load_chart.h"
#include "app/gui/charts/shoe_wear_chart.h"
#include "app/gui/charts/time_axis.h"
#include "app/gui/charts/weekly_volume_chart.h"
#include "app/gui/presenters/load_presenter.h"
#include "app/gui/presenters/shoe_presenter.h"
#include "app/gui/presenters/warnings_presenter.h"
#include "app/gui/presenters/weekly_volume_presenter.h"
#include "app/gui/reminders/shoe_banner.h"

#include "app/gui/reminders/shoe_reminder.h"
#include "app/gui/reminders/tray_notifier.h"
#include "app/gui/widgets/quiet_label.h"
#include "app/gui/widgets/today_panel.h"
#include "app/gui/widgets/warnings_panel.h"
#include "core/rules/chart_summaries.h"

#include "core/model/unit_text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace stridelog::gui {

namespace {

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

}  // namespace

DashboardPage::DashboardPage(JournalSession& session, QWidget* parent)
    : JournalPage(session, parent) {
    setObjectName(QStringLiteral("dashboardPage"));
    banner_ = new ShoeBanner(this);
    connect(banner_, &ShoeBanner::subjectActivated, this, &DashboardPage::onSubjectActivated);
    // The runner moves the border between the charts and the side column (remembered with the
    // window); neither side can be squeezed below what it needs to stay readable.
    columns_ = new QSplitter(Qt::Horizontal, this);
    columns_->setObjectName(QStringLiteral("dashboardSplitter"));
    columns_->setChildrenCollapsible(false);
    columns_->addWidget(createChartsColumn());
    columns_->addWidget(createSideColumn());
    columns_->setStretchFactor(0, 1);
    columns_->setStretchFactor(1, 0);
    columns_->setSizes({900, 390});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(banner_);
    layout->addWidget(columns_, 1);

    reminder_ = new ShoeReminder(session, this);
    tray_ = new TrayNotifier(this);
    connect(reminder_, &ShoeReminder::remind, tray_, &TrayNotifier::notify);
    if (tray_->isAvailable()) reminder_->remindAtStart();
    connect(&session, &JournalSession::evaluated, this, &DashboardPage::onEvaluated);
}

QWidget* DashboardPage::createChartsColumn() {
    auto* column = new QWidget(this);
    weekly_ = new WeeklyVolumeChart(column);
    load_ = new LoadChart(column);
    load_->setTooltipSource(
        [this](double key) { return loadTooltip(session().evaluation(), key); });
    connect(weekly_, &WeeklyVolumeChart::timeRangeChanged, load_, &LoadChart::setTimeRange);
    connect(load_, &LoadChart::timeRangeChanged, weekly_, &WeeklyVolumeChart::setTimeRange);
    auto* hint = new QLabel(
        tr("Drag or use the arrow keys to go back in time, the wheel or +/− to zoom, Home for the "
           "last 16 weeks. Hover a bar for its numbers."),
        column);
    hint->setObjectName(QStringLiteral("chartHint"));
    hint->setWordWrap(true);
    quieten(hint);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Weekly distance"), column));
    layout->addWidget(weekly_, 3);
    layout->addWidget(heading(tr("Training load"), column));
    layout->addWidget(load_, 2);
    layout->addWidget(hint);
    return column;
}

QWidget* DashboardPage::createSideColumn() {
    // The side column scrolls as a whole when the window is too short for its pairs and
    // warnings; it leaves room on top for more panels.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardSideColumn"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(250);
    auto* column = new QWidget(scroll);
    scroll->setWidget(column);
    shoes_ = new ShoeWearChart(column);
    noShoes_ =
        new QLabel(tr("No pairs in use. Add one on the Shoes page to track its wear."), column);
    noShoes_->setWordWrap(true);
    warnings_ = new WarningsPanel(column);
    connect(warnings_, &WarningsPanel::subjectActivated, this, &DashboardPage::onSubjectActivated);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new TodayPanel(session(), column));
    layout->addWidget(heading(tr("Shoes in use"), column));
    layout->addWidget(shoes_);
    layout->addWidget(noShoes_);
    layout->addWidget(warnings_, 1);
    return scroll;
}

void DashboardPage::onEvaluated() {
    stale_ = true;
    if (isVisible()) redraw();
}

void DashboardPage::showEvent(QShowEvent* event) {
    JournalPage::showEvent(event);
    redrawIfStale();
}

void DashboardPage::redrawIfStale() {
    if (stale_) redraw();
}

void DashboardPage::redraw() {
    stale_ = false;
    const Evaluation& evaluation = session().evaluation();
    WeeklyVolumeData weeks = presentWeeklyVolume(evaluation);
    const TimeBounds bounds{weeks.fullLower, weeks.fullUpper};
    const QDate anyWeekStart = weeks.bars.empty() ? QDate() : weeks.bars.front().weekStart;
    const int thisYear = session().now().localDate().year();
    setTimeAxisCalendar(*weekly_, anyWeekStart, thisYear);
    setTimeAxisCalendar(*load_, anyWeekStart, thisYear);
    load_->setCurves(presentLoad(evaluation), bounds);
    weekly_->setData(std::move(weeks));
    std::vector<ShoeBar> shoes = presentShoes(evaluation);
    shoes_->setVisible(!shoes.empty());
    noShoes_->setVisible(shoes.empty());
    shoes_->setShoes(std::move(shoes), unitSymbol(evaluation.journal.settings.units));
    setChartSummary(*shoes_, shoesSummary(evaluation));
    banner_->setReminders(presentShoeReminders(evaluation));
    warnings_->setWarnings(presentWarnings(evaluation));
}

void DashboardPage::onSubjectActivated(const WarningSubject& subject) {
    if (subject.kind == WarningSubject::Kind::Week) weekly_->showWeek(subject.week);
    Q_EMIT subjectActivated(subject);
}

}  // namespace stridelog::gui

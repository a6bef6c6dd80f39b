// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar_page.h"

#include "month_grid.h"

#include "app/gui/charts/year_chart.h"
#include "app/gui/widgets/scrolling_page.h"

#include "core/model/unit_text.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

#include <optional>

namespace stridelog::gui {

CalendarPage::CalendarPage(JournalSession& session, QWidget* parent)
    : JournalPage(session, parent) {
    setObjectName(QStringLiteral("calendarPage"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(scrollingContent(this));
    auto* bar = new QHBoxLayout;
    auto* previous = new QPushButton(tr("◀"), this);
    previous->setObjectName(QStringLiteral("previousMonth"));
    previous->setAccessibleName(tr("Previous month"));
    auto* next = new QPushButton(tr("▶"), this);
    next->setObjectName(QStringLiteral("nextMonth"));
    next->setAccessibleName(tr("Next month"));
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("monthTitle"));
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title_->setFont(big);
    bar->addWidget(previous);
    bar->addWidget(title_, 1, Qt::AlignCenter);
    bar->addWidget(next);
    grid_ = new MonthGrid(this);
    year_ = new YearChart(this);
    layout->addLayout(bar);
    layout->addWidget(grid_, 3);
    layout->addWidget(year_, 2);
    connect(previous, &QPushButton::clicked, this, [this] { showMonth(month_.addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showMonth(month_.addMonths(1)); });
    connect(&session, &JournalSession::evaluated, this, &CalendarPage::redraw);
    connect(grid_, &MonthGrid::dayActivated, this, &CalendarPage::dayActivated);
    showMonth(session.evaluation().asOf.day());
}

void CalendarPage::showMonth(QDate anyDay) {
    month_ = QDate(anyDay.year(), anyDay.month(), 1);
    redraw();
}

QString CalendarPage::monthTitle() const {
    return title_->text();
}

void CalendarPage::showEvent(QShowEvent* event) {
    JournalPage::showEvent(event);
    if (opened_) return;
    opened_ = true;
    showMonth(openingMonth());
}

// This month, unless it has no runs and the journal has: then the last run's month, so a
// history imported after a break does not open on an empty grid.
QDate CalendarPage::openingMonth() {
    const Evaluation& evaluation = session().evaluation();
    const QDate today = evaluation.asOf.day();
    std::optional<QDate> lastRun;
    for (const Run& run : evaluation.journal.runs) {
        const QDate day = run.start.localDate();
        if (day.year() == today.year() && day.month() == today.month()) return today;
        if (day <= today && (!lastRun || day > *lastRun)) lastRun = day;
    }
    return lastRun.value_or(today);
}

void CalendarPage::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_PageUp) return showMonth(month_.addMonths(-1));
    if (event->key() == Qt::Key_PageDown) return showMonth(month_.addMonths(1));
    JournalPage::keyPressEvent(event);
}

void CalendarPage::redraw() {
    const Evaluation& evaluation = session().evaluation();
    const UnitSystem units = evaluation.journal.settings.units;
    CalendarMonthView view = presentCalendarMonth(evaluation, month_);
    title_->setText(view.title);
    year_->setYear(month_.year(), view.yearMetres, month_.month(), units);
    grid_->setMonth(month_, evaluation.journal.settings.weekStart, units, std::move(view.days));
    grid_->setToday(session().now().localDate());
}

}  // namespace stridelog::gui

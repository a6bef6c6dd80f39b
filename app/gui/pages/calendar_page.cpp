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
#include <QVBoxLayout>

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

void CalendarPage::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_PageUp) return showMonth(month_.addMonths(-1));
    if (event->key() == Qt::Key_PageDown) return showMonth(month_.addMonths(1));
    JournalPage::keyPressEvent(event);
}

void CalendarPage::redraw() {
    const Evaluation& evaluation = session().evaluation();
    const UnitSystem units = evaluation.journal.settings.units;
    std::map<QDate, DayEntry> days;
    std::array<std::int64_t, 12> months{};
    std::int64_t monthMetres = 0;
    int monthRuns = 0;
    for (const Run& run : evaluation.journal.runs) {
        const QDate day = run.start.localDate();
        if (day.year() == month_.year())
            months[static_cast<std::size_t>(day.month() - 1)] += run.distance.metres();
        if (day < month_.addDays(-7) || day > month_.addMonths(1).addDays(14)) continue;
        DayEntry& entry = days[day];
        entry.metres += run.distance.metres();
        ++entry.runs;
        if (day.month() == month_.month() && day.year() == month_.year()) {
            monthMetres += run.distance.metres();
            ++monthRuns;
        }
    }
    for (const PainEntry& pain : evaluation.journal.pains) {
        const QDate day = pain.start.localDate();
        if (day < month_.addDays(-7) || day > month_.addMonths(1).addDays(14)) continue;
        DayEntry& entry = days[day];
        entry.painMax = std::max(entry.painMax.value_or(0), pain.intensity);
    }
    const QLocale locale;
    const QString runs = monthRuns == 1 ? tr("1 run") : tr("%1 runs").arg(monthRuns);
    title_->setText(tr("%1: %2 in %3")
                        .arg(locale.toString(month_, QStringLiteral("MMMM yyyy")),
                             UnitText::app(units).distance(Distance::fromMetres(monthMetres), 1),
                             runs));
    year_->setYear(month_.year(), months, month_.month(), units);
    grid_->setMonth(month_, evaluation.journal.settings.weekStart, units, std::move(days));
    grid_->setToday(session().now().localDate());
}

}  // namespace stridelog::gui

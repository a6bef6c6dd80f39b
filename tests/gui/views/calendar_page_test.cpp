// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar: each day's runs and pain, week and month totals, the year by month.

#include "views_fixture.h"

#include "app/gui/charts/year_chart.h"
#include "app/gui/pages/calendar_page.h"
#include "app/gui/pages/month_grid.h"

#include <QLabel>
#include <QPushButton>

namespace stridelog::gui::testing {
namespace {

using CalendarPageTest = ViewsTest;

TEST_F(CalendarPageTest, DaysWeeksMonthAndYear) {
    for (const auto& [day, metres] :
         {std::pair{QDate(2026, 11, 2), 8000}, std::pair{QDate(2026, 11, 4), 6500},
          std::pair{QDate(2026, 11, 4), 3000}, std::pair{QDate(2026, 10, 30), 10000}}) {
        stridelog::Run run;
        run.start = Instant::fromLocal(day, QTime(7, 0));
        run.distance = Distance::fromMetres(metres);
        run.duration = Duration::fromSeconds(metres * 6 / 10);
        ASSERT_TRUE(journal().addRun(run));
    }
    PainEntry pain;
    pain.start = Instant::fromLocal(QDate(2026, 11, 4), QTime(19, 0));
    pain.knee = Knee::Left;
    pain.site = Site::Below;
    pain.intensity = 4;
    pain.onset = Onset::After;
    ASSERT_TRUE(journal().addPain(pain));
    show();
    window_->showPage(Page::Calendar);
    auto* page = qobject_cast<CalendarPage*>(window_->page(Page::Calendar));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->month(), QDate(2026, 11, 1));
    EXPECT_EQ(page->monthTitle(), QStringLiteral("November 2026: 17.5 km in 3 runs"));
    EXPECT_EQ(page->grid()->dayText(QDate(2026, 11, 4)), QStringLiteral("9.5 km\npain 4/10"));
    // The week of Monday 2 November; and the one before, across the month's edge.
    EXPECT_EQ(page->grid()->weekMetres(QDate(2026, 11, 2)), 17'500);
    EXPECT_EQ(page->grid()->weekMetres(QDate(2026, 10, 26)), 10'000);
    // The year's chart: a bar a month, read out by its description.
    const QString year = page->yearChart()->accessibleDescription();
    EXPECT_TRUE(year.contains(QStringLiteral("Oct 10 km"))) << year.toStdString();
    EXPECT_DOUBLE_EQ(page->yearChart()->values()[9], 10.0);
    EXPECT_DOUBLE_EQ(page->yearChart()->values()[10], 17.5);
    EXPECT_DOUBLE_EQ(page->yearChart()->values()[0], 0.0);
    EXPECT_EQ(page->yearChart()->title(), QStringLiteral("2026 by month: 28 km in all"));
    EXPECT_EQ(page->yearChart()->yAxis->label(), QStringLiteral("Distance (km)"));

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("previousMonth")),
                      Qt::LeftButton);
    EXPECT_EQ(page->month(), QDate(2026, 10, 1));
    EXPECT_EQ(page->monthTitle(), QStringLiteral("October 2026: 10.0 km in 1 run"));
}

}  // namespace
}  // namespace stridelog::gui::testing

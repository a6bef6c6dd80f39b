// SPDX-License-Identifier: GPL-3.0-or-later
// Charts a screen reader can read: every plot of the dashboard and the Knee page is a Chart
// with a name and a summary of what it draws, which follows the journal.

#include "views_fixture.h"

#include "app/gui/charts/qcustomplot_include.h"
#include "app/gui/charts/weekly_volume_chart.h"
#include "app/gui/pages/knee_page.h"

#include <QAccessible>

namespace stridelog::gui::testing {
namespace {

// Offscreen there is no accessibility bus, so Qt delivers no accessibility events: the
// announcement itself is heard by the real-window test over AT-SPI; here, what it announces.
class ChartAccessibilityTest : public ViewsTest {
protected:
    void addWeeks() {
        // 20 km, then 24 km (+20%, over the 22 km limit), then 10 km so far this week.
        const std::pair<QDate, int> runs[] = {{QDate(2026, 11, 3), 20'000},
                                              {QDate(2026, 11, 10), 24'000},
                                              {QDate(2026, 11, 17), 10'000}};
        for (const auto& [day, metres] : runs) {
            stridelog::Run run;
            run.start = Instant::fromLocal(day, QTime(7, 0));
            run.distance = Distance::fromMetres(metres);
            run.duration = Duration::fromSeconds(metres * 3 / 10);
            ASSERT_TRUE(journal().addRun(run));
        }
    }
    static QString description(QWidget* widget) {
        QAccessibleInterface* chart = QAccessible::queryAccessibleInterface(widget);
        return chart ? chart->text(QAccessible::Description) : QString();
    }
};

TEST_F(ChartAccessibilityTest, EveryPlotIsANamedChartWithASummary) {
    addWeeks();
    show();
    window_->showPage(Page::Knee);
    window_->showPage(Page::Dashboard);
    const QList<QCustomPlot*> plots = window_->findChildren<QCustomPlot*>();
    ASSERT_GE(plots.size(), 4);  // weekly, load, shoes; the Knee page's timeline
    for (QCustomPlot* plot : plots) {
        QAccessibleInterface* chart = QAccessible::queryAccessibleInterface(plot);
        ASSERT_NE(chart, nullptr) << plot->objectName().toStdString();
        EXPECT_EQ(chart->role(), QAccessible::Chart) << plot->objectName().toStdString();
        EXPECT_FALSE(chart->text(QAccessible::Name).isEmpty()) << plot->objectName().toStdString();
        EXPECT_FALSE(chart->text(QAccessible::Description).isEmpty())
            << plot->objectName().toStdString();
    }
}

TEST_F(ChartAccessibilityTest, TheWeeklyChartSaysThisWeeksNumbersAndFollowsTheJournal) {
    addWeeks();
    show();
    auto* weekly = window_->findChild<WeeklyVolumeChart*>();
    ASSERT_NE(weekly, nullptr);
    EXPECT_TRUE(description(weekly).startsWith(
        QStringLiteral("Last 3 weeks: this week 10.0 km of 26.4 km allowed; 1 week over its "
                       "limit, the latest the week of 9 November, 20% over the week before.")))
        << description(weekly).toStdString();

    stridelog::Run more;
    more.start = Instant::fromLocal(QDate(2026, 11, 20), QTime(18, 0));
    more.distance = Distance::fromMetres(5000);
    more.duration = Duration::fromSeconds(1500);
    ASSERT_TRUE(journal().addRun(more));
    QCoreApplication::processEvents();
    EXPECT_TRUE(description(weekly).contains(QStringLiteral("this week 15.0 km of 26.4 km")))
        << description(weekly).toStdString();
}

}  // namespace
}  // namespace stridelog::gui::testing

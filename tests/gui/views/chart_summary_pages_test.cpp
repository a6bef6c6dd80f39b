// SPDX-License-Identifier: GPL-3.0-or-later
// The charts beyond the dashboard speak too: the year view, a pair's wear and weeks and a
// run's panels are Charts whose summary reads what they draw and follows the journal. Offscreen
// there is no platform accessibility, so Qt delivers no events: the announcement (through
// setChartSummary) is for the real-bus test to hear.

#include "views_fixture.h"

#include "app/gui/charts/track_chart.h"
#include "app/gui/charts/year_chart.h"
#include "app/gui/pages/calendar_page.h"
#include "app/gui/pages/run_page.h"
#include "app/gui/pages/shoe_page.h"

#include <QAccessible>

namespace stridelog::gui::testing {
namespace {

class ChartSummaryPagesTest : public ViewsTest {
protected:
    ShoeId addPair() {
        Shoe shoe;
        shoe.name = QStringLiteral("Pegasus 40");
        shoe.limit = Distance::fromMetres(800'000);
        const auto pair = journal().addShoe(shoe);
        EXPECT_TRUE(pair);
        return *pair;
    }
    void addRun(QDate day, int metres, std::optional<ShoeId> pair = std::nullopt) {
        stridelog::Run run;
        run.start = Instant::fromLocal(day, QTime(7, 0));
        run.distance = Distance::fromMetres(metres);
        run.duration = Duration::fromSeconds(metres * 3 / 10);
        run.shoe = pair;
        ASSERT_TRUE(journal().addRun(run));
        QCoreApplication::processEvents();
    }
    static void expectChart(QWidget* widget, const QString& says) {
        QAccessibleInterface* chart = QAccessible::queryAccessibleInterface(widget);
        ASSERT_NE(chart, nullptr);
        EXPECT_EQ(chart->role(), QAccessible::Chart);
        EXPECT_FALSE(chart->text(QAccessible::Name).isEmpty());
        const QString description = chart->text(QAccessible::Description);
        EXPECT_TRUE(description.contains(says)) << description.toStdString();
    }
};

TEST_F(ChartSummaryPagesTest, TheYearViewReadsItsMonthsAndFollowsANewRun) {
    addRun(QDate(2026, 10, 6), 10'000);
    show();
    window_->showPage(Page::Calendar);
    auto* page = qobject_cast<CalendarPage*>(window_->page(Page::Calendar));
    ASSERT_NE(page, nullptr);
    expectChart(page->yearChart(), QStringLiteral("Oct 10 km"));

    addRun(QDate(2026, 11, 10), 7'000);
    expectChart(page->yearChart(), QStringLiteral("Nov 7 km"));
}

TEST_F(ChartSummaryPagesTest, APairsChartsReadItsWearAndWeeks) {
    const ShoeId pair = addPair();
    addRun(QDate(2026, 11, 10), 12'000, pair);
    show();
    window_->showShoe(pair.value());
    auto* page = window_->findChild<ShoePage*>();
    ASSERT_NE(page, nullptr);
    expectChart(page->wearChart(), QStringLiteral("12.0 km of its 800 km limit"));
    expectChart(page->weeksChart(), QStringLiteral(": 12.0 km"));

    addRun(QDate(2026, 11, 20), 8'000, pair);
    expectChart(page->wearChart(), QStringLiteral("20.0 km of its 800 km limit"));
    expectChart(page->weeksChart(), QStringLiteral(": 8.0 km"));
}

TEST_F(ChartSummaryPagesTest, ARunsPanelsReadTheirRanges) {
    const auto ids = import({kImportData + QStringLiteral("pauses_gpx11.gpx")});
    ASSERT_EQ(ids.size(), 1u);
    show();
    RunPage* page = window_->showRun(ids[0].value());
    ASSERT_NE(page, nullptr);
    ASSERT_FALSE(page->chart()->panels().isEmpty());
    expectChart(page->chart(), QStringLiteral("Over "));
    expectChart(page->chart(), QStringLiteral("pace "));
}

TEST_F(ChartSummaryPagesTest, ARunWithoutATrackSaysSo) {
    addRun(QDate(2026, 11, 20), 5'000);
    show();
    RunPage* page = window_->showRun(session().evaluation().journal.runs.front().id.value());
    ASSERT_NE(page, nullptr);
    expectChart(page->chart(), QStringLiteral("No track was kept"));
}

}  // namespace
}  // namespace stridelog::gui::testing

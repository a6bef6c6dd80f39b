// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's charts as a runner reads them: ticks on week starts (with the year outside
// this year, months when zoomed out), a pain marker that stands out on every bar, legends that
// never cover data nor cut a word, a shoe axis that fits the pairs' limits, an empty state
// that says what to do, and one palette for light and dark.

#include "tests/gui/editing/editing_fixture.h"

#include "app/gui/charts/legend_fit.h"
#include "app/gui/charts/load_chart.h"
#include "app/gui/charts/shoe_wear_chart.h"
#include "app/gui/charts/week_ticker.h"
#include "app/gui/charts/weekly_volume_chart.h"
#include "app/gui/pages/dashboard_page.h"
#include "app/gui/session/journal_edits.h"
#include "app/gui/theme/chart_colours.h"

#include <QApplication>
#include <QTest>

#include <cmath>

namespace stridelog::gui::testing {
namespace {

using Charts = EditingTest;

QVector<double> ticksOf(WeekTicker& ticker, const QCPRange& range, QVector<QString>* labels) {
    QVector<double> ticks;
    QVector<double> subTicks;
    ticker.generate(range, QLocale(QLocale::English), QLatin1Char('g'), 0, ticks, &subTicks,
                    labels);
    return ticks;
}

double keyOf(QDate day) {
    return WeekTicker::startKey(day);
}

// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QPalette darkPalette() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return dark;
}

TEST(WeekTicks, StandOnWeekStartsWithoutAYearInThisYear) {
    WeekTicker ticker;
    ticker.setWeekStart(QDate(2026, 11, 16));  // a Monday
    ticker.setThisYear(2026);
    ticker.setRoom(1200, 50, 80);  // room for a tick every week
    QVector<QString> labels;
    const QVector<double> ticks =
        ticksOf(ticker, {keyOf(QDate(2026, 8, 1)), keyOf(QDate(2026, 11, 22))}, &labels);
    ASSERT_FALSE(ticks.isEmpty());
    for (double tick : ticks) {
        EXPECT_EQ(WeekTicker::dateOf(tick + 1).dayOfWeek(), Qt::Monday);
    }
    EXPECT_EQ(labels.front(), QStringLiteral("3 Aug"));
}

TEST(WeekTicks, CarryTheYearWhenTheRangeIsNotThisYear) {
    WeekTicker ticker;
    ticker.setWeekStart(QDate(2026, 11, 15));  // a Sunday: the runner's weeks start on Sunday
    ticker.setThisYear(2026);
    ticker.setRoom(800, 50, 80);
    QVector<QString> labels;
    const QVector<double> ticks =
        ticksOf(ticker, {keyOf(QDate(2025, 10, 1)), keyOf(QDate(2026, 1, 20))}, &labels);
    ASSERT_FALSE(ticks.isEmpty());
    for (double tick : ticks) {
        EXPECT_EQ(WeekTicker::dateOf(tick + 1).dayOfWeek(), Qt::Sunday);
    }
    for (const QString& label : labels) {
        EXPECT_TRUE(label.endsWith(QStringLiteral("2025")) ||
                    label.endsWith(QStringLiteral("2026")))
            << label.toStdString();
    }
}

TEST(WeekTicks, ShowMonthsPastAboutAYear) {
    WeekTicker ticker;
    ticker.setWeekStart(QDate(2026, 11, 16));
    ticker.setThisYear(2026);
    ticker.setRoom(800, 50, 80);
    QVector<QString> labels;
    const QCPRange threeYears{keyOf(QDate(2023, 11, 1)), keyOf(QDate(2026, 11, 22))};
    EXPECT_TRUE(ticker.showsMonths(threeYears));
    const QVector<double> ticks = ticksOf(ticker, threeYears, &labels);
    ASSERT_FALSE(ticks.isEmpty());
    EXPECT_LE(ticks.size(), 10);  // as many as 800 pixels hold
    for (double tick : ticks) EXPECT_EQ(WeekTicker::dateOf(tick + 1).day(), 1);
    EXPECT_TRUE(labels.front().contains(QRegularExpression(QStringLiteral("^[A-Z][a-z]+ \\d{4}$"))))
        << labels.front().toStdString();
    EXPECT_FALSE(ticker.showsMonths({keyOf(QDate(2026, 1, 1)), keyOf(QDate(2026, 11, 22))}));
}

TEST(ChartPalette, APainMarkerStandsOutOnEveryBarInLightAndDark) {
    for (const QPalette& palette : {QPalette(QColor(0xf0, 0xf0, 0xf0)), darkPalette()}) {
        const ChartColours colours = ChartColours::from(palette);
        for (const QColor& bar : {colours.ok, colours.caution, colours.current}) {
            EXPECT_GE(contrast(colours.painOutline, bar), 3.0)
                << colours.painOutline.name().toStdString() << " on " << bar.name().toStdString();
        }
    }
}

TEST_F(Charts, ThePainMarkerIsOutlinedInThePalettesOutlineColour) {
    showWindow();
    auto* dashboard = qobject_cast<DashboardPage*>(window_->findChild<DashboardPage*>());
    ASSERT_NE(dashboard, nullptr);
    const ChartColours colours = ChartColours::from(dashboard->weeklyChart()->palette());
    for (int stage = 1; stage <= 4; ++stage) {
        const QCPScatterStyle style = dashboard->weeklyChart()->painMarkers(stage)->scatterStyle();
        EXPECT_EQ(style.pen().color(), colours.painOutline) << stage;
        EXPECT_GE(style.pen().widthF(), 1.5);
    }
}

TEST_F(Charts, LegendsSitAboveThePlotAndNeverCutAWordAt1024Pixels) {
    window_->resize(1024, 640);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    auto* dashboard = window_->findChild<DashboardPage*>();
    dashboard->redrawIfStale();
    for (QCustomPlot* plot : std::initializer_list<QCustomPlot*>{
             dashboard->weeklyChart(), dashboard->loadChart(), dashboard->shoeChart()}) {
        plot->replot();
        const QCPLegend* legend = plot->legend;
        // In the plot's own layout, not laid over the axis rect.
        EXPECT_EQ(plot->axisRect()->insetLayout()->elements(false).size(), 0)
            << plot->objectName().toStdString();
        EXPECT_FALSE(legend->outerRect().intersects(plot->axisRect()->rect()))
            << plot->objectName().toStdString();
        for (int i = 0; i < legend->itemCount(); ++i) {
            const QCPAbstractLegendItem* item = legend->item(i);
            if (!item) continue;  // an empty cell of the last row
            EXPECT_GE(item->outerRect().width(), item->minimumOuterSizeHint().width())
                << plot->objectName().toStdString() << " item " << i;
            EXPECT_LE(item->outerRect().right(), plot->width());
        }
    }
}

TEST(LegendFit, FewerColumnsWhenNarrow) {
    QCustomPlot plot;
    for (const char* name :
         {"Within the limit", "Over the limit", "This week", "Left this week", "Weekly limit"}) {
        plot.addGraph()->setName(QString::fromLatin1(name));
    }
    const int wide = legendColumnsFor(*plot.legend, 2000);
    const int narrow = legendColumnsFor(*plot.legend, 260);
    EXPECT_EQ(wide, 5);
    EXPECT_LT(narrow, wide);
    EXPECT_GE(narrow, 1);
}

TEST_F(Charts, TheShoeAxisEndsNearTheLargestLimit) {
    showWindow();
    auto* dashboard = window_->findChild<DashboardPage*>();
    dashboard->redrawIfStale();
    ShoeWearChart* chart = dashboard->shoeChart();
    ASSERT_EQ(chart->shoes().size(), 1u);
    const double limit = chart->shoes().front().limit;  // 1000 km, the default
    EXPECT_GE(chart->xAxis->range().upper, limit);
    EXPECT_LE(chart->xAxis->range().upper, limit * 1.1);
}

TEST_F(Charts, EveryChartSaysWhatToDoWhenEmpty) {
    const std::vector<stridelog::Run> runs = session().evaluation().journal.runs;
    for (const stridelog::Run& run : runs) ASSERT_TRUE(edits::deleteRun(session(), run.id));
    showWindow();
    auto* dashboard = window_->findChild<DashboardPage*>();
    dashboard->redrawIfStale();
    for (QCustomPlot* plot :
         std::initializer_list<QCustomPlot*>{dashboard->weeklyChart(), dashboard->loadChart()}) {
        bool saysSomething = false;
        for (int i = 0; i < plot->itemCount(); ++i) {
            const auto* note = qobject_cast<QCPItemText*>(plot->item(i));
            if (note && note->visible() && !note->text().isEmpty()) saysSomething = true;
        }
        EXPECT_TRUE(saysSomething) << plot->objectName().toStdString();
    }
}

TEST_F(Charts, ADarkPaletteTurnsEveryChartDark) {
    showWindow();
    window_->setPalette(darkPalette());
    QApplication::processEvents();
    auto* dashboard = window_->findChild<DashboardPage*>();
    for (QCustomPlot* plot : std::initializer_list<QCustomPlot*>{
             dashboard->weeklyChart(), dashboard->loadChart(), dashboard->shoeChart()}) {
        const QColor background = plot->axisRect()->backgroundBrush().color();
        EXPECT_LT(background.lightness(), 80) << plot->objectName().toStdString();
        EXPECT_GE(contrast(plot->xAxis->tickLabelColor(), background), 4.5)
            << plot->objectName().toStdString();
        EXPECT_GE(contrast(plot->legend->textColor(), background), 4.5)
            << plot->objectName().toStdString();
    }
}

}  // namespace
}  // namespace stridelog::gui::testing

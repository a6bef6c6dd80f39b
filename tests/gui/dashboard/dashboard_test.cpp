// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard with a real journal in a temporary folder, a pinned clock (Saturday
// 2026-11-21 12:00, Berlin) and the main window shown offscreen: the weekly chart follows an
// edit, the shoe banner and reminder come at 80% and again at 100%, a warning opens its subject,
// and the charts take the palette's colours.

#include "app/gui/charts/load_chart.h"
#include "app/gui/charts/weekly_volume_chart.h"
#include "app/gui/main_window.h"
#include "app/gui/pages/dashboard_page.h"
#include "app/gui/reminders/shoe_banner.h"
#include "app/gui/reminders/shoe_reminder.h"
#include "app/gui/session/journal_edits.h"
#include "app/gui/widgets/warning_card.h"
#include "app/gui/widgets/warnings_panel.h"

#include "core/model/clock.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace stridelog::gui::testing {
namespace {

Instant at(int year, int month, int day, int hour = 8) {
    return Instant::fromLocal(QDate(year, month, day), QTime(hour, 0));
}

class Dashboard : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_TRUE(folder_.isValid());
        OpenOptions options;
        options.clock = &clock_;
        auto journal = Journal::open(folder_.filePath(QStringLiteral("journal.sqlite")), options);
        ASSERT_TRUE(journal) << journal.error().message.toStdString();
        Shoe shoe;
        shoe.name = QStringLiteral("Pegasus 40");
        shoe.startDistance = Distance::fromMetres(760'000);
        shoe.since = QDate(2026, 1, 1);
        pegasus_ = journal.value()->addShoe(shoe).value();
        auto session = std::make_unique<JournalSession>(std::move(journal).value(), clock_);
        window_ = std::make_unique<MainWindow>(std::move(session), clock_);
        window_->setCheckInEnabled(false);
        // Week of 9 November: 20 km; this week (16 November) so far: 10 km. 790 km on the pair.
        logRun(at(2026, 11, 10), 10'000);
        logRun(at(2026, 11, 12), 10'000);
        logRun(at(2026, 11, 17), 10'000);
        window_->resize(1280, 800);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    }
    void TearDown() override {
        window_.reset();
        QLocale::setDefault(QLocale::c());
    }

    void logRun(Instant start, std::int64_t metres) {
        stridelog::Run run;
        run.start = start;
        run.distance = Distance::fromMetres(metres);
        run.duration = Duration::fromSeconds(metres * 6 / 10);
        run.shoe = pegasus_;
        ASSERT_TRUE(edits::logRun(window_->session(), run));
    }
    DashboardPage* dashboard() const {
        return qobject_cast<DashboardPage*>(window_->page(Page::Dashboard));
    }
    // The value drawn for this week, read back from the chart's "This week" bars.
    double drawnThisWeek() const {
        QCustomPlot* plot = dashboard()->weeklyChart();
        for (int i = 0; i < plot->plottableCount(); ++i) {
            auto* bars = qobject_cast<QCPBars*>(plot->plottable(i));
            if (bars && bars->name() == QStringLiteral("This week") && !bars->data()->isEmpty()) {
                return bars->data()->at(0)->value;
            }
        }
        return -1;
    }
    WarningCard* cardAbout(WarningSubject::Kind kind) const {
        for (WarningCard* card : dashboard()->warningsPanel()->cards()) {
            if (card->item().subject.kind == kind) return card;
        }
        return nullptr;
    }

    QTemporaryDir folder_;
    FixedClock clock_{at(2026, 11, 21, 12)};
    ShoeId pegasus_;
    std::unique_ptr<MainWindow> window_;
};

TEST_F(Dashboard, ThisWeeksBarGrowsByARunLoggedInIt) {
    EXPECT_DOUBLE_EQ(drawnThisWeek(), 10.0);
    logRun(at(2026, 11, 19), 6'500);
    EXPECT_DOUBLE_EQ(drawnThisWeek(), 16.5);
    window_->session().undoStack().undo();
    EXPECT_DOUBLE_EQ(drawnThisWeek(), 10.0);
}

TEST_F(Dashboard, AChangeMadeWhileAnotherPageIsShownIsDrawnWhenTheDashboardComesBack) {
    window_->showPage(Page::Runs);
    logRun(at(2026, 11, 19), 6'500);
    EXPECT_DOUBLE_EQ(drawnThisWeek(), 10.0);  // not redrawn while hidden
    window_->showPage(Page::Dashboard);
    EXPECT_DOUBLE_EQ(drawnThisWeek(), 16.5);
}

TEST_F(Dashboard, TheShoeBannerComesAtEightyPercentAndAsReplaceAtTheLimit) {
    ShoeBanner* banner = dashboard()->shoeBanner();
    QSignalSpy reminders(dashboard()->shoeReminder(), &ShoeReminder::remind);
    EXPECT_FALSE(banner->isVisible());  // 790 km of 1000

    logRun(at(2026, 11, 19), 12'000);  // 802 km: 80%
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->text(),
              QStringLiteral("Pegasus 40 has 802 km of its 1,000 km: plan a replacement."));
    ASSERT_EQ(reminders.count(), 1);

    for (int day = 1; day <= 5; ++day) logRun(at(2026, 10, day), 40'000);  // 1002 km
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().endsWith(QStringLiteral("past its limit: replace the pair.")));
    EXPECT_EQ(reminders.count(), 6);  // one per run logged in the worn pair

    window_->session().undoStack().undo();  // 962 km: back to "plan a replacement"
    EXPECT_TRUE(banner->text().endsWith(QStringLiteral("plan a replacement.")));
    EXPECT_EQ(reminders.count(), 6);  // taking a run away is no reason to remind
}

TEST_F(Dashboard, ClickingAPainWarningOpensTheKneePainPage) {
    PainEntry pain;
    pain.start = at(2026, 11, 20, 9);
    pain.end = pain.start.plusSeconds(3 * 3600);
    pain.knee = Knee::Right;
    pain.site = Site::Below;
    pain.intensity = 4;
    pain.onset = Onset::After;
    ASSERT_TRUE(edits::logPain(window_->session(), pain));
    WarningCard* card = cardAbout(WarningSubject::Kind::Pain);
    ASSERT_NE(card, nullptr);
    EXPECT_FALSE(window_->page(Page::Pain)->isVisible());
    QTest::mouseClick(card, Qt::LeftButton, {}, card->rect().center());
    EXPECT_TRUE(window_->page(Page::Pain)->isVisible());
}

TEST_F(Dashboard, EnterOnAWeekWarningBringsThatWeekIntoTheWeeklyChart) {
    // Half a year of history, then 30 km this week after 20 km: over the 22 km limit.
    for (int week = 1; week <= 26; ++week) {
        stridelog::Run run;
        run.start = Instant::fromLocal(QDate(2026, 5, 5).addDays(7 * (week - 1)), QTime(8, 0));
        run.distance = Distance::fromMetres(week < 26 ? 20'000 : 1'000);
        run.duration = Duration::fromSeconds(7200);
        ASSERT_TRUE(window_->session().journal().addRun(run));
    }
    logRun(at(2026, 11, 19), 20'000);
    window_->session().undoStack().clear();
    WarningCard* card = cardAbout(WarningSubject::Kind::Week);
    ASSERT_NE(card, nullptr);
    WeeklyVolumeChart* chart = dashboard()->weeklyChart();
    chart->xAxis->setRange(chart->data().fullLower, chart->data().fullLower + 4 * kSecondsPerWeek);
    const double key = weekKey(card->item().subject.week);
    EXPECT_FALSE(chart->xAxis->range().contains(key));
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Return);
    EXPECT_TRUE(window_->page(Page::Dashboard)->isVisible());
    EXPECT_TRUE(chart->xAxis->range().contains(key));
    EXPECT_EQ(dashboard()->loadChart()->xAxis->range(), chart->xAxis->range());
}

TEST_F(Dashboard, TheChartsFollowADarkPalette) {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    WeeklyVolumeChart* chart = dashboard()->weeklyChart();
    EXPECT_NE(chart->xAxis->tickLabelColor(), QColor(0xee, 0xee, 0xee));
    dashboard()->setPalette(dark);
    EXPECT_EQ(chart->xAxis->tickLabelColor(), QColor(0xee, 0xee, 0xee));
    EXPECT_EQ(dashboard()->loadChart()->yAxis->labelColor(), QColor(0xee, 0xee, 0xee));
}

}  // namespace
}  // namespace stridelog::gui::testing

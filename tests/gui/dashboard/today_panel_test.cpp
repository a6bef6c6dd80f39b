// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's "Today" panel (RULES.md R15) in the real main window, offscreen, with a
// journal in a temporary folder and a pinned clock (Saturday 2026-11-21 12:00, Berlin): last
// week 20 km, this week 10 km so far, so 12 km are left of the 22 km limit and a run of up to
// 11 km is not a spike.

#include "app/gui/widgets/today_panel.h"
#include "app/gui/main_window.h"
#include "app/gui/pages/dashboard_page.h"
#include "app/gui/session/journal_edits.h"

#include "core/model/clock.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace stridelog::gui::testing {
namespace {

Instant at(int year, int month, int day, int hour = 8) {
    return Instant::fromLocal(QDate(year, month, day), QTime(hour, 0));
}

class Today : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_TRUE(folder_.isValid());
        OpenOptions options;
        options.clock = &clock_;
        auto journal = Journal::open(folder_.filePath(QStringLiteral("journal.sqlite")), options);
        ASSERT_TRUE(journal) << journal.error().message.toStdString();
        Shoe pegasus;
        pegasus.name = QStringLiteral("Pegasus 40");
        pegasus.startDistance = Distance::fromMetres(700'000);
        pegasus_ = journal.value()->addShoe(pegasus).value();
        Shoe trail;
        trail.name = QStringLiteral("Trail pair");
        trail.startDistance = Distance::fromMetres(100'000);
        trail.limit = Distance::fromMetres(800'000);
        trail_ = journal.value()->addShoe(trail).value();
        auto session = std::make_unique<JournalSession>(std::move(journal).value(), clock_);
        window_ = std::make_unique<MainWindow>(std::move(session), clock_);
        window_->setCheckInEnabled(false);
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
    void logPain(Duration lasted) {
        PainEntry pain;
        pain.start = at(2026, 11, 17, 20);
        pain.end = pain.start.plusSeconds(lasted.seconds());
        pain.knee = Knee::Right;
        pain.site = Site::Outside;
        pain.intensity = 3;
        pain.onset = Onset::After;
        ASSERT_TRUE(edits::logPain(window_->session(), pain));
    }
    TodayPanel* panel() const {
        auto* dashboard = qobject_cast<DashboardPage*>(window_->page(Page::Dashboard));
        return dashboard ? dashboard->findChild<TodayPanel*>() : nullptr;
    }
    QString shown(const char* name) const {
        auto* label = panel()->findChild<QLabel*>(QString::fromLatin1(name));
        return label && label->isVisibleTo(panel()) ? label->text() : QString();
    }

    QTemporaryDir folder_;
    FixedClock clock_{at(2026, 11, 21, 12)};
    ShoeId pegasus_;
    ShoeId trail_;
    std::unique_ptr<MainWindow> window_;
};

TEST_F(Today, ShowsWhatIsLeftTheLongestRunAndThePairToWear) {
    ASSERT_NE(panel(), nullptr);
    EXPECT_TRUE(panel()->isVisible());
    EXPECT_EQ(shown("todayStatus"), QStringLiteral("You can run today"));
    EXPECT_EQ(shown("todayWeekLeft"), QStringLiteral("12.0 km"));
    EXPECT_EQ(shown("todayRunMax"), QStringLiteral("11.0 km"));
    // Pegasus: 730 of 1000 km (73%); the trail pair: 100 of 800 km (12.5%).
    EXPECT_EQ(shown("todayPair"), QStringLiteral("Trail pair"));
    EXPECT_TRUE(shown("todayAdvice").isEmpty());
    EXPECT_TRUE(panel()->toolTip().contains(QStringLiteral("Up to 12.0 km left this week.")));
}

TEST_F(Today, ARunLoggedTodayShrinksWhatIsLeftAndUndoBringsItBack) {
    logRun(at(2026, 11, 21, 9), 5'000);
    EXPECT_EQ(shown("todayWeekLeft"), QStringLiteral("7.0 km"));
    window_->activateWindow();
    QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(shown("todayWeekLeft"), QStringLiteral("12.0 km"));
}

TEST_F(Today, ARunPastTheLimitLeavesNothing) {
    logRun(at(2026, 11, 20), 12'001);
    EXPECT_EQ(shown("todayWeekLeft"), QStringLiteral("0.0 km"));
    EXPECT_EQ(shown("todayRunMax"), QStringLiteral("13.2 km"));  // 12.001 km × 1.1, rounded down
}

TEST_F(Today, StageTwoPainSaysCutBackAndKeepsTheNumbers) {
    logPain(Duration::fromHours(71));
    EXPECT_EQ(shown("todayStatus"), QStringLiteral("Run, but cut back"));
    EXPECT_EQ(shown("todayWeekLeft"), QStringLiteral("12.0 km"));
    EXPECT_TRUE(shown("todayAdvice").contains(QStringLiteral("cut your volume and intensity")));
}

TEST_F(Today, StageThreePainMeansNoRunningTodayInsteadOfTheNumbers) {
    logPain(Duration::fromHours(72));
    EXPECT_EQ(shown("todayStatus"), QStringLiteral("No running today"));
    EXPECT_TRUE(shown("todayWeekLeft").isEmpty());
    EXPECT_TRUE(shown("todayPair").isEmpty());
    EXPECT_TRUE(
        shown("todayAdvice").startsWith(QStringLiteral("No running today after a stage 3")));
    EXPECT_FALSE(panel()->allowance().runToday);
    EXPECT_TRUE(panel()->accessibleDescription().startsWith(QStringLiteral("No running today")));
    window_->session().undoStack().undo();
    EXPECT_EQ(shown("todayStatus"), QStringLiteral("You can run today"));
}

TEST_F(Today, OnTheWayBackThePanelNamesTheSessionOrTheRestDay) {
    // A way back started on Thursday: no session yet, so today is level 1's session.
    ComebackProgramme programme;
    programme.start = at(2026, 11, 19, 8);
    programme.walkOk = true;
    ASSERT_TRUE(window_->session().journal().startProgramme(programme));
    EXPECT_EQ(shown("todayStatus"), QStringLiteral("The way back: level 1 of 6 today"));
    EXPECT_TRUE(shown("todayWeekLeft").isEmpty());  // R1's numbers do not apply
    EXPECT_TRUE(shown("todayAdvice").contains(QStringLiteral("Level 1 of 6")))
        << shown("todayAdvice").toStdString();

    // A session this morning: the next is due the day after tomorrow, so today is a rest day.
    logRun(at(2026, 11, 21, 9), 1'700);
    EXPECT_EQ(shown("todayStatus"), QStringLiteral("Rest today"));
    EXPECT_FALSE(panel()->allowance().runToday);
}

TEST_F(Today, SpeaksInMilesWhenTheUnitsSettingSaysSo) {
    Settings settings = window_->session().evaluation().journal.settings;
    settings.units = UnitSystem::Miles;
    ASSERT_TRUE(edits::saveSettings(window_->session(), settings));
    EXPECT_EQ(shown("todayWeekLeft"), QStringLiteral("7.5 mi"));  // 12 km
    EXPECT_EQ(shown("todayRunMax"), QStringLiteral("6.8 mi"));    // 11 km
}

TEST_F(Today, AChangeMadeOnAnotherPageIsShownWhenTheDashboardComesBack) {
    window_->showPage(Page::Runs);
    logRun(at(2026, 11, 21, 9), 5'000);
    window_->showPage(Page::Dashboard);
    EXPECT_EQ(shown("todayWeekLeft"), QStringLiteral("7.0 km"));
}

TEST_F(Today, FitsBesideTheChartsAtTheSmallestWindow) {
    window_->resize(1024, 640);
    QTest::qWait(0);
    QApplication::processEvents();
    const QRect inWindow(panel()->mapTo(window_.get(), QPoint(0, 0)), panel()->size());
    EXPECT_TRUE(window_->rect().contains(inWindow));
    EXPECT_GE(panel()->height(), panel()->minimumSizeHint().height());
}

}  // namespace
}  // namespace stridelog::gui::testing

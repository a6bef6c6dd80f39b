// SPDX-License-Identifier: GPL-3.0-or-later
// The run page: opened from the runs table with Enter, drawn from the run's kept track.

#include "views_fixture.h"

#include "app/gui/charts/route_view.h"
#include "app/gui/charts/track_chart.h"
#include "app/gui/pages/entry_table_page.h"
#include "app/gui/pages/run_page.h"
#include "app/gui/screenshot.h"

#include <QImage>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>

namespace stridelog::gui::testing {
namespace {

using RunPageTest = ViewsTest;

TEST_F(RunPageTest, EnterOnARunOpensItsPageWithLapsSplitsAndChart) {
    const auto ids = import({kImportData + QStringLiteral("nogps.tcx")});
    ASSERT_EQ(ids.size(), 1u);
    show();
    window_->showPage(Page::Runs);
    auto* runs = qobject_cast<EntryTablePage*>(window_->page(Page::Runs));
    runs->focusEntry(ids[0].value());
    QTest::keyClick(runs->table(), Qt::Key_Return);

    auto* page = window_->findChild<RunPage*>();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isVisible());
    EXPECT_EQ(page->runId(), ids[0]);
    EXPECT_EQ(page->lapsTable()->rowCount(), 2);
    EXPECT_EQ(page->lapsTable()->item(0, 2)->text(), QStringLiteral("5:01"));  // 300.5 s
    EXPECT_EQ(page->splitsTable()->rowCount(), 2);                             // 2000 m
    EXPECT_TRUE(page->chart()->panels().contains(QStringLiteral("Pace (min/km)")));
    EXPECT_TRUE(page->route()->route().empty());  // a treadmill file: no positions
}

TEST_F(RunPageTest, AGpxRunDrawsItsRouteAndThePainAfterIt) {
    const auto ids = import({kImportData + QStringLiteral("pauses_gpx11.gpx")});
    ASSERT_EQ(ids.size(), 1u);
    PainEntry pain;
    pain.start = Instant::fromLocal(QDate(2024, 5, 4), QTime(20, 0));
    pain.end = pain.start.plusSeconds(3 * 3600);
    pain.knee = Knee::Left;
    pain.site = Site::Front;
    pain.intensity = 3;
    pain.onset = Onset::After;
    ASSERT_TRUE(journal().addPain(pain));
    RunPage* page = window_->showRun(ids[0].value());
    ASSERT_EQ(page->route()->route().size(), 5u);
    EXPECT_GT(page->route()->route().back().y(), 1000);  // 1.1 km north of the start
    const QString painText = page->findChild<QLabel*>(QStringLiteral("runPain"))->text();
    EXPECT_TRUE(painText.contains(QStringLiteral("3/10"))) << painText.toStdString();
    const QImage image = page->route()->grab().toImage();
    EXPECT_FALSE(image.isNull());
}

TEST_F(RunPageTest, ARealWatchFileFillsEveryPanel) {
    const QString samples = samplesDir();
    if (samples.isEmpty()) GTEST_SKIP() << "../shared/samples is not there";
    const auto ids = import({samples + QStringLiteral("Garmin_Forerunner_910XT-Running.fit")});
    ASSERT_EQ(ids.size(), 1u);
    RunPage* page = window_->showRun(ids[0].value());
    EXPECT_EQ(page->lapsTable()->rowCount(), 10);
    EXPECT_EQ(page->splitsTable()->rowCount(), 9);  // 9843 m
    EXPECT_GT(page->route()->route().size(), 700u);
    EXPECT_TRUE(page->chart()->panels().contains(QStringLiteral("Heart rate")));
    const QString path = folder_.filePath(QStringLiteral("run.png"));
    ASSERT_TRUE(saveScreenshot(*window_, QStringLiteral("run"), path, ids[0].value()));
    EXPECT_FALSE(QImage(path).isNull());
}

TEST_F(RunPageTest, ARunLoggedByHandSaysItHasNoTrack) {
    stridelog::Run run;
    run.start = Instant::fromLocal(QDate(2026, 11, 20), QTime(7, 0));
    run.distance = Distance::fromMetres(5000);
    run.duration = Duration::fromSeconds(1800);
    const auto id = journal().addRun(run);
    ASSERT_TRUE(id);
    RunPage* page = window_->showRun(id->value());
    EXPECT_TRUE(page->chart()->panels().isEmpty());
    EXPECT_EQ(page->splitsTable()->rowCount(), 0);
    const QString rules = page->findChild<QLabel*>(QStringLiteral("runRules"))->text();
    EXPECT_TRUE(rules.contains(QStringLiteral("30 days"))) << rules.toStdString();
}

}  // namespace
}  // namespace stridelog::gui::testing

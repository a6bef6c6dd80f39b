// SPDX-License-Identifier: GPL-3.0-or-later
// The way-back page: a demo-like journal's programme in words and drawn, and a journal without
// one told what the way back is and when it opens.

#include "views_fixture.h"

#include "app/gui/charts/qcustomplot_include.h"
#include "app/gui/pages/way_back_page.h"

#include "core/demo/demo_history.h"

#include <QLabel>
#include <QListWidget>

namespace stridelog::gui::testing {
namespace {

using WayBackPageTest = ViewsTest;

WayBackPage* openWayBack(MainWindow& window) {
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    const QList<QListWidgetItem*> row =
        navigation->findItems(QStringLiteral("Way back"), Qt::MatchExactly);
    if (row.size() != 1) return nullptr;
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(row[0]).center());
    return window.findChild<WayBackPage*>();
}

TEST_F(WayBackPageTest, DemoJournalShowsLevelsSessionsAndTheStepBack) {
    DemoOptions options;
    options.years = 1;
    options.endDate = QDate(2026, 11, 21);
    options.tracks = false;
    ASSERT_TRUE(journal().insertAll(generateDemoHistory(options)));
    session().refresh();
    show();
    WayBackPage* page = openWayBack(*window_);
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isVisible());
    const auto& status = session().evaluation().comeback;
    ASSERT_TRUE(status);
    ASSERT_FALSE(status->sessions.empty());

    EXPECT_TRUE(
        page->heading()->text().startsWith(QStringLiteral("Level %1 of 6").arg(status->level)));
    // The demo's one step back, with its reasons in core's words.
    EXPECT_TRUE(page->decision()->text().contains(QStringLiteral("Back to level 1")))
        << page->decision()->text().toStdString();
    EXPECT_TRUE(page->decision()->text().contains(QStringLiteral("the limit is 2/10")));
    auto* levels = page->findChild<QLabel*>(QStringLiteral("wayBackLevels"));
    ASSERT_NE(levels, nullptr);
    EXPECT_TRUE(levels->text().contains(QStringLiteral("you are here")));

    QCustomPlot* chart = page->sessionsChart();
    EXPECT_TRUE(chart->isVisible());
    ASSERT_GE(chart->graphCount(), 3);
    EXPECT_EQ(chart->graph(0)->dataCount(), static_cast<int>(status->sessions.size()));
    EXPECT_FALSE(chart->xAxis->label().isEmpty());
    EXPECT_FALSE(chart->yAxis->label().isEmpty());
    EXPECT_TRUE(chart->legend->visible());
    EXPECT_TRUE(chart->accessibleDescription().contains(QStringLiteral("sessions")));
}

TEST_F(WayBackPageTest, WithoutAProgrammeItExplainsWhenItOpens) {
    show();
    WayBackPage* page = openWayBack(*window_);
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->heading()->text().contains(QStringLiteral("opens after a pain of stage 3")));
    EXPECT_TRUE(page->decision()->text().contains(QStringLiteral("gone for 2 days")));
    EXPECT_FALSE(page->sessionsChart()->isVisible());
    EXPECT_FALSE(page->nextSession()->isVisible());
}

}  // namespace
}  // namespace stridelog::gui::testing

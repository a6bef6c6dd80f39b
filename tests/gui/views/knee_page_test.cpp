// SPDX-License-Identifier: GPL-3.0-or-later
// The Knee page: pain over time by stage over the weekly distance, the sites with their counts,
// and what the pain follows.

#include "views_fixture.h"

#include "app/gui/charts/qcustomplot_include.h"
#include "app/gui/pages/knee_page.h"
#include "app/gui/screenshot.h"
#include "app/gui/widgets/knee_site_counts.h"

#include <QImage>
#include <QListWidget>
#include <QTableWidget>

#include <cmath>

namespace stridelog::gui::testing {
namespace {

using KneePageTest = ViewsTest;

TEST_F(KneePageTest, PainBySiteStageAndWhatItFollows) {
    // 6 hilly runs, 4 followed by pain at the front; 10 flat runs, 1 followed, outside.
    for (int i = 0; i < 16; ++i) {
        stridelog::Run run;
        run.start = Instant::fromLocal(QDate(2026, 8, 1).addDays(i * 6), QTime(7, 0));
        run.distance = Distance::fromMetres(8000);
        run.duration = Duration::fromSeconds(2880);
        run.hilly = i < 6;
        const auto id = journal().addRun(run);
        ASSERT_TRUE(id);
        if (i < 4 || i == 10) {
            PainEntry pain;
            pain.start = run.start.plusSeconds(4 * 3600);
            pain.end = pain.start.plusSeconds(i == 0 ? 80 * 3600 : 10 * 3600);  // 80 h: stage 3
            pain.run = *id;
            pain.knee = Knee::Right;
            pain.site = i == 10 ? Site::Outside : Site::Front;
            pain.intensity = 3 + i % 3;
            pain.onset = Onset::After;
            ASSERT_TRUE(journal().addPain(pain));
        }
    }
    show();
    auto* navigation = window_->findChild<QListWidget*>(QStringLiteral("navigation"));
    const QList<QListWidgetItem*> knee =
        navigation->findItems(QStringLiteral("Knee"), Qt::MatchExactly);
    ASSERT_EQ(knee.size(), 1);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(knee[0]).center());
    auto* page = window_->findChild<KneePage*>();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isVisible());

    EXPECT_EQ(page->sites()->count(Site::Front), 4);
    EXPECT_EQ(page->sites()->count(Site::Outside), 1);
    EXPECT_EQ(page->sites()->count(Site::Behind), 0);
    // Stage 1 holds four entries, stage 3 the one that lasted 80 h.
    QCustomPlot* timeline = page->timeline();
    int stageOne = 0, stageThree = 0;
    for (int i = 0; i < timeline->graphCount(); ++i) {
        if (timeline->graph(i)->name() == QStringLiteral("Stage 1"))
            stageOne = timeline->graph(i)->dataCount();
        if (timeline->graph(i)->name() == QStringLiteral("Stage 3"))
            stageThree = timeline->graph(i)->dataCount();
    }
    EXPECT_EQ(stageOne, 4);
    EXPECT_EQ(stageThree, 1);
    EXPECT_EQ(timeline->itemCount(), 5);  // one duration line per entry

    QTableWidget* rates = page->ratesTable();
    int hillyRow = -1, flatRow = -1;
    for (int row = 0; row < rates->rowCount(); ++row) {
        if (rates->item(row, 0)->text() == QStringLiteral("hilly runs")) hillyRow = row;
        if (rates->item(row, 0)->text().contains(QStringLiteral("not marked hilly"))) flatRow = row;
    }
    ASSERT_GE(hillyRow, 0);
    EXPECT_EQ(rates->item(hillyRow, 1)->text(), QStringLiteral("4 of 6 (67%)"));
    EXPECT_EQ(rates->item(hillyRow, 2)->text(), QStringLiteral("1 of 10 (10%)"));
    EXPECT_EQ(rates->item(hillyRow, 3)->text(), QStringLiteral("Pattern"));
    ASSERT_GE(flatRow, 0);
    EXPECT_TRUE(rates->item(flatRow, 3)->text().isEmpty());  // shown below the threshold too

    const QString path = folder_.filePath(QStringLiteral("knee.png"));
    ASSERT_TRUE(saveScreenshot(*window_, QStringLiteral("knee"), path));
    EXPECT_FALSE(QImage(path).isNull());
}

TEST_F(KneePageTest, TheMorningChecksAreALineOverTime) {
    // Three mornings up to "now" (Saturday 21 November) and one the day after, not yet counted.
    for (const auto& [day, pain] :
         {std::pair{QDate(2026, 11, 18), 1}, std::pair{QDate(2026, 11, 19), 3},
          std::pair{QDate(2026, 11, 21), 2}, std::pair{QDate(2026, 11, 22), 5}}) {
        MorningCheck morning;
        morning.date = day;
        morning.pain = pain;
        ASSERT_TRUE(journal().putMorning(morning));
    }
    show();
    window_->showPage(Page::Knee);
    auto* page = window_->findChild<KneePage*>();
    ASSERT_NE(page, nullptr);
    QCPGraph* mornings = nullptr;
    for (int i = 0; i < page->timeline()->graphCount(); ++i)
        if (page->timeline()->graph(i)->name() == QStringLiteral("Knee in the morning"))
            mornings = page->timeline()->graph(i);
    ASSERT_NE(mornings, nullptr);
    // 19 to 21 November is two days: one line, no break.
    ASSERT_EQ(mornings->dataCount(), 3);
    EXPECT_EQ(mornings->data()->at(0)->value, 1);
    EXPECT_EQ(mornings->data()->at(1)->value, 3);
    EXPECT_EQ(mornings->data()->at(2)->value, 2);

    // A check four days after the last one does not join the line: a break comes between.
    MorningCheck later;
    later.date = QDate(2026, 11, 14);
    later.pain = 4;
    ASSERT_TRUE(journal().putMorning(later));
    for (int i = 0; i < page->timeline()->graphCount(); ++i)
        if (page->timeline()->graph(i)->name() == QStringLiteral("Knee in the morning"))
            mornings = page->timeline()->graph(i);
    ASSERT_EQ(mornings->dataCount(), 5);
    EXPECT_TRUE(std::isnan(mornings->data()->at(1)->value));
}

}  // namespace
}  // namespace stridelog::gui::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// The pair page: opened from the shoes table, its rate over 8 weeks and the day it reaches
// its limit.

#include "views_fixture.h"

#include "app/gui/pages/entry_table_page.h"
#include "app/gui/pages/shoe_page.h"
#include "app/gui/presenters/shoe_presenter.h"
#include "app/gui/screenshot.h"

#include "app/gui/charts/qcustomplot_include.h"

#include <QImage>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>

namespace stridelog::gui::testing {
namespace {

using ShoePageTest = ViewsTest;

TEST_F(ShoePageTest, DoubleClickOpensThePairWithItsLimitDate) {
    Shoe shoe;
    shoe.name = QStringLiteral("Pegasus 40");
    shoe.limit = Distance::fromMetres(100'000);
    const auto id = journal().addShoe(shoe);
    ASSERT_TRUE(id);
    for (const QDate day : {QDate(2026, 9, 1), QDate(2026, 10, 1), QDate(2026, 10, 15),
                            QDate(2026, 11, 1), QDate(2026, 11, 20)}) {
        stridelog::Run run;
        run.start = Instant::fromLocal(day, QTime(7, 0));
        run.distance = Distance::fromMetres(10'000);
        run.duration = Duration::fromSeconds(3600);
        run.shoe = *id;
        ASSERT_TRUE(journal().addRun(run));
    }
    show();
    window_->showPage(Page::Shoes);
    auto* shoes = qobject_cast<EntryTablePage*>(window_->page(Page::Shoes));
    shoes->focusEntry(id->value());
    QTableView* table = shoes->table();
    const QPoint cell = table->visualRect(table->model()->index(0, 0)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);

    auto* page = window_->findChild<ShoePage*>();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isVisible());
    EXPECT_EQ(page->shoeId(), *id);
    const QString forecast = page->forecastLabel()->text();
    EXPECT_TRUE(forecast.contains(QStringLiteral("5.0 km a week"))) << forecast.toStdString();
    EXPECT_TRUE(forecast.contains(QStringLiteral("around 30 January 2027")))
        << forecast.toStdString();
    EXPECT_EQ(page->runsTable()->rowCount(), 5);
    // The wear line ends at the pair's 50 km; the limit and 80% marks are drawn.
    QCPGraph* wear = page->wearChart()->graph(0);
    ASSERT_NE(wear, nullptr);
    EXPECT_DOUBLE_EQ((wear->data()->constEnd() - 1)->value, 50.0);
    EXPECT_EQ(page->wearChart()->itemCount(), 4);  // two lines, two labels
    const QString path = folder_.filePath(QStringLiteral("shoe.png"));
    ASSERT_TRUE(saveScreenshot(*window_, QStringLiteral("shoe"), path, id->value()));
    EXPECT_FALSE(QImage(path).isNull());
}

TEST_F(ShoePageTest, TheReminderOfAWornPairSaysWhenItReachesItsLimit) {
    Shoe shoe;
    shoe.name = QStringLiteral("Worn");
    shoe.limit = Distance::fromMetres(100'000);
    shoe.startDistance = Distance::fromMetres(75'000);
    const auto id = journal().addShoe(shoe);
    ASSERT_TRUE(id);
    stridelog::Run run;
    run.start = Instant::fromLocal(QDate(2026, 11, 10), QTime(7, 0));
    run.distance = Distance::fromMetres(8'000);  // 83 km: past 80%
    run.duration = Duration::fromSeconds(2880);
    run.shoe = *id;
    ASSERT_TRUE(journal().addRun(run));
    session().refresh();
    const auto lines = presentShoeReminders(session().evaluation());
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].text, QStringLiteral("Worn has 83 km of its 100 km: plan a replacement."));
    // 17 km left at 8 km / 56 days: 119 days after 21 November.
    EXPECT_EQ(
        lines[0].forecast,
        QStringLiteral("At its rate of the last 8 weeks it reaches its limit around 20 March."));
}

}  // namespace
}  // namespace stridelog::gui::testing

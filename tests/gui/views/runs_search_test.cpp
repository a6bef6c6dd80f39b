// SPDX-License-Identifier: GPL-3.0-or-later
// Searching the runs table across notes and the pairs' names.

#include "views_fixture.h"

#include "app/gui/pages/entry_table_page.h"

#include <QLineEdit>
#include <QTableView>

namespace stridelog::gui::testing {
namespace {

using RunsSearchTest = ViewsTest;

TEST_F(RunsSearchTest, TypingKeepsTheRunsWhoseNotesOrPairMatch) {
    Shoe shoe;
    shoe.name = QStringLiteral("Pegasus 40");
    const auto pegasus = journal().addShoe(shoe);
    ASSERT_TRUE(pegasus);
    const std::vector<std::pair<QString, bool>> runs{
        {QStringLiteral("Hill repeats, 8 × 200 m"), false},
        {QStringLiteral("easy loop"), true},
        {QStringLiteral("long run by the lake"), false}};
    for (std::size_t i = 0; i < runs.size(); ++i) {
        stridelog::Run run;
        run.start = Instant::fromLocal(QDate(2026, 11, 10 + static_cast<int>(i)), QTime(7, 0));
        run.distance = Distance::fromMetres(8000);
        run.duration = Duration::fromSeconds(2880);
        run.notes = runs[i].first;
        if (runs[i].second) run.shoe = *pegasus;
        ASSERT_TRUE(journal().addRun(run));
    }
    show();
    window_->showPage(Page::Runs);
    auto* page = qobject_cast<EntryTablePage*>(window_->page(Page::Runs));
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchRuns"));
    ASSERT_NE(search, nullptr);
    ASSERT_EQ(page->table()->model()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("HILL"));
    EXPECT_EQ(page->table()->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("pegasus"));
    ASSERT_EQ(page->table()->model()->rowCount(), 1);
    search->clear();
    EXPECT_EQ(page->table()->model()->rowCount(), 3);
}

}  // namespace
}  // namespace stridelog::gui::testing

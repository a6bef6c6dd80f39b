// SPDX-License-Identifier: GPL-3.0-or-later
// Searching the runs table across notes and the pairs' names.

#include "views_fixture.h"

#include "app/gui/models/entry_table_model.h"
#include "app/gui/pages/entry_table_page.h"

#include <QLabel>
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

TEST_F(RunsSearchTest, ASearchLooksAcrossAllDatesAndEveryLineOfTheNotes) {
    const std::vector<std::pair<QDate, QString>> runs{
        {QDate(2025, 6, 1), QStringLiteral("Race day\nRain at the stadium, 5 km PB")},
        {QDate(2026, 11, 10), QStringLiteral("easy loop")},
        {QDate(2026, 11, 12), QStringLiteral("stadium strides")}};
    for (const auto& [day, notes] : runs) {
        stridelog::Run run;
        run.start = Instant::fromLocal(day, QTime(7, 0));
        run.distance = Distance::fromMetres(5000);
        run.duration = Duration::fromSeconds(1500);
        run.notes = notes;
        ASSERT_TRUE(journal().addRun(run));
    }
    show();
    window_->showPage(Page::Runs);
    auto* page = qobject_cast<EntryTablePage*>(window_->page(Page::Runs));
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchRuns"));
    auto* count = page->findChild<QLabel*>(QStringLiteral("rowCount"));
    ASSERT_NE(search, nullptr);
    ASSERT_NE(count, nullptr);
    // Only the last three months are shown: the race of June 2025 is not among them.
    page->setDateRange(QDate(2026, 8, 21), QDate(2026, 11, 21));
    ASSERT_EQ(page->table()->model()->rowCount(), 2);
    // Its second line of notes, which the table's cell leaves out, is found all the same.
    QTest::keyClicks(search, QStringLiteral("rain at"));
    ASSERT_EQ(page->table()->model()->rowCount(), 1);
    EXPECT_EQ(page->table()->model()->index(0, 0).data(EntryTableModel::DateRole).toDate(),
              QDate(2025, 6, 1));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("STADIUM"));
    EXPECT_EQ(page->table()->model()->rowCount(), 2);
    EXPECT_TRUE(count->text().contains(QStringLiteral("any date"))) << count->text().toStdString();
    // Cleared, the dates apply again.
    search->clear();
    EXPECT_EQ(page->table()->model()->rowCount(), 2);
    EXPECT_TRUE(page->dateFilterOn());
    EXPECT_FALSE(count->text().contains(QStringLiteral("any date")));
}

}  // namespace
}  // namespace stridelog::gui::testing

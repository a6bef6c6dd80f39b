// SPDX-License-Identifier: GPL-3.0-or-later
// Every page presents one evaluation: a change to the journal builds the rules' as-of view
// once, whatever pages are open, and the Knee page's weeks stand where the dashboard's do.

#include "views_fixture.h"

#include "app/gui/charts/qcustomplot_include.h"
#include "app/gui/pages/calendar_page.h"
#include "app/gui/pages/knee_page.h"
#include "app/gui/pages/shoe_page.h"
#include "app/gui/presenters/weekly_volume_presenter.h"

#include "core/rules/as_of_journal.h"

namespace stridelog::gui::testing {
namespace {

class OneEvaluationTest : public ViewsTest {
protected:
    ShoeId addPairWithRuns() {
        Shoe shoe;
        shoe.name = QStringLiteral("Pegasus 40");
        shoe.limit = Distance::fromMetres(1'000'000);
        const auto pair = journal().addShoe(shoe);
        EXPECT_TRUE(pair);
        for (int i = 0; i < 30; ++i) {
            stridelog::Run run;
            run.start = Instant::fromLocal(QDate(2026, 9, 1).addDays(i * 2), QTime(7, 30));
            run.distance = Distance::fromMetres(8000 + 100 * i);
            run.duration = Duration::fromSeconds(2880);
            run.shoe = *pair;
            const auto id = journal().addRun(run);
            EXPECT_TRUE(id);
            if (i % 7 == 0) {
                PainEntry pain;
                pain.start = run.start.plusSeconds(5 * 3600);
                pain.end = pain.start.plusSeconds(30 * 3600);
                pain.run = *id;
                pain.knee = Knee::Left;
                pain.site = Site::Inside;
                pain.intensity = 4;
                pain.onset = Onset::After;
                EXPECT_TRUE(journal().addPain(pain));
            }
        }
        return *pair;
    }
};

TEST_F(OneEvaluationTest, AnEditBuildsTheRulesViewOnceWithEveryPageOpen) {
    const ShoeId pair = addPairWithRuns();
    show();
    window_->showPage(Page::Knee);
    window_->showPage(Page::Calendar);
    window_->showShoe(pair.value());
    window_->showPage(Page::Dashboard);
    QCoreApplication::processEvents();

    const std::uint64_t before = AsOfJournal::builtCount();
    stridelog::Run run;
    run.start = Instant::fromLocal(QDate(2026, 11, 20), QTime(18, 0));
    run.distance = Distance::fromMetres(6000);
    run.duration = Duration::fromSeconds(2100);
    run.shoe = pair;
    ASSERT_TRUE(journal().addRun(run));  // the store's change signal refreshes the session
    QCoreApplication::processEvents();
    EXPECT_EQ(AsOfJournal::builtCount() - before, 1u);
    EXPECT_EQ(session().evaluation().journal.runs.size(), 31u);
}

TEST_F(OneEvaluationTest, TheKneePagesWeeksStandOnTheDashboardsWeekKeys) {
    addPairWithRuns();
    show();
    window_->showPage(Page::Knee);
    auto* page = window_->findChild<KneePage*>();
    ASSERT_NE(page, nullptr);
    QCPBars* weeks = nullptr;
    for (int i = 0; i < page->timeline()->plottableCount(); ++i)
        if (auto* bars = qobject_cast<QCPBars*>(page->timeline()->plottable(i))) weeks = bars;
    ASSERT_NE(weeks, nullptr);

    const WeeklyVolumeData dashboard = presentWeeklyVolume(session().evaluation());
    ASSERT_EQ(weeks->data()->size(), static_cast<int>(dashboard.bars.size()));
    ASSERT_FALSE(dashboard.bars.empty());
    int index = 0;
    for (auto it = weeks->data()->constBegin(); it != weeks->data()->constEnd(); ++it, ++index) {
        const WeekBar& bar = dashboard.bars[static_cast<std::size_t>(index)];
        EXPECT_DOUBLE_EQ(it->key, bar.key) << bar.weekStart.toString(Qt::ISODate).toStdString();
        EXPECT_DOUBLE_EQ(it->value, bar.volume);
    }
}

}  // namespace
}  // namespace stridelog::gui::testing

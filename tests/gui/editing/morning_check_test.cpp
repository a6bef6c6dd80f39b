// SPDX-License-Identifier: GPL-3.0-or-later
// The morning check strip driven like a runner: offered while a pain entry is less than 28
// days old or a way back is active, answered by one digit, dismissed by Escape or its close
// button for the rest of the day, opened from Journal ▸ Morning check…, and undone and redone
// as one step.

#include "editing_fixture.h"

#include "app/gui/reminders/morning_check_strip.h"

#include <QAction>
#include <QCheckBox>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

namespace stridelog::gui::testing {
namespace {

class MorningCheckTest : public EditingTest {
protected:
    MorningCheckStrip* strip() {
        return window_->findChild<MorningCheckStrip*>(QStringLiteral("morningCheck"));
    }
    void addPainStartedDaysAgo(int days) {
        PainEntry pain;
        pain.start = clock_.now().plusSeconds(-std::int64_t{days} * 24 * 3600);
        pain.end = pain.start.plusSeconds(3600);
        pain.intensity = 3;
        ASSERT_TRUE(journal().addPain(pain));
    }
    std::vector<MorningCheck> mornings() { return journal().mornings().value(); }
};

TEST_F(MorningCheckTest, NotOfferedWhileTheKneeIsNotWatched) {
    showWindow();
    ASSERT_NE(strip(), nullptr);
    EXPECT_TRUE(strip()->isHidden());
}

TEST_F(MorningCheckTest, OfferedForAPain27DaysOldNotFor28) {
    showWindow();
    addPainStartedDaysAgo(28);
    EXPECT_TRUE(strip()->isHidden());
    addPainStartedDaysAgo(27);
    EXPECT_FALSE(strip()->isHidden());
}

TEST_F(MorningCheckTest, OfferedDuringAnActiveProgramme) {
    showWindow();
    ComebackProgramme programme;
    programme.start = at(2026, 11, 19, 8);
    programme.walkOk = true;
    ASSERT_TRUE(journal().startProgramme(programme));
    EXPECT_FALSE(strip()->isHidden());
}

TEST_F(MorningCheckTest, OneDigitAnswersWithTheTickedBoxesAndTheStripGoes) {
    showWindow();
    addPainStartedDaysAgo(3);
    ASSERT_FALSE(strip()->isHidden());
    QTest::mouseClick(child<QCheckBox>(strip(), "morningSwelling"), Qt::LeftButton);
    QTest::keyClick(strip(), Qt::Key_3);

    const auto checks = mornings();
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_EQ(checks[0].date, QDate(2026, 11, 21));
    EXPECT_EQ(checks[0].pain, 3);
    EXPECT_TRUE(checks[0].swelling);
    EXPECT_FALSE(checks[0].limp);
    EXPECT_TRUE(strip()->isHidden());
    EXPECT_EQ(window_->statusBar()->currentMessage(), QStringLiteral("Saved: Morning check"));
}

TEST_F(MorningCheckTest, TheFocusedStripTakesTheDigitFromTheKeyboard) {
    showWindow();
    addPainStartedDaysAgo(3);
    ASSERT_TRUE(waitFor([&] { return strip()->hasFocus(); }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);
    ASSERT_EQ(mornings().size(), 1u);
    EXPECT_EQ(mornings()[0].pain, 0);
}

TEST_F(MorningCheckTest, EscapeDismissesItForTheDayAndNothingIsWritten) {
    showWindow();
    addPainStartedDaysAgo(3);
    QTest::keyClick(strip(), Qt::Key_Escape);
    EXPECT_TRUE(strip()->isHidden());
    EXPECT_TRUE(mornings().empty());
    addPainStartedDaysAgo(1);  // a journal change the same day does not bring it back
    EXPECT_TRUE(strip()->isHidden());
}

TEST_F(MorningCheckTest, TheCloseButtonDismissesItAndTheMenuBringsItBack) {
    showWindow();
    addPainStartedDaysAgo(3);
    QTest::mouseClick(child<QToolButton>(strip(), "morningClose"), Qt::LeftButton);
    EXPECT_TRUE(strip()->isHidden());
    window_->findChild<QAction*>(QStringLiteral("morningCheckAction"))->trigger();
    EXPECT_FALSE(strip()->isHidden());
    QTest::mouseClick(child<QToolButton>(strip(), "morningPain10"), Qt::LeftButton);
    ASSERT_EQ(mornings().size(), 1u);
    EXPECT_EQ(mornings()[0].pain, 10);
}

TEST_F(MorningCheckTest, UndoTakesTheCheckBackAndRedoPutsItBack) {
    showWindow();
    addPainStartedDaysAgo(3);
    QTest::keyClick(strip(), Qt::Key_2);
    ASSERT_EQ(mornings().size(), 1u);
    QAction* undo = window_->findChild<QAction*>(QStringLiteral("undoAction"));
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Morning check"));
    QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(mornings().empty());
    EXPECT_EQ(window_->statusBar()->currentMessage(), QStringLiteral("Undone: Morning check"));
    QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(mornings().size(), 1u);
    EXPECT_EQ(mornings()[0].pain, 2);
}

TEST_F(MorningCheckTest, UndoOfASecondCheckThatDayPutsTheFirstBack) {
    showWindow();
    addPainStartedDaysAgo(3);
    QTest::keyClick(strip(), Qt::Key_2);
    window_->findChild<QAction*>(QStringLiteral("morningCheckAction"))->trigger();
    QTest::keyClick(strip(), Qt::Key_5);
    ASSERT_EQ(mornings().size(), 1u);
    EXPECT_EQ(mornings()[0].pain, 5);
    window_->session().undoStack().undo();
    ASSERT_EQ(mornings().size(), 1u);
    EXPECT_EQ(mornings()[0].pain, 2);
}

}  // namespace
}  // namespace stridelog::gui::testing

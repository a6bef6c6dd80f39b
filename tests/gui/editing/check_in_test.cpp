// SPDX-License-Identifier: GPL-3.0-or-later
// The pain check-in at start: an ongoing entry is asked about and resolved.

#include "editing_fixture.h"

#include "app/gui/dialogs/pain_check_in_dialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

class CheckInTest : public EditingTest {
protected:
    // Pain after Tuesday's run (17 November, 18:00), still marked as ongoing.
    PainId addOngoingPain() {
        PainEntry pain;
        pain.start = at(2026, 11, 17, 18);
        pain.run = RunId(4);
        pain.knee = Knee::Right;
        pain.site = Site::Outside;
        pain.intensity = 4;
        pain.onset = Onset::Late;
        return journal().addPain(pain).value();
    }

    PainCheckInDialog* showAndWaitForCheckIn() {
        window_->setCheckInEnabled(true);
        showWindow();
        PainCheckInDialog* dialog = nullptr;
        waitFor([&] {
            dialog = window_->findChild<PainCheckInDialog*>();
            return dialog && dialog->isVisible();
        });
        return dialog;
    }
};

TEST_F(CheckInTest, ItsGoneEndsTheOngoingEntry) {
    const PainId id = addOngoingPain();
    PainCheckInDialog* dialog = showAndWaitForCheckIn();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QLabel>(dialog, "checkInQuestion")->text(),
              QStringLiteral("Is the pain from Tuesday's run still there?"));
    QTest::mouseClick(child<QRadioButton>(dialog, "goneChoice"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

    const auto pain = journal().pain(id);
    ASSERT_TRUE(pain);
    ASSERT_TRUE(pain->end.has_value());
    // "Since" defaults to now, to the minute.
    EXPECT_LE(std::abs(pain->end->secondsUntil(clock_.now())), 60);
    // Undo puts it back to ongoing.
    session().undoStack().undo();
    EXPECT_TRUE(journal().pain(id)->isOngoing());
}

TEST_F(CheckInTest, StillThereKeepsItOngoingWithTheNewIntensity) {
    const PainId id = addOngoingPain();
    PainCheckInDialog* dialog = showAndWaitForCheckIn();
    ASSERT_NE(dialog, nullptr);
    auto* intensity = child<QSpinBox>(dialog, "stillThereIntensity");
    intensity->setFocus();
    QTest::keyClick(intensity, Qt::Key_Down);  // 4 → 3
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

    EXPECT_TRUE(journal().pain(id)->isOngoing());
    EXPECT_EQ(journal().pain(id)->intensity, 3);
}

TEST_F(CheckInTest, NoOngoingPainAsksNothing) {
    window_->setCheckInEnabled(true);
    showWindow();
    QTest::qWait(50);
    EXPECT_EQ(window_->findChild<PainCheckInDialog*>(), nullptr);
}

}  // namespace
}  // namespace stridelog::gui::testing

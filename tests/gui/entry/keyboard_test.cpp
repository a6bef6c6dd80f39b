// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard contract of logging a run: Ctrl+N, the distance, Tab, the duration, Return.
// And undo and redo by every key a runner may know: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y.

#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using KeyboardTest = EditingTest;

TEST_F(KeyboardTest, CtrlNDistanceTabDurationReturnSavesARunDatedNow) {
    showWindow();
    QString focusAtOpen;
    whenModal("stridelog::gui::LogRunDialog", [&focusAtOpen](QWidget* dialog) {
        // Offscreen there is no window manager to activate the new window.
        QApplication::setActiveWindow(dialog);
        QWidget* focused = dialog->focusWidget();
        focusAtOpen = focused ? focused->objectName() : QStringLiteral("nothing");
        if (!focused) return static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
        QTest::keyClicks(focused, QStringLiteral("10"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50:00"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        if (dialog->isVisible()) static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
    });
    QTest::keyClick(window_.get(), Qt::Key_N, Qt::ControlModifier);

    EXPECT_EQ(focusAtOpen, QStringLiteral("runDistance"));
    const auto runs = journal().runs().value();
    ASSERT_EQ(runs.size(), 6u);
    const stridelog::Run& logged = runs.back();
    EXPECT_EQ(logged.distance, Distance::fromMetres(10000));
    EXPECT_EQ(logged.duration, Duration::fromSeconds(3000));
    EXPECT_EQ(logged.start, clock_.now());  // now, to the minute (the clock is on the hour)
}

TEST_F(KeyboardTest, CtrlZUndoesAndBothCtrlShiftZAndCtrlYRedo) {
    showWindow();
    whenModal("stridelog::gui::LogRunDialog", [](QWidget* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "runDistance"), QStringLiteral("7"));
        QTest::keyClicks(child<QLineEdit>(dialog, "runDuration"), QStringLiteral("40:00"));
        QTest::keyClick(child<QLineEdit>(dialog, "runDuration"), Qt::Key_Return);
    });
    QTest::keyClick(window_.get(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(runCount(), 6u);
    activateWindow();

    QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(runCount(), 5u);
    QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(runCount(), 6u);
    QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(runCount(), 5u);
    QTest::keyClick(window_.get(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(runCount(), 6u);
}

}  // namespace
}  // namespace stridelog::gui::testing

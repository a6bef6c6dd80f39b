// SPDX-License-Identifier: GPL-3.0-or-later
// Escape on a dialog with typed changes asks before throwing them away.

#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/dialogs/shoe_dialog.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using DiscardTest = EditingTest;

TEST_F(DiscardTest, EscapeWithATypedDistanceAsksAndKeepEditingKeepsIt) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    auto* distance = child<QLineEdit>(&dialog, "runDistance");
    QTest::keyClicks(distance, QStringLiteral("12"));
    bool asked = false;
    whenModal("QMessageBox", [&asked](QWidget* box) {
        asked = true;
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("keepEditingButton")),
                          Qt::LeftButton);
    });
    QTest::keyClick(distance, Qt::Key_Escape);
    EXPECT_TRUE(asked);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(distance->text(), QStringLiteral("12"));

    whenModal("QMessageBox", [](QWidget* box) {
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("discardButton")),
                          Qt::LeftButton);
    });
    QTest::keyClick(distance, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(runCount(), 5u);
}

TEST_F(DiscardTest, EscapeWithNothingTypedClosesAtOnce) {
    ShoeDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    QTest::keyClick(child<QLineEdit>(&dialog, "shoeName"), Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(DiscardTest, TypingBackWhatWasThereIsNoChange) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    auto* distance = child<QLineEdit>(&dialog, "runDistance");
    QTest::keyClicks(distance, QStringLiteral("5"));
    QTest::keyClick(distance, Qt::Key_Backspace);
    EXPECT_FALSE(dialog.hasChanges());
}

}  // namespace
}  // namespace stridelog::gui::testing

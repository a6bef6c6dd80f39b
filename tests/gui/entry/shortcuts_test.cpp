// SPDX-License-Identifier: GPL-3.0-or-later
// No Alt+letter and no shortcut means two things in one window: the main window on each of
// its pages, and every dialog.

#include "dialog_walk.h"
#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"

#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QTest>

#include <string>

namespace stridelog::gui::testing {
namespace {

class ShortcutsTest : public EditingTest {
protected:
    void addLinkedPain() {
        PainEntry pain;
        pain.start = at(2026, 11, 19, 19);
        pain.run = RunId(5);
        pain.site = Site::Front;
        pain.intensity = 3;
        ASSERT_TRUE(journal().addPain(pain));
        session().refresh();
    }
};

TEST_F(ShortcutsTest, NoMnemonicOrShortcutIsUsedTwiceOnAnyPageOfTheMainWindow) {
    showWindow();
    const auto expectNoDuplicates = [this](const std::string& where) {
        const QStringList mnemonics = duplicateMnemonics(window_.get());
        EXPECT_TRUE(mnemonics.isEmpty())
            << where << ": " << mnemonics.join(QStringLiteral("; ")).toStdString();
        const QStringList shortcuts = duplicateShortcuts(window_.get());
        EXPECT_TRUE(shortcuts.isEmpty())
            << where << ": " << shortcuts.join(QStringLiteral("; ")).toStdString();
    };
    for (const Page page :
         {Page::Dashboard, Page::Runs, Page::Pain, Page::Shoes, Page::Knee, Page::Calendar}) {
        window_->showPage(page);
        expectNoDuplicates("page " + std::to_string(static_cast<int>(page)));
    }
    window_->showRun(5);
    expectNoDuplicates("the run page");
    window_->showShoe(1);
    expectNoDuplicates("the pair page");
}

TEST_F(ShortcutsTest, NoMnemonicOrShortcutIsUsedTwiceInAnyDialog) {
    addLinkedPain();
    for (const auto& [name, dialog] : everyDialog(session(), window_.get())) {
        dialog->show();
        // With the pain section open, as a runner with knee pain uses it.
        if (auto* group = dialog->findChild<QGroupBox*>(QStringLiteral("painGroup")))
            group->setChecked(true);
        const QStringList mnemonics = duplicateMnemonics(dialog.get());
        EXPECT_TRUE(mnemonics.isEmpty())
            << name.toStdString() << ": " << mnemonics.join(QStringLiteral("; ")).toStdString();
        const QStringList shortcuts = duplicateShortcuts(dialog.get());
        EXPECT_TRUE(shortcuts.isEmpty())
            << name.toStdString() << ": " << shortcuts.join(QStringLiteral("; ")).toStdString();
        dialog->hide();
    }
}

TEST_F(ShortcutsTest, RedoAnswersToCtrlShiftZAndCtrlYOnce) {
    auto* redo = window_->findChild<QAction*>(QStringLiteral("redoAction"));
    ASSERT_NE(redo, nullptr);
    const QList<QKeySequence> expected{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                       QKeySequence(Qt::CTRL | Qt::Key_Y)};
    EXPECT_EQ(redo->shortcuts(), expected);
    auto* undo = window_->findChild<QAction*>(QStringLiteral("undoAction"));
    ASSERT_NE(undo, nullptr);
    EXPECT_EQ(undo->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Z)});
}

TEST(MnemonicOf, ReadsTheLetterAfterTheAmpersandAndSkipsLiteralOnes) {
    EXPECT_EQ(mnemonicOf(QStringLiteral("Sh&oe:")), QLatin1Char('O'));
    EXPECT_EQ(mnemonicOf(QStringLiteral("Save && close")), QChar());
    EXPECT_EQ(mnemonicOf(QStringLiteral("A && &B")), QLatin1Char('B'));
}

}  // namespace
}  // namespace stridelog::gui::testing

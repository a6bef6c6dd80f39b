// SPDX-License-Identifier: GPL-3.0-or-later
// Tab follows the fields as they are shown, in every dialog: down a column, left to right
// along a row, then on to the next column.

#include "dialog_walk.h"
#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"

#include <QGroupBox>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using TabOrderTest = EditingTest;

QString nameOf(const QWidget* widget) {
    return widget->objectName();
}

TEST_F(TabOrderTest, HillyComesRightAfterSurfaceInTheLogRunDialog) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    const auto chain = tabChain(&dialog);
    QStringList names;
    for (const QWidget* widget : chain) names << nameOf(widget);
    const auto surface = names.indexOf(QStringLiteral("runSurface"));
    ASSERT_GE(surface, 0) << names.join(QStringLiteral(", ")).toStdString();
    ASSERT_LT(surface + 2, names.size());
    EXPECT_EQ(names.at(surface + 1), QStringLiteral("runHilly"))
        << names.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(names.at(surface + 2), QStringLiteral("runType"));
}

TEST_F(TabOrderTest, EveryDialogIsWalkedInReadingOrder) {
    PainEntry pain;
    pain.start = at(2026, 11, 19, 19);
    pain.run = RunId(5);
    pain.site = Site::Front;
    ASSERT_TRUE(journal().addPain(pain));
    session().refresh();
    for (const auto& [name, dialog] : everyDialog(session(), window_.get())) {
        dialog->show();
        if (auto* group = dialog->findChild<QGroupBox*>(QStringLiteral("painGroup")))
            group->setChecked(true);
        const QStringList wrong = tabStepsAgainstReadingOrder(dialog.get());
        EXPECT_TRUE(wrong.isEmpty())
            << name.toStdString() << ": " << wrong.join(QStringLiteral("; ")).toStdString();
        dialog->hide();
    }
}

}  // namespace
}  // namespace stridelog::gui::testing

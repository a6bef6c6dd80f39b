// SPDX-License-Identifier: GPL-3.0-or-later
// Dialogs fit the screen with Save reachable, down to 1920×1080 at scale 2 (960×540 device-
// independent pixels), and the log-run dialog holds still while its preview grows.

#include "dialog_walk.h"
#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/widgets/knee_site_picker.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

// 1920×1080 at QT_SCALE_FACTOR=2, less a window manager's title bar.
constexpr int kScaledWidth = 960;
constexpr int kScaledHeight = 540 - 40;

class DialogFitTest : public EditingTest {
protected:
    void SetUp() override {
        EditingTest::SetUp();
        PainEntry pain;
        pain.start = at(2026, 11, 19, 19);
        pain.run = RunId(5);
        pain.site = Site::Front;
        ASSERT_TRUE(journal().addPain(pain));
        session().refresh();
    }
};

TEST_F(DialogFitTest, EveryDialogCanBeAsSmallAsAScaledFullHdScreen) {
    for (const auto& [name, dialog] : everyDialog(session(), window_.get())) {
        if (auto* group = dialog->findChild<QGroupBox*>(QStringLiteral("painGroup")))
            group->setChecked(true);
        const QSize smallest = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        EXPECT_LE(smallest.height(), kScaledHeight) << name.toStdString();
        EXPECT_LE(smallest.width(), kScaledWidth) << name.toStdString();
    }
}

TEST_F(DialogFitTest, EveryDialogOpensWithinTheScreenWithSaveVisible) {
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    for (const auto& [name, dialog] : everyDialog(session(), window_.get())) {
        dialog->show();
        EXPECT_LE(dialog->height(), screen.height()) << name.toStdString();
        EXPECT_LE(dialog->width(), screen.width()) << name.toStdString();
        auto* save = dialog->findChild<QAbstractButton*>(QStringLiteral("saveButton"));
        ASSERT_NE(save, nullptr) << name.toStdString();
        const QRect onDialog(save->mapTo(dialog.get(), QPoint()), save->size());
        EXPECT_TRUE(save->isVisible() && dialog->rect().contains(onDialog)) << name.toStdString();
        dialog->hide();
    }
}

TEST_F(DialogFitTest, ThePreviewGrowingMovesNothingInTheForm) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    auto* notes = child<QPlainTextEdit>(&dialog, "runNotes");
    auto* picker = child<KneeSitePicker>(&dialog, "painSite");
    child<QGroupBox>(&dialog, "painGroup")->setChecked(true);
    QTest::qWait(200);
    const QRect notesBefore(notes->mapTo(&dialog, QPoint()), notes->size());
    const QRect pickerBefore(picker->mapTo(&dialog, QPoint()), picker->size());
    const QSize dialogBefore = dialog.size();

    // A long run after a short history, with sharp, swollen, locking pain: many warnings.
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDistance"), QStringLiteral("30"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("3:00:00"));
    QTest::mouseClick(picker, Qt::LeftButton, {}, picker->centreOf(Site::Inside));
    for (const char* name : {"painSwelling", "painLocking", "painSharp"})
        dialog.findChild<QAbstractButton*>(QString::fromLatin1(name))->setChecked(true);
    auto* preview = child<QLabel>(&dialog, "runPreview");
    ASSERT_TRUE(waitFor([&] { return preview->text().count(QStringLiteral("<p")) >= 4; }))
        << preview->text().toStdString();
    QTest::qWait(50);

    EXPECT_EQ(QRect(notes->mapTo(&dialog, QPoint()), notes->size()), notesBefore);
    EXPECT_EQ(QRect(picker->mapTo(&dialog, QPoint()), picker->size()), pickerBefore);
    EXPECT_EQ(dialog.size(), dialogBefore);
    // The preview scrolls in its own area instead.
    auto* area = child<QScrollArea>(&dialog, "previewArea");
    EXPECT_LT(area->height(), preview->height());
}

}  // namespace
}  // namespace stridelog::gui::testing

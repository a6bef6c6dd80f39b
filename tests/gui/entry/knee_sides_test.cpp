// SPDX-License-Identifier: GPL-3.0-or-later
// The knee drawing has one rule from its first paint: seen from the front, a left knee's
// outside is on the viewer's right and a right knee's on the viewer's left. The same click
// records the same site on a fresh dialog and after choosing the other knee and back.

#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/dialogs/pain_dialog.h"
#include "app/gui/widgets/knee_site_picker.h"

#include <QComboBox>
#include <QGroupBox>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using KneeSidesTest = EditingTest;

// Chooses a knee in the dialog's knee box with the keyboard, as a runner does.
void chooseKnee(QWidget* dialog, Knee knee) {
    auto* box = child<QComboBox>(dialog, "painKnee");
    box->setFocus();
    const int target = box->findData(toString(knee));
    ASSERT_GE(target, 0);
    while (box->currentIndex() < target) QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target) QTest::keyClick(box, Qt::Key_Up);
}

std::optional<Site> clickAt(KneeSitePicker* picker, QPoint spot) {
    QTest::mouseClick(picker, Qt::LeftButton, {}, spot);
    return picker->site();
}

TEST_F(KneeSidesTest, AFreshDialogDrawsTheLeftKneeItsKneeBoxShows) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    child<QGroupBox>(&dialog, "painGroup")->setChecked(true);
    auto* box = child<QComboBox>(&dialog, "painKnee");
    auto* picker = child<KneeSitePicker>(&dialog, "painSite");
    ASSERT_EQ(box->currentData().toString(), toString(Knee::Left));
    EXPECT_EQ(picker->knee(), Knee::Left);
    // Left knee from the front: its outside is on the viewer's right of the kneecap.
    EXPECT_GT(picker->centreOf(Site::Outside).x(), picker->centreOf(Site::Front).x());
    EXPECT_LT(picker->centreOf(Site::Inside).x(), picker->centreOf(Site::Front).x());
    chooseKnee(&dialog, Knee::Right);
    EXPECT_LT(picker->centreOf(Site::Outside).x(), picker->centreOf(Site::Front).x());
}

TEST_F(KneeSidesTest, TheSameClickRecordsTheSameSiteOnAFreshDialogAndAfterToggling) {
    for (const Site site : {Site::Outside, Site::Inside}) {
        LogRunDialog dialog(session(), std::nullopt, window_.get());
        dialog.show();
        child<QGroupBox>(&dialog, "painGroup")->setChecked(true);
        auto* picker = child<KneeSitePicker>(&dialog, "painSite");
        const QPoint spot = picker->centreOf(site);
        const auto fresh = clickAt(picker, spot);
        chooseKnee(&dialog, Knee::Right);
        chooseKnee(&dialog, Knee::Left);
        EXPECT_EQ(clickAt(picker, spot), fresh);
        EXPECT_EQ(fresh, site);
    }
}

TEST_F(KneeSidesTest, ThePainDialogFollowsTheSameRule) {
    PainDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    auto* picker = child<KneeSitePicker>(&dialog, "painSite");
    const QPoint spot = picker->centreOf(Site::Outside);
    EXPECT_GT(spot.x(), picker->centreOf(Site::Front).x());
    chooseKnee(&dialog, Knee::Right);
    chooseKnee(&dialog, Knee::Left);
    EXPECT_EQ(clickAt(picker, spot), Site::Outside);
}

}  // namespace
}  // namespace stridelog::gui::testing

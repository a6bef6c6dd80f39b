// SPDX-License-Identifier: GPL-3.0-or-later
// Refused values are marked as they are typed and the mark goes as soon as they are fixed;
// a date after tomorrow is flagged at once, in its field and in the preview.

#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/dialogs/shoe_dialog.h"
#include "app/gui/widgets/date_time_field.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using ValidationTest = EditingTest;

TEST_F(ValidationTest, AFutureDateIsFlaggedLiveNotOnlyOnSave) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDistance"), QStringLiteral("8"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("48:00"));
    auto* when = child<DateTimeField>(&dialog, "runStart");
    when->dateEdit()->setFocus();
    when->dateEdit()->selectAll();
    QTest::keyClicks(when->dateEdit(), QStringLiteral("2026-11-24"));

    auto* error = child<QLabel>(&dialog, "dateError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("after tomorrow")))
        << error->text().toStdString();
    auto* preview = child<QLabel>(&dialog, "runPreview");
    EXPECT_TRUE(waitFor([&] {
        return !preview->text().contains(QStringLiteral("Nothing to watch"));
    })) << preview->text().toStdString();
    EXPECT_TRUE(waitFor([&] { return preview->text().contains(QStringLiteral("after tomorrow")); }))
        << preview->text().toStdString();

    // Back to today: the mark goes without a Save.
    when->dateEdit()->selectAll();
    QTest::keyClicks(when->dateEdit(), QStringLiteral("2026-11-21"));
    EXPECT_FALSE(error->isVisible());
    EXPECT_EQ(runCount(), 5u);
}

TEST_F(ValidationTest, AMarkedDistanceClearsAsSoonAsItIsFixed) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    auto* distance = child<QLineEdit>(&dialog, "runDistance");
    QTest::keyClicks(distance, QStringLiteral("ten"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("48:00"));
    auto* error = child<QLabel>(&dialog, "distanceError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(distance->property("invalid").toBool());
    distance->clear();
    QTest::keyClicks(distance, QStringLiteral("10"));
    EXPECT_FALSE(error->isVisible());
    EXPECT_FALSE(distance->property("invalid").toBool());
}

TEST_F(ValidationTest, AnUntouchedEmptyDialogShowsNoErrors) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    EXPECT_FALSE(child<QLabel>(&dialog, "distanceError")->isVisible());
    EXPECT_FALSE(child<QLabel>(&dialog, "durationError")->isVisible());
}

TEST_F(ValidationTest, APairRetiredBeforeItsFirstUseIsMarkedLive) {
    ShoeDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "shoeName"), QStringLiteral("Ghost 15"));
    auto* since = child<DateTimeField>(&dialog, "shoeSince");
    since->setDate(QDate(2026, 6, 1));
    dialog.findChild<QWidget*>(QStringLiteral("shoeRetired"))->setProperty("checked", true);
    auto* retired = child<DateTimeField>(&dialog, "shoeRetiredOn");
    retired->dateEdit()->selectAll();
    QTest::keyClicks(retired->dateEdit(), QStringLiteral("2026-05-01"));
    auto* error = child<QLabel>(&dialog, "onError");
    EXPECT_TRUE(error->isVisible());
    retired->dateEdit()->selectAll();
    QTest::keyClicks(retired->dateEdit(), QStringLiteral("2026-07-01"));
    EXPECT_FALSE(error->isVisible());
}

}  // namespace
}  // namespace stridelog::gui::testing

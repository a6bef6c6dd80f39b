// SPDX-License-Identifier: GPL-3.0-or-later
// The log-run dialog driven like a user: typing, clicking the knee drawing, Save.

#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/models/entry_table_model.h"
#include "app/gui/pages/runs_page.h"
#include "app/gui/widgets/knee_site_picker.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QTableView>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

const Warning* findWarning(const std::vector<Warning>& warnings, const QString& code) {
    for (const Warning& warning : warnings) {
        if (warning.code == code) return &warning;
    }
    return nullptr;
}

Distance weekVolume(const Evaluation& evaluation, QDate weekStart) {
    for (const WeekSummary& week : evaluation.weeks) {
        if (week.weekStart == weekStart) return week.volume;
    }
    return {};
}

// Types a run into the log-run dialog and saves it.
void typeRunAndSave(QWidget* dialog, const QString& distance, const QString& duration) {
    QTest::keyClicks(child<QLineEdit>(dialog, "runDistance"), distance);
    QTest::keyClicks(child<QLineEdit>(dialog, "runDuration"), duration);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
}

using LogRunDialogTest = EditingTest;

TEST_F(LogRunDialogTest, ALoggedRunAppearsInTheTableTheWeekAndTheWarnings) {
    showWindow();
    const QDate thisWeek(2026, 11, 16);
    EXPECT_EQ(weekVolume(session().evaluation(), thisWeek), Distance::fromMetres(16000));
    EXPECT_EQ(findWarning(session().evaluation().warnings, QStringLiteral("run-spike")), nullptr);
    auto* table = child<QTableView>(window_->page(Page::Runs), "runsTable");
    const int rowsBefore = table->model()->rowCount();

    whenModal("stridelog::gui::LogRunDialog", [](QWidget* dialog) {
        typeRunAndSave(dialog, QStringLiteral("14"), QStringLiteral("1:15:00"));
    });
    QTest::keyClick(window_.get(), Qt::Key_N, Qt::ControlModifier);

    ASSERT_EQ(table->model()->rowCount(), rowsBefore + 1);
    // Newest first: the new run is the top row.
    EXPECT_EQ(table->model()->index(0, 1).data().toString(), QStringLiteral("14.00"));
    EXPECT_EQ(weekVolume(session().evaluation(), thisWeek), Distance::fromMetres(30000));
    const Warning* spike =
        findWarning(session().evaluation().warnings, QStringLiteral("run-spike"));
    ASSERT_NE(spike, nullptr);
    EXPECT_EQ(spike->band, QStringLiteral("moderate"));  // 14 km over the longest 10 km: +40%
    EXPECT_NE(findWarning(session().evaluation().warnings, QStringLiteral("weekly-increase")),
              nullptr);  // 30 km over 26 km × 1.1 = 28.6 km
}

TEST_F(LogRunDialogTest, ThePreviewSaysWhatTheRunWouldTriggerBeforeSaving) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDistance"), QStringLiteral("14"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("1:15:00"));
    auto* preview = child<QLabel>(&dialog, "runPreview");
    EXPECT_TRUE(waitFor([&] { return preview->text().contains(QStringLiteral("40.0% longer")); }))
        << preview->text().toStdString();
    EXPECT_EQ(child<QLabel>(&dialog, "runPace")->text(), QStringLiteral("5:21 min/km"));
    EXPECT_EQ(runCount(), 5u);  // nothing saved by the preview
}

// Where the desktop writes a decimal comma, the distance may be typed with one.
TEST_F(LogRunDialogTest, AGermanDesktopTakesADecimalComma) {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        LogRunDialog dialog(session(), std::nullopt, window_.get());
        dialog.show();
        typeRunAndSave(&dialog, QStringLiteral("5,2"), QStringLiteral("26:00"));
        EXPECT_FALSE(dialog.isVisible());
    }
    QLocale::setDefault(QLocale::c());
    ASSERT_EQ(runCount(), 6u);
    bool found = false;
    for (const stridelog::Run& run : journal().runs().value())
        found |= run.distance.metres() == 5'200;
    EXPECT_TRUE(found);
}

TEST_F(LogRunDialogTest, AnInvalidDistanceIsMarkedWithItsRangeAndNothingIsSaved) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    typeRunAndSave(&dialog, QStringLiteral("401"), QStringLiteral("40:00:00"));

    EXPECT_TRUE(dialog.isVisible());
    auto* distance = child<QLineEdit>(&dialog, "runDistance");
    EXPECT_TRUE(distance->property("invalid").toBool());
    auto* error = child<QLabel>(&dialog, "distanceError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("at most 400 km")))
        << error->text().toStdString();
    EXPECT_EQ(runCount(), 5u);

    // Corrected, it saves and the mark goes.
    distance->clear();
    typeRunAndSave(&dialog, QStringLiteral("40"), QString());
    EXPECT_FALSE(distance->property("invalid").toBool());
    EXPECT_EQ(runCount(), 6u);
}

TEST_F(LogRunDialogTest, PainAfterTheRunIsSavedLinkedToItWithTheClickedSite) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDistance"), QStringLiteral("8"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("48:00"));
    auto* group = child<QGroupBox>(&dialog, "painGroup");
    group->setFocus();
    QTest::keyClick(group, Qt::Key_Space);
    ASSERT_TRUE(group->isChecked());
    auto* picker = child<KneeSitePicker>(&dialog, "painSite");
    QTest::mouseClick(picker, Qt::LeftButton, {}, picker->centreOf(Site::Below));
    ASSERT_EQ(picker->site(), Site::Below);
    auto* intensity = child<QSlider>(&dialog, "painIntensity");
    intensity->setFocus();
    for (int i = 0; i < 3; ++i) QTest::keyClick(intensity, Qt::Key_Right);  // 3 → 6
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);

    ASSERT_TRUE(dialog.savedId());
    const auto pains = journal().pains().value();
    ASSERT_EQ(pains.size(), 1u);
    EXPECT_EQ(pains[0].run, dialog.savedId());
    EXPECT_EQ(pains[0].site, Site::Below);
    EXPECT_EQ(pains[0].intensity, 6);
    // One step of undo takes back the run and its pain together.
    session().undoStack().undo();
    EXPECT_EQ(runCount(), 5u);
    EXPECT_TRUE(journal().pains().value().empty());
}

TEST_F(LogRunDialogTest, PainWithoutASiteIsMarkedAndNothingIsSaved) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDistance"), QStringLiteral("8"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("48:00"));
    child<QGroupBox>(&dialog, "painGroup")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>(&dialog, "painSiteError")->isVisible());
    EXPECT_EQ(runCount(), 5u);
}

TEST_F(LogRunDialogTest, UndoRemovesTheRunAndRedoBringsItBackWithItsId) {
    showWindow();
    whenModal("stridelog::gui::LogRunDialog", [](QWidget* dialog) {
        typeRunAndSave(dialog, QStringLiteral("12.5"), QStringLiteral("1:05:00"));
    });
    window_->findChild<QAction*>(QStringLiteral("logRunAction"))->trigger();
    const auto runs = journal().runs().value();
    ASSERT_EQ(runs.size(), 6u);
    const RunId logged = runs.back().id;
    activateWindow();  // the closed dialog leaves no active window offscreen

    QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(runCount(), 5u);
    EXPECT_FALSE(journal().run(logged));

    QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(journal().run(logged));
    EXPECT_EQ(journal().run(logged)->distance, Distance::fromMetres(12500));
}

TEST_F(LogRunDialogTest, TheSitePickerIsKeyboardSelectable) {
    KneeSitePicker picker;
    picker.resize(picker.sizeHint());
    picker.show();
    QTest::keyClick(&picker, Qt::Key_Right);
    EXPECT_EQ(picker.site(), Site::Front);
    QTest::keyClick(&picker, Qt::Key_Right);
    EXPECT_EQ(picker.site(), Site::Below);
    QTest::keyClick(&picker, Qt::Key_Left);
    QTest::keyClick(&picker, Qt::Key_Left);
    EXPECT_EQ(picker.site(), Site::Whole);
    QTest::mouseClick(&picker, Qt::LeftButton, {}, picker.centreOf(Site::Behind));
    EXPECT_EQ(picker.site(), Site::Behind);
}

}  // namespace
}  // namespace stridelog::gui::testing

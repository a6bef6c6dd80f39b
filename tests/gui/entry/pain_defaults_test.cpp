// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing about knee pain is assumed: no assessment before the site is chosen, and "still
// there" only for a run of the last 24 hours; for an older one, how long it lasted is asked.

#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/widgets/date_time_field.h"
#include "app/gui/widgets/knee_site_picker.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

class PainDefaultsTest : public EditingTest {
protected:
    // A run typed in with its date, and the pain box ticked.
    void enterRunWithPain(LogRunDialog& dialog, QDateTime start) {
        dialog.show();
        child<DateTimeField>(&dialog, "runStart")->setDateTime(start);
        QTest::keyClicks(child<QLineEdit>(&dialog, "runDistance"), QStringLiteral("8"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("48:00"));
        child<QGroupBox>(&dialog, "painGroup")->setChecked(true);
    }
    QString previewOf(LogRunDialog& dialog) {
        QLabel* preview = child<QLabel>(&dialog, "runPreview");
        QTest::qWait(200);  // the preview follows 150 ms after the last change
        return preview->text();
    }
};

TEST_F(PainDefaultsTest, APainBoxTickedOnASixDayOldRunAssessesNothingYet) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    enterRunWithPain(dialog, QDateTime(QDate(2026, 11, 15), QTime(9, 0)));
    const QString preview = previewOf(dialog);
    EXPECT_FALSE(preview.contains(QStringLiteral("Stop"))) << preview.toStdString();
    EXPECT_FALSE(preview.contains(QStringLiteral("stage"))) << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("Choose where the knee hurts")))
        << preview.toStdString();
    EXPECT_FALSE(child<QCheckBox>(&dialog, "painStillThere")->isChecked());
}

TEST_F(PainDefaultsTest, StillThereIsTheDefaultOnlyWithin24Hours) {
    // Pain after a 48-minute run begins when the run ended.
    LogRunDialog recent(session(), std::nullopt, window_.get());
    enterRunWithPain(recent, QDateTime(QDate(2026, 11, 20), QTime(11, 12)));  // ended 24 h ago
    EXPECT_TRUE(child<QCheckBox>(&recent, "painStillThere")->isChecked());
    LogRunDialog older(session(), std::nullopt, window_.get());
    enterRunWithPain(older, QDateTime(QDate(2026, 11, 20), QTime(11, 11)));
    EXPECT_FALSE(child<QCheckBox>(&older, "painStillThere")->isChecked());
}

TEST_F(PainDefaultsTest, AnOlderPainAsksHowLongItLastedBeforeSaving) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    enterRunWithPain(dialog, QDateTime(QDate(2026, 11, 15), QTime(9, 0)));
    auto* picker = child<KneeSitePicker>(&dialog, "painSite");
    QTest::mouseClick(picker, Qt::LeftButton, {}, picker->centreOf(Site::Front));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    EXPECT_EQ(runCount(), 5u);
    EXPECT_TRUE(child<QLabel>(&dialog, "painLastedError")->isVisible());

    auto* lasted = child<QSpinBox>(&dialog, "painLasted");
    lasted->setFocus();
    for (int i = 0; i < 6; ++i) QTest::keyClick(lasted, Qt::Key_Up);  // 6 hours
    EXPECT_FALSE(child<QLabel>(&dialog, "painLastedError")->isVisible());
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    const auto pains = journal().pains().value();
    ASSERT_EQ(pains.size(), 1u);
    ASSERT_TRUE(pains[0].end);
    EXPECT_EQ(pains[0].start.secondsUntil(*pains[0].end), 6 * 3600);
}

TEST_F(PainDefaultsTest, OnceTheSiteIsChosenThePainIsAssessed) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    enterRunWithPain(dialog, QDateTime(QDate(2026, 11, 21), QTime(9, 0)));
    auto* picker = child<KneeSitePicker>(&dialog, "painSite");
    QTest::mouseClick(picker, Qt::LeftButton, {}, picker->centreOf(Site::Front));
    const QString preview = previewOf(dialog);
    EXPECT_FALSE(preview.contains(QStringLiteral("Choose where the knee hurts")))
        << preview.toStdString();
}

}  // namespace
}  // namespace stridelog::gui::testing

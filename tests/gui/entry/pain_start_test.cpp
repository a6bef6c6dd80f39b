// SPDX-License-Identifier: GPL-3.0-or-later
// Pain logged with a run has a start of its own: by default the run's end for pain that came
// on after it, the run's start for pain during or before it; it follows the run's time until
// the runner types one. Driven with real keys. "Now" is Saturday 2026-11-21 12:00.

#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/widgets/date_time_field.h"
#include "app/gui/widgets/knee_site_picker.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

class PainStartTest : public EditingTest {
protected:
    // Replaces the text of a line edit by typing, as a runner does.
    static void retype(QLineEdit* edit, const QString& text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    // A run at 08:00 today of 8 km in 48:00, with the pain part open and a site clicked.
    void enterMorningRunWithPain(LogRunDialog& dialog) {
        dialog.show();
        retype(child<DateTimeField>(&dialog, "runStart")->timeEdit(), QStringLiteral("08:00"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "runDistance"), QStringLiteral("8"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("48:00"));
        auto* group = child<QGroupBox>(&dialog, "painGroup");
        group->setFocus();
        QTest::keyClick(group, Qt::Key_Space);
        ASSERT_TRUE(group->isChecked());
        auto* picker = child<KneeSitePicker>(&dialog, "painSite");
        QTest::mouseClick(picker, Qt::LeftButton, {}, picker->centreOf(Site::Below));
    }

    QString painStartShown(LogRunDialog& dialog) {
        return child<DateTimeField>(&dialog, "painStart")->dateTime().toString(Qt::ISODate);
    }

    PainEntry savedPain(LogRunDialog& dialog) {
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        const auto pains = journal().pains().value();
        EXPECT_EQ(pains.size(), 1u);
        return pains.empty() ? PainEntry{} : pains.front();
    }
};

TEST_F(PainStartTest, PainAfterTheRunBeginsWhenTheRunEndedAndFollowsIt) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    enterMorningRunWithPain(dialog);
    EXPECT_EQ(painStartShown(dialog), QStringLiteral("2026-11-21T08:48:00"));
    // The run's time and length change: so does the pain's start, not yet edited.
    retype(child<DateTimeField>(&dialog, "runStart")->timeEdit(), QStringLiteral("07:30"));
    retype(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("1:00:00"));
    EXPECT_EQ(painStartShown(dialog), QStringLiteral("2026-11-21T08:30:00"));
    const PainEntry pain = savedPain(dialog);
    EXPECT_EQ(pain.start, at(2026, 11, 21, 8, 30));
    EXPECT_EQ(pain.onset, Onset::After);
    const auto runs = journal().runs().value();
    EXPECT_EQ(runs.back().start, at(2026, 11, 21, 7, 30));
}

TEST_F(PainStartTest, PainDuringTheRunBeginsWhenTheRunStarted) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    enterMorningRunWithPain(dialog);
    auto* onset = child<QComboBox>(&dialog, "painOnset");
    onset->setFocus();
    const int during = onset->findData(toString(Onset::During));
    ASSERT_GE(during, 0);
    while (onset->currentIndex() < during) QTest::keyClick(onset, Qt::Key_Down);
    while (onset->currentIndex() > during) QTest::keyClick(onset, Qt::Key_Up);
    EXPECT_EQ(painStartShown(dialog), QStringLiteral("2026-11-21T08:00:00"));
    EXPECT_EQ(savedPain(dialog).start, at(2026, 11, 21, 8));
}

TEST_F(PainStartTest, AStartTypedByTheRunnerStaysWhenTheRunChanges) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    enterMorningRunWithPain(dialog);
    retype(child<DateTimeField>(&dialog, "painStart")->timeEdit(), QStringLiteral("10:15"));
    retype(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("50:00"));
    EXPECT_EQ(painStartShown(dialog), QStringLiteral("2026-11-21T10:15:00"));
    const PainEntry pain = savedPain(dialog);
    EXPECT_EQ(pain.start, at(2026, 11, 21, 10, 15));
    EXPECT_TRUE(pain.isOngoing());  // began under 24 hours ago: "still there" by default
}

}  // namespace
}  // namespace stridelog::gui::testing

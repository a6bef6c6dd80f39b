// SPDX-License-Identifier: GPL-3.0-or-later
// The pain check-in lists every open entry in one dialog, each with its real date and how
// long it has lasted, and never names a three-week-old run by a weekday.

#include "editing_fixture.h"

#include "app/gui/dialogs/pain_check_in_dialog.h"

#include "core/model/duration_text.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

class CheckInListTest : public EditingTest {
protected:
    PainId addOngoingPain(Instant start, std::optional<RunId> run, int intensity) {
        PainEntry pain;
        pain.start = start;
        pain.run = run;
        pain.knee = Knee::Right;
        pain.site = Site::Outside;
        pain.intensity = intensity;
        return journal().addPain(pain).value();
    }

    std::vector<PainCheckInDialog*> openCheckIns() {
        window_->setCheckInEnabled(true);
        showWindow();
        waitFor([this] { return !window_->findChildren<PainCheckInDialog*>().isEmpty(); });
        QTest::qWait(20);  // a second dialog, if any, would come now
        std::vector<PainCheckInDialog*> open;
        for (auto* dialog : window_->findChildren<PainCheckInDialog*>()) {
            if (dialog->isVisible()) open.push_back(dialog);
        }
        return open;
    }
};

TEST_F(CheckInListTest, EveryOpenEntryIsInOneDialog) {
    const PainId older = addOngoingPain(at(2026, 11, 10, 8), RunId(1), 3);
    const PainId newer = addOngoingPain(at(2026, 11, 19, 19), RunId(5), 5);
    const auto dialogs = openCheckIns();
    ASSERT_EQ(dialogs.size(), 1u);
    PainCheckInDialog* dialog = dialogs.front();
    const auto details = dialog->findChildren<QLabel*>(QStringLiteral("checkInDetails"));
    ASSERT_EQ(details.size(), 2);
    // Oldest first; the 10 November run was 11 days and 4 hours before Saturday noon.
    EXPECT_TRUE(details[0]->text().contains(QStringLiteral("10 Nov 2026")))
        << details[0]->text().toStdString();
    EXPECT_TRUE(details[0]->text().contains(QStringLiteral("11 d 4 h")))
        << details[0]->text().toStdString();
    EXPECT_TRUE(details[1]->text().contains(QStringLiteral("41 h")))
        << details[1]->text().toStdString();

    // The first is gone, the second still there: one Save, one undo step.
    QWidget* firstRow = dialog->findChild<QWidget*>(QStringLiteral("checkInRow0"));
    ASSERT_NE(firstRow, nullptr);
    QTest::mouseClick(child<QRadioButton>(firstRow, "goneChoice"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    EXPECT_FALSE(journal().pain(older)->isOngoing());
    EXPECT_TRUE(journal().pain(newer)->isOngoing());
}

TEST_F(CheckInListTest, AThreeWeekOldRunIsNamedByItsDateNotAWeekday) {
    const RunId old = addRun(at(2026, 10, 31, 9), 8000, 2880);
    addOngoingPain(at(2026, 10, 31, 10), old, 3);
    const auto dialogs = openCheckIns();
    ASSERT_EQ(dialogs.size(), 1u);
    const QString question = child<QLabel>(dialogs.front(), "checkInQuestion")->text();
    EXPECT_FALSE(question.contains(QStringLiteral("Saturday's"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("31 Oct"))) << question.toStdString();
    const QString details = child<QLabel>(dialogs.front(), "checkInDetails")->text();
    EXPECT_TRUE(details.contains(QStringLiteral("21 d 2 h"))) << details.toStdString();
}

// The check-in says durations with the core formatter (RULES.md "Showing a duration").
TEST(CheckInDuration, HoursUnder72ThenDaysAndHours) {
    EXPECT_EQ(formatPainDuration(Duration::fromSeconds(46 * 3600)), QStringLiteral("46 h"));
    EXPECT_EQ(formatPainDuration(Duration::fromSeconds(71 * 3600 + 3599)), QStringLiteral("71 h"));
    EXPECT_EQ(formatPainDuration(Duration::fromSeconds(72 * 3600)), QStringLiteral("3 d"));
    EXPECT_EQ(formatPainDuration(Duration::fromSeconds(76 * 3600)), QStringLiteral("3 d 4 h"));
    EXPECT_EQ(formatPainDuration(Duration::fromSeconds(21 * 24 * 3600)), QStringLiteral("21 d"));
}

}  // namespace
}  // namespace stridelog::gui::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// A run's two knee ratings typed into the log-run dialog and run edit: blank is not rated
// (NULL), a typed digit is kept, and the way back's limits are named during a programme.

#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using RunRatingsTest = EditingTest;

void typeRun(QWidget* dialog) {
    QTest::keyClicks(child<QLineEdit>(dialog, "runDistance"), QStringLiteral("8"));
    QTest::keyClicks(child<QLineEdit>(dialog, "runDuration"), QStringLiteral("48:00"));
}

// Clicks into the rating and types `digits`, as a runner would.
void rate(QWidget* dialog, const char* name, const QString& digits) {
    auto* box = child<QSpinBox>(dialog, name);
    QTest::mouseClick(box, Qt::LeftButton);
    QTest::keyClicks(box, digits);
}

stridelog::Run savedRun(Journal& journal, RunId id) {
    for (const stridelog::Run& run : journal.runs().value()) {
        if (run.id == id) return run;
    }
    ADD_FAILURE() << "run not saved";
    return {};
}

TEST_F(RunRatingsTest, BlankRatingsAreSavedAsNotRated) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    auto* during = child<QSpinBox>(&dialog, "runPainDuring");
    EXPECT_EQ(during->text(), QStringLiteral("not rated"));  // no number the runner did not give
    typeRun(&dialog);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);

    ASSERT_TRUE(dialog.savedId());
    const stridelog::Run run = savedRun(journal(), *dialog.savedId());
    EXPECT_EQ(run.painDuring, std::nullopt);
    EXPECT_EQ(run.painAfter, std::nullopt);
}

TEST_F(RunRatingsTest, ATypedThreeIsSavedAsThreeWithItsWords) {
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    typeRun(&dialog);
    rate(&dialog, "runPainDuring", QStringLiteral("3"));
    EXPECT_EQ(child<QLabel>(&dialog, "runPainDuringWords")->text(), QStringLiteral("mild"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);

    ASSERT_TRUE(dialog.savedId());
    const stridelog::Run run = savedRun(journal(), *dialog.savedId());
    EXPECT_EQ(run.painDuring, 3);
    EXPECT_EQ(run.painAfter, std::nullopt);
}

TEST_F(RunRatingsTest, RunEditShowsTheRatingsAndKeepsABlankOneNull) {
    stridelog::Run run;
    run.start = at(2026, 11, 20, 8);
    run.distance = Distance::fromMetres(5000);
    run.duration = Duration::fromSeconds(1800);
    run.painDuring = 4;
    const RunId id = journal().addRun(run).value();
    run.id = id;

    LogRunDialog dialog(session(), run, window_.get());
    dialog.show();
    EXPECT_EQ(child<QSpinBox>(&dialog, "runPainDuring")->value(), 4);
    // Backspace takes the rating back to blank; the hour-after rating is typed as 10.
    auto* during = child<QSpinBox>(&dialog, "runPainDuring");
    during->setFocus();
    QTest::keyClick(during, Qt::Key_End);
    QTest::keyClick(during, Qt::Key_Backspace);
    rate(&dialog, "runPainAfter", QStringLiteral("10"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);

    const stridelog::Run saved = savedRun(journal(), id);
    EXPECT_EQ(saved.painDuring, std::nullopt);
    EXPECT_EQ(saved.painAfter, 10);
}

TEST_F(RunRatingsTest, DuringAProgrammeTheRatingsNameTheWayBacksLimit) {
    {
        LogRunDialog dialog(session(), std::nullopt, window_.get());
        EXPECT_TRUE(child<QLabel>(&dialog, "ratingCeiling")->isHidden());
    }
    ComebackProgramme programme;
    programme.start = at(2026, 11, 19, 8);
    programme.walkOk = true;
    ASSERT_TRUE(journal().startProgramme(programme));

    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    auto* ceiling = child<QLabel>(&dialog, "ratingCeiling");
    EXPECT_FALSE(ceiling->isHidden());
    EXPECT_TRUE(ceiling->text().startsWith(
        QStringLiteral("The limit on the way back is 2/10 during a run")))
        << ceiling->text().toStdString();
}

}  // namespace
}  // namespace stridelog::gui::testing

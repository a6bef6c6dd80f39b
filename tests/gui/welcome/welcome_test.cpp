// SPDX-License-Identifier: GPL-3.0-or-later
// A new journal opens on the welcome: its settings, the first pair and the ways on, clicked
// like a user; it is gone for good once the journal has a run.

#include "welcome_fixture.h"

#include "app/gui/session/journal_edits.h"
#include "app/gui/welcome/demo_journal.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace stridelog::gui::testing {
namespace {

Run aRun(Instant start) {
    Run run;
    run.start = start;
    run.distance = Distance::fromMetres(8000);
    run.duration = Duration::fromSeconds(2880);
    return run;
}

TEST_F(WelcomeTest, AnEmptyJournalOpensOnTheWelcome) {
    EXPECT_TRUE(window_->isWelcomeShown());
    auto* welcome = child<QWidget>(window_.get(), "welcomePage");
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible());
}

TEST_F(WelcomeTest, UnitsAndWeekStartChosenOnTheWelcomeAreSaved) {
    auto* units = child<QComboBox>(window_.get(), "welcomeUnits");
    auto* weekStart = child<QComboBox>(window_.get(), "welcomeWeekStart");
    units->setFocus();
    QTest::keyClick(units, Qt::Key_Down);
    weekStart->setFocus();
    QTest::keyClick(weekStart, Qt::Key_Down);
    const Settings saved = session().journal().settings().value();
    EXPECT_EQ(saved.units, UnitSystem::Miles);
    EXPECT_EQ(saved.weekStart, Qt::Sunday);
    EXPECT_TRUE(window_->isWelcomeShown());  // settings alone are not a run
}

TEST_F(WelcomeTest, TheFirstPairIsAddedWithTheDefaultLimit) {
    auto* add = child<QPushButton>(window_.get(), "welcomeAddShoe");
    EXPECT_FALSE(add->isEnabled());  // nothing typed yet
    QTest::keyClicks(child<QLineEdit>(window_.get(), "welcomeShoeName"),
                     QStringLiteral("Pegasus 40"));
    ASSERT_TRUE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    const auto shoes = session().journal().shoes().value();
    ASSERT_EQ(shoes.size(), 1u);
    EXPECT_EQ(shoes[0].name, QStringLiteral("Pegasus 40"));
    EXPECT_EQ(shoes[0].limit, Distance::fromMetres(1'000'000));
    EXPECT_TRUE(child<QLabel>(window_.get(), "welcomeShoeStatus")
                    ->text()
                    .contains(QStringLiteral("Pegasus 40")));
    EXPECT_TRUE(window_->isWelcomeShown());
}

TEST_F(WelcomeTest, LogYourFirstRunOpensTheLogRunDialogAndTheRunEndsTheWelcome) {
    whenModal("stridelog::gui::LogRunDialog", [](QWidget* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "runDistance"), QStringLiteral("5"));
        QTest::keyClicks(child<QLineEdit>(dialog, "runDuration"), QStringLiteral("30:00"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(window_.get(), "welcomeLogRun"), Qt::LeftButton);
    EXPECT_EQ(session().journal().runs().value().size(), 1u);
    EXPECT_FALSE(window_->isWelcomeShown());
}

TEST_F(WelcomeTest, TheWelcomeNeverShowsAgainOnceTheJournalHasARun) {
    ASSERT_TRUE(edits::logRun(session(), aRun(clock_.now())));
    EXPECT_FALSE(window_->isWelcomeShown());
    // Deleting the run within the same window does not bring it back.
    ASSERT_TRUE(edits::deleteRun(session(), session().journal().runs().value().front().id));
    EXPECT_FALSE(window_->isWelcomeShown());
    // A journal with a run opens on the dashboard.
    ASSERT_TRUE(edits::logRun(session(), aRun(clock_.now())));
    openWindow();
    EXPECT_FALSE(window_->isWelcomeShown());
}

TEST_F(WelcomeTest, GoToTheDashboardLeavesTheWelcome) {
    QTest::mouseClick(child<QPushButton>(window_.get(), "welcomeDashboard"), Qt::LeftButton);
    EXPECT_FALSE(window_->isWelcomeShown());
}

TEST_F(WelcomeTest, ExploringOpensAMadeUpJournalInAFileOfItsOwn) {
    QTest::mouseClick(child<QPushButton>(window_.get(), "welcomeDemo"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return session().journalPath() != path_; }));
    EXPECT_EQ(session().journalPath(), demoJournalPath(path_));
    EXPECT_GT(session().evaluation().journal.runs.size(), 100u);
    EXPECT_FALSE(window_->isWelcomeShown());
    // The runner's own journal is still empty, and still opens on the welcome.
    openWindow();
    EXPECT_TRUE(session().journal().isEmpty().value());
    EXPECT_TRUE(window_->isWelcomeShown());
}

TEST_F(WelcomeTest, ImportFromTheWatchOffersTheActivityFiles) {
    // The file dialog is modal; it is closed as soon as it is seen.
    whenModal("QFileDialog", [](QWidget* dialog) { dialog->close(); });
    QTest::mouseClick(child<QPushButton>(window_.get(), "welcomeImportFiles"), Qt::LeftButton);
    EXPECT_TRUE(window_->isWelcomeShown());
}

}  // namespace
}  // namespace stridelog::gui::testing

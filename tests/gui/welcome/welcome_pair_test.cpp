// SPDX-License-Identifier: GPL-3.0-or-later
// The pair added on the welcome is the one the first run is logged in, and the welcome asks
// how far it has already run, in the unit chosen above it.

#include "welcome_fixture.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>

namespace stridelog::gui::testing {
namespace {

using WelcomePairTest = WelcomeTest;

void typeInto(QDoubleSpinBox* box, const QString& text) {
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
}

TEST_F(WelcomePairTest, TheFirstRunIsLoggedInThePairAddedOnTheWelcome) {
    QTest::keyClicks(child<QLineEdit>(window_.get(), "welcomeShoeName"),
                     QStringLiteral("Pegasus 40"));
    QTest::mouseClick(child<QPushButton>(window_.get(), "welcomeAddShoe"), Qt::LeftButton);
    QString shoeShown;
    whenModal("stridelog::gui::LogRunDialog", [&shoeShown](QWidget* dialog) {
        shoeShown = child<QComboBox>(dialog, "runShoe")->currentText();
        QTest::keyClicks(child<QLineEdit>(dialog, "runDistance"), QStringLiteral("5"));
        QTest::keyClicks(child<QLineEdit>(dialog, "runDuration"), QStringLiteral("30:00"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(window_.get(), "welcomeLogRun"), Qt::LeftButton);
    EXPECT_EQ(shoeShown, QStringLiteral("Pegasus 40"));
    const auto runs = session().journal().runs().value();
    ASSERT_EQ(runs.size(), 1u);
    const auto shoes = session().journal().shoes().value();
    ASSERT_EQ(shoes.size(), 1u);
    EXPECT_EQ(runs[0].shoe, shoes[0].id);
}

TEST_F(WelcomePairTest, HowFarThePairHasRunIsAskedInTheChosenUnit) {
    auto* units = child<QComboBox>(window_.get(), "welcomeUnits");
    auto* alreadyRun = child<QDoubleSpinBox>(window_.get(), "welcomeShoeAlreadyRun");
    EXPECT_EQ(alreadyRun->suffix(), QStringLiteral(" km"));
    units->setCurrentIndex(units->findData(static_cast<int>(UnitSystem::Miles)));
    EXPECT_EQ(alreadyRun->suffix(), QStringLiteral(" mi"));
    QTest::keyClicks(child<QLineEdit>(window_.get(), "welcomeShoeName"),
                     QStringLiteral("Clifton 9"));
    typeInto(alreadyRun, QStringLiteral("100"));
    QTest::mouseClick(child<QPushButton>(window_.get(), "welcomeAddShoe"), Qt::LeftButton);
    const auto shoes = session().journal().shoes().value();
    ASSERT_EQ(shoes.size(), 1u);
    EXPECT_EQ(shoes[0].startDistance, Distance::fromMetres(160'934));  // 100 mi
    EXPECT_EQ(alreadyRun->value(), 0.0);                               // ready for the next pair
}

TEST_F(WelcomePairTest, InKilometresTheDistanceIsKeptInKilometres) {
    QTest::keyClicks(child<QLineEdit>(window_.get(), "welcomeShoeName"),
                     QStringLiteral("Pegasus 40"));
    typeInto(child<QDoubleSpinBox>(window_.get(), "welcomeShoeAlreadyRun"), QStringLiteral("250"));
    QTest::mouseClick(child<QPushButton>(window_.get(), "welcomeAddShoe"), Qt::LeftButton);
    const auto shoes = session().journal().shoes().value();
    ASSERT_EQ(shoes.size(), 1u);
    EXPECT_EQ(shoes[0].startDistance, Distance::fromMetres(250'000));
}

}  // namespace
}  // namespace stridelog::gui::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// The pair dialog speaks the journal's unit: miles in a miles journal, typed and shown, and a
// pair opened and saved unchanged keeps its limit to the metre.

#include "editing_fixture.h"

#include "app/gui/dialogs/shoe_dialog.h"
#include "app/gui/widgets/distance_box.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

class ShoeUnitsTest : public EditingTest {
protected:
    void useMiles() {
        Settings settings = journal().settings().value();
        settings.units = UnitSystem::Miles;
        ASSERT_TRUE(journal().saveSettings(settings));
    }
    static void save(QDialog& dialog) {
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        ASSERT_NE(buttons, nullptr);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }
    Shoe shoeNamed(const QString& name) {
        const std::vector<Shoe> shoes = journal().shoes().value();
        for (const Shoe& shoe : shoes)
            if (shoe.name == name) return shoe;
        ADD_FAILURE() << "no pair " << name.toStdString();
        return {};
    }
};

TEST_F(ShoeUnitsTest, AMilesJournalTypesAndShowsMiles) {
    useMiles();
    ShoeDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    auto* limit = child<DistanceBox>(&dialog, "shoeLimit");
    auto* before = child<DistanceBox>(&dialog, "shoeStartKm");
    EXPECT_EQ(limit->suffix(), QStringLiteral(" mi"));
    EXPECT_EQ(limit->accessibleName(), QStringLiteral("Wear limit in mi"));
    EXPECT_DOUBLE_EQ(limit->value(), 621.4);  // the 1000 km of the setting
    QTest::keyClicks(child<QLineEdit>(&dialog, "shoeName"), QStringLiteral("Clifton"));
    before->setFocus();
    before->selectAll();
    QTest::keyClicks(before, QStringLiteral("100"));
    save(dialog);
    const Shoe shoe = shoeNamed(QStringLiteral("Clifton"));
    EXPECT_EQ(shoe.startDistance.metres(), 160'934);  // 100 mi
    EXPECT_EQ(shoe.limit.metres(), 1'000'000);        // untouched: the setting's 1000 km exactly
}

TEST_F(ShoeUnitsTest, APairSavedUnchangedKeepsItsLimitToTheMetre) {
    useMiles();
    const Shoe existing = journal().shoe(shoe_).value();
    ShoeDialog dialog(session(), existing, window_.get());
    dialog.show();
    auto* limit = child<DistanceBox>(&dialog, "shoeLimit");
    auto* name = child<QLineEdit>(&dialog, "shoeName");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed"));
    save(dialog);
    EXPECT_EQ(shoeNamed(QStringLiteral("Renamed")).limit, existing.limit);

    // Typed again, a limit is the miles typed: 500 mi is 804,672 m.
    ShoeDialog again(session(), shoeNamed(QStringLiteral("Renamed")), window_.get());
    again.show();
    limit = child<DistanceBox>(&again, "shoeLimit");
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, QStringLiteral("500"));
    save(again);
    EXPECT_EQ(shoeNamed(QStringLiteral("Renamed")).limit.metres(), 804'672);
}

}  // namespace
}  // namespace stridelog::gui::testing

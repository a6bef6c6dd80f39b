// SPDX-License-Identifier: GPL-3.0-or-later
// Every Alt+letter of the Log-run and pain dialogs goes where its label says: a label's
// mnemonic moves the focus to the control it names and changes nothing; a check box's or a
// check group's own mnemonic ticks only that box.

#include "dialog_walk.h"
#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/dialogs/pain_dialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

#include <functional>

namespace stridelog::gui::testing {
namespace {

// What a mnemonic could change by mistake: every box ticked, every value chosen.
QStringList stateOf(QWidget* dialog) {
    QStringList state;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        const QString name = widget->objectName().isEmpty()
                                 ? QString::fromLatin1(widget->metaObject()->className())
                                 : widget->objectName();
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && button->isCheckable())
            state << name + QStringLiteral("=") + QString::number(button->isChecked());
        else if (auto* group = qobject_cast<QGroupBox*>(widget); group && group->isCheckable())
            state << name + QStringLiteral("=") + QString::number(group->isChecked());
        else if (auto* spin = qobject_cast<QSpinBox*>(widget))
            state << name + QStringLiteral("=") + QString::number(spin->value());
        else if (auto* combo = qobject_cast<QComboBox*>(widget))
            state << name + QStringLiteral("=") + QString::number(combo->currentIndex());
        else if (auto* slider = qobject_cast<QSlider*>(widget))
            state << name + QStringLiteral("=") + QString::number(slider->value());
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            state << name + QStringLiteral("=") + edit->text();
    }
    return state;
}

struct Mnemonic {
    QChar letter;
    QString text;
    bool ownToggle;  // a check box or check group: the letter ticks it
};

// The visible mnemonics of a dialog: labels with a buddy, check boxes, checkable groups.
std::vector<Mnemonic> mnemonicsOf(QWidget* dialog) {
    std::vector<Mnemonic> found;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(dialog)) continue;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            if (const QChar letter = mnemonicOf(label->text()); !letter.isNull())
                found.push_back({letter, label->text(), false});
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget);
                   button && button->isCheckable()) {
            if (const QChar letter = mnemonicOf(button->text()); !letter.isNull())
                found.push_back({letter, button->text(), true});
        } else if (auto* group = qobject_cast<QGroupBox*>(widget); group && group->isCheckable()) {
            if (const QChar letter = mnemonicOf(group->title()); !letter.isNull())
                found.push_back({letter, group->title(), true});
        }
    }
    return found;
}

QWidget* targetOf(QWidget* dialog, const QString& text) {
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->text() == text && label->buddy()) return label->buddy();
    }
    for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
        if (button->text() == text) return button;
    }
    for (QGroupBox* group : dialog->findChildren<QGroupBox*>()) {
        if (group->title() == text) return group;
    }
    return nullptr;
}

class MnemonicTargetsTest : public EditingTest {
protected:
    // Opens a fresh dialog for each mnemonic (so one press cannot hide another's effect),
    // presses Alt+letter and checks where the focus went and what changed.
    void checkEveryMnemonic(const std::function<std::unique_ptr<QWidget>()>& open) {
        std::vector<Mnemonic> mnemonics;
        {
            const auto dialog = open();
            mnemonics = mnemonicsOf(dialog.get());
        }
        ASSERT_GT(mnemonics.size(), 5u);
        for (const Mnemonic& mnemonic : mnemonics) {
            SCOPED_TRACE(mnemonic.text.toStdString());
            const auto dialog = open();
            QWidget* target = targetOf(dialog.get(), mnemonic.text);
            ASSERT_NE(target, nullptr);
            const QStringList before = stateOf(dialog.get());
            const auto key = static_cast<Qt::Key>(Qt::Key_A + (mnemonic.letter.unicode() - 'A'));
            QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier);
            QTest::qWait(200);  // a button's mnemonic clicks it after a short animation
            QWidget* focused = QApplication::focusWidget();
            const bool onTarget = focused && (focused == target || target->isAncestorOf(focused));
            EXPECT_TRUE(onTarget) << "focus on "
                                  << (focused ? focused->objectName().toStdString() : "nothing");
            const QStringList after = stateOf(dialog.get());
            QStringList changed;
            for (qsizetype i = 0; i < std::min(before.size(), after.size()); ++i) {
                if (before[i] != after[i]) changed << before[i] + QStringLiteral(" → ") + after[i];
            }
            const qsizetype expected = mnemonic.ownToggle ? 1 : 0;
            EXPECT_EQ(changed.size(), expected) << changed.join(QStringLiteral("; ")).toStdString();
        }
    }

    template <class Dialog>
    std::unique_ptr<QWidget> shown(Dialog* dialog, bool withPain) {
        std::unique_ptr<QWidget> owner(dialog);
        dialog->show();
        if (withPain) child<QGroupBox>(dialog, "painGroup")->setChecked(true);
        QApplication::setActiveWindow(dialog);
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        return owner;
    }
};

TEST_F(MnemonicTargetsTest, EveryMnemonicOfTheLogRunDialogGoesWhereItsLabelSays) {
    checkEveryMnemonic(
        [this] { return shown(new LogRunDialog(session(), std::nullopt, window_.get()), true); });
}

TEST_F(MnemonicTargetsTest, EveryMnemonicOfThePainDialogGoesWhereItsLabelSays) {
    checkEveryMnemonic(
        [this] { return shown(new PainDialog(session(), std::nullopt, window_.get()), false); });
}

TEST_F(MnemonicTargetsTest, AltLThenATwoSaysThePainLastedTwoHours) {
    const auto dialog = shown(new LogRunDialog(session(), std::nullopt, window_.get()), true);
    auto* stillThere = child<QAbstractButton>(dialog.get(), "painStillThere");
    ASSERT_TRUE(stillThere->isChecked());  // a pain of today: "still there" by default
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier);
    QTest::qWait(200);
    auto* lasted = child<QSpinBox>(dialog.get(), "painLasted");
    EXPECT_EQ(QApplication::focusWidget(), lasted);
    EXPECT_TRUE(stillThere->isChecked());  // nothing toggled by the Alt key itself
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2"));
    EXPECT_EQ(lasted->value(), 2);
    EXPECT_FALSE(stillThere->isChecked());  // a length typed is the answer
}

}  // namespace
}  // namespace stridelog::gui::testing

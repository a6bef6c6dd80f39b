// SPDX-License-Identifier: GPL-3.0-or-later
// A run opened from the runs table comes with its knee pain, and is saved with it.

#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/dialogs/pain_fields.h"
#include "app/gui/models/entry_table_model.h"
#include "app/gui/pages/entry_table_page.h"
#include "app/gui/pages/run_page.h"
#include "app/gui/widgets/knee_site_picker.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSlider>
#include <QTableView>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

class EditRunPainTest : public EditingTest {
protected:
    // Pain after the run of Thursday 19 November.
    PainId addLinkedPain() {
        PainEntry pain;
        pain.start = at(2026, 11, 19, 18);
        pain.end = at(2026, 11, 20, 6);
        pain.run = RunId(5);
        pain.knee = Knee::Left;
        pain.site = Site::Inside;
        pain.intensity = 4;
        return journal().addPain(pain).value();
    }

    // Double-clicks the run's row, which opens the run's page, and there clicks "Edit run and
    // pain…"; runs `act` on the dialog that opens.
    void doubleClickRun(RunId id, std::function<void(QWidget*)> act) {
        showWindow();
        window_->showPage(Page::Runs);
        auto* page = qobject_cast<EntryTablePage*>(window_->page(Page::Runs));
        page->focusEntry(id.value());
        QTableView* table = page->table();
        const QModelIndex index = table->currentIndex();
        const QRect cell = table->visualRect(index);
        whenModal("stridelog::gui::LogRunDialog", std::move(act));
        // A double-click is a click and a second press, as the mouse sends it.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        auto* runPage = window_->findChild<RunPage*>();
        ASSERT_NE(runPage, nullptr);
        ASSERT_EQ(runPage->runId(), id);
        QTest::mouseClick(runPage->editButton(), Qt::LeftButton);
    }
};

TEST_F(EditRunPainTest, DoubleClickingARunShowsItsKneePain) {
    addLinkedPain();
    bool checked = false;
    std::optional<Site> site;
    doubleClickRun(RunId(5), [&](QWidget* dialog) {
        auto* group = dialog->findChild<QGroupBox*>(QStringLiteral("painGroup"));
        checked = group && group->isVisible() && group->isChecked();
        site = child<KneeSitePicker>(dialog, "painSite")->site();
        static_cast<QDialog*>(dialog)->reject();
    });
    EXPECT_TRUE(checked);
    EXPECT_EQ(site, Site::Inside);
}

TEST_F(EditRunPainTest, ThePainIsSavedWithTheRunAsOneStep) {
    const PainId id = addLinkedPain();
    doubleClickRun(RunId(5), [](QWidget* dialog) {
        auto* intensity = child<QSlider>(dialog, "painIntensity");
        intensity->setFocus();
        QTest::keyClick(intensity, Qt::Key_Right);  // 4 → 5
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    const auto pain = journal().pain(id);
    ASSERT_TRUE(pain);
    EXPECT_EQ(pain->intensity, 5);
    EXPECT_EQ(pain->run, RunId(5));
    EXPECT_EQ(pain->end, at(2026, 11, 20, 6));  // its end is kept as it was
    EXPECT_EQ(journal().pains().value().size(), 1u);
    session().undoStack().undo();
    EXPECT_EQ(journal().pain(id)->intensity, 4);
}

TEST_F(EditRunPainTest, PainCanBeAddedToARunLoggedWithoutIt) {
    doubleClickRun(RunId(4), [](QWidget* dialog) {
        auto* group = child<QGroupBox>(dialog, "painGroup");
        group->setChecked(true);
        auto* picker = child<KneeSitePicker>(dialog, "painSite");
        QTest::mouseClick(picker, Qt::LeftButton, {}, picker->centreOf(Site::Front));
        // Four days on, it is asked how long it lasted: it is still there.
        QTest::mouseClick(child<QCheckBox>(dialog, "painStillThere"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    const auto pains = journal().pains().value();
    ASSERT_EQ(pains.size(), 1u);
    EXPECT_EQ(pains[0].run, RunId(4));
    EXPECT_EQ(pains[0].site, Site::Front);
}

}  // namespace
}  // namespace stridelog::gui::testing

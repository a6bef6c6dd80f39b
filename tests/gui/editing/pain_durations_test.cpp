// SPDX-License-Identifier: GPL-3.0-or-later
// Pain durations as people say them in the app (RULES.md, "Showing a duration"): under 72 h in
// hours, from 72 h on in days and hours, in the knee pain table and the check-in. "Now" is
// Saturday 2026-11-21 12:00.

#include "editing_fixture.h"

#include "app/gui/dialogs/pain_check_in_dialog.h"
#include "app/gui/models/pain_table_model.h"
#include "app/gui/pages/entry_table_page.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

class PainDurations : public EditingTest {
protected:
    void addPain(Instant start, std::optional<Duration> lasted) {
        PainEntry pain;
        pain.start = start;
        if (lasted) pain.end = start.plusSeconds(lasted->seconds());
        pain.knee = Knee::Left;
        pain.site = Site::Below;
        pain.intensity = 3;
        pain.onset = Onset::After;
        ASSERT_TRUE(journal().addPain(pain));
    }

    QStringList lastedColumn() {
        window_->showPage(Page::Pain);
        auto* page = qobject_cast<EntryTablePage*>(window_->page(Page::Pain));
        const QAbstractItemModel* model = page->table()->model();
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, PainTableModel::Lasted).data().toString();
        texts.sort();
        return texts;
    }
};

TEST_F(PainDurations, TheTableSaysHoursUnderSeventyTwoAndDaysFromThenOn) {
    addPain(at(2026, 11, 2, 8), Duration::fromHours(50));
    addPain(at(2026, 11, 5, 8), Duration::fromHours(71));
    addPain(at(2026, 11, 8, 8), Duration::fromHours(72));
    addPain(at(2026, 10, 20, 8), Duration::fromHours(21 * 24));  // ended on 10 November
    addPain(at(2026, 11, 17, 18), std::nullopt);                 // 90 h by now
    showWindow();
    EXPECT_EQ(lastedColumn(),
              (QStringList{QStringLiteral("21 d"), QStringLiteral("3 d"), QStringLiteral("50 h"),
                           QStringLiteral("71 h"), QStringLiteral("still there (3 d 18 h)")}));
}

TEST_F(PainDurations, TheCheckInSaysHowLongInDays) {
    addPain(at(2026, 11, 17, 18), std::nullopt);
    window_->setCheckInEnabled(true);
    showWindow();
    PainCheckInDialog* dialog = nullptr;
    waitFor([&] {
        dialog = window_->findChild<PainCheckInDialog*>();
        return dialog && dialog->isVisible();
    });
    ASSERT_NE(dialog, nullptr);
    QStringList texts;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) texts << label->text();
    EXPECT_TRUE(texts.join(QLatin1Char('\n')).contains(QStringLiteral("3 d 18 h so far")))
        << texts.join(QLatin1Char('\n')).toStdString();
    dialog->reject();
}

}  // namespace
}  // namespace stridelog::gui::testing

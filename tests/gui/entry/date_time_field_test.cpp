// SPDX-License-Identifier: GPL-3.0-or-later
// The one date and time field: typed whole and kept as typed, changed by arrows, left by Tab,
// with a calendar; and the only date field anywhere in the app.

#include "dialog_walk.h"
#include "editing_fixture.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/pages/entry_table_page.h"
#include "app/gui/widgets/date_time_field.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using DateTimeFieldTest = EditingTest;

// Clicks into a line edit, selects what it holds and types over it, as a user would.
void typeOver(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

TEST_F(DateTimeFieldTest, ADateAndTimeTypedInOneGoIsSavedAsTyped) {
    showWindow();
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto* when = child<QWidget>(&dialog, "runStart");
    ASSERT_NE(when, nullptr);
    // The field gets the focus as after a click on it or Shift+Tab into it: everything typed
    // replaces what was there.
    when->setFocus(Qt::TabFocusReason);
    QWidget* focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    if (auto* edit = qobject_cast<QLineEdit*>(focused)) edit->selectAll();
    // Each key goes where the keyboard focus is, as typing does.
    for (const QChar key : QStringLiteral("2026-11-20 08:00"))
        QTest::keyClick(QApplication::focusWidget(), key.toLatin1());
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDistance"), QStringLiteral("8"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("48:00"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);

    ASSERT_TRUE(dialog.savedId());
    const auto run = journal().run(*dialog.savedId());
    ASSERT_TRUE(run);
    EXPECT_EQ(run->start.localDateTime(), QDateTime(QDate(2026, 11, 20), QTime(8, 0)))
        << run->start.toLocalIsoString().toStdString();
}

TEST_F(DateTimeFieldTest, ADateAndTimePastedIntoTheDateAreSplit) {
    DateTimeField field(DateTimeField::Parts::DateAndTime);
    field.setDateTime(QDateTime(QDate(2026, 11, 21), QTime(12, 0)));
    field.show();
    field.dateEdit()->setFocus();
    field.dateEdit()->selectAll();
    QGuiApplication::clipboard()->setText(QStringLiteral("2026-11-19T07:15"));
    field.dateEdit()->paste();
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 11, 19), QTime(7, 15)));
}

TEST_F(DateTimeFieldTest, TabLeavesTheWhenFieldInsteadOfWalkingItsSections) {
    showWindow();
    LogRunDialog dialog(session(), std::nullopt, window_.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    child<QWidget>(&dialog, "runStart")->setFocus(Qt::TabFocusReason);
    // The date, then the time, then on to the distance: two presses, not five sections.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(&dialog, "runDistance"))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString()
                                        : std::string("nothing"));
}

TEST_F(DateTimeFieldTest, ArrowsChangeTheHourOrTheMinuteUnderTheCursor) {
    DateTimeField field(DateTimeField::Parts::DateAndTime);
    field.setDateTime(QDateTime(QDate(2026, 11, 20), QTime(8, 0)));
    field.show();
    QLineEdit* time = field.timeEdit();
    time->setFocus();
    time->setCursorPosition(1);
    QTest::keyClick(time, Qt::Key_Up);
    EXPECT_EQ(field.time(), QTime(9, 0));
    time->setCursorPosition(4);
    QTest::keyClick(time, Qt::Key_Down);
    EXPECT_EQ(field.time(), QTime(8, 59));
    // The date: the day under the cursor.
    QLineEdit* date = field.dateEdit();
    date->setCursorPosition(9);
    QTest::keyClick(date, Qt::Key_Up);
    EXPECT_EQ(field.date(), QDate(2026, 11, 21));
}

TEST_F(DateTimeFieldTest, TextThatIsNotADateStaysAsTypedAndSaysWhatItExpects) {
    DateTimeField field(DateTimeField::Parts::DateAndTime);
    field.setDateTime(QDateTime(QDate(2026, 11, 20), QTime(8, 0)));
    field.show();
    typeOver(field.dateEdit(), QStringLiteral("2026-13-01"));
    EXPECT_EQ(field.dateEdit()->text(), QStringLiteral("2026-13-01"));
    EXPECT_FALSE(field.dateTime().isValid());
    EXPECT_TRUE(field.problem().contains(QStringLiteral("2026-11-24")))
        << field.problem().toStdString();
    typeOver(field.timeEdit(), QStringLiteral("0745"));
    typeOver(field.dateEdit(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 11, 19), QTime(7, 45)));
    EXPECT_TRUE(field.problem().isEmpty());
}

TEST_F(DateTimeFieldTest, AltDownOpensACalendarAndAClickedDayIsTaken) {
    DateTimeField field(DateTimeField::Parts::Date);
    field.setDate(QDate(2026, 11, 20));
    field.show();
    field.dateEdit()->setFocus();
    QTest::keyClick(field.dateEdit(), Qt::Key_Down, Qt::AltModifier);
    auto* calendar = field.findChild<QCalendarWidget*>(QStringLiteral("calendarPopup"));
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(calendar->selectedDate(), QDate(2026, 11, 20));
    calendar->setSelectedDate(QDate(2026, 11, 3));
    Q_EMIT calendar->activated(QDate(2026, 11, 3));
    EXPECT_EQ(field.date(), QDate(2026, 11, 3));
}

TEST_F(DateTimeFieldTest, NoDialogOrPageUsesQtsSectionedDateEdits) {
    PainEntry pain;
    pain.start = at(2026, 11, 19, 19);
    pain.run = RunId(5);
    pain.site = Site::Front;
    ASSERT_TRUE(journal().addPain(pain));
    session().refresh();
    for (const auto& [name, dialog] : everyDialog(session(), window_.get())) {
        EXPECT_TRUE(dialog->findChildren<QDateTimeEdit*>().isEmpty()) << name.toStdString();
    }
    for (const Page page : {Page::Runs, Page::Pain, Page::Shoes}) {
        QWidget* widget = window_->page(page);
        EXPECT_TRUE(widget->findChildren<QDateTimeEdit*>().isEmpty())
            << widget->objectName().toStdString();
        if (page != Page::Shoes) {  // the tables of dated entries filter by From and To
            EXPECT_FALSE(widget->findChildren<DateTimeField*>().isEmpty());
        }
    }
}

}  // namespace
}  // namespace stridelog::gui::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// Every log, undo, redo, delete and settings change says so in the status bar, readable at
// the widths a runner's window has (1024, 1280, 1450 px): the message has the room its text
// needs (the disclaimer steps aside while it shows), and passing over a menu does not wipe it.

#include "editing_fixture.h"

#include "app/gui/session/journal_edits.h"
#include "app/gui/widgets/status_message.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

class StatusBarTest : public EditingTest {
protected:
    // The message shows, whole: the bar leaves it at least the width of its text.
    void expectShown(const QString& expected) {
        QStatusBar* bar = window_->statusBar();
        QCoreApplication::processEvents();
        EXPECT_EQ(bar->currentMessage(), expected);
        const int needed = bar->fontMetrics().horizontalAdvance(bar->currentMessage());
        EXPECT_GE(messageRoom(bar), needed)
            << "at " << window_->width() << " px: " << expected.toStdString();
    }
    void trigger(const char* action) { child<QAction>(window_.get(), action)->trigger(); }
};

TEST_F(StatusBarTest, EachStepIsConfirmedWhereItCanBeReadAtEveryWidth) {
    showWindow();
    for (const int width : {1024, 1280, 1450}) {
        SCOPED_TRACE(width);
        window_->resize(width, 640);
        QCoreApplication::processEvents();
        stridelog::Run run;
        run.start = at(2026, 11, 21, 7);
        run.distance = Distance::fromMetres(6000);
        run.duration = Duration::fromSeconds(2100);
        const auto id = edits::logRun(session(), run);
        ASSERT_TRUE(id);
        expectShown(QStringLiteral("Saved: Log run"));
        trigger("undoAction");
        expectShown(QStringLiteral("Undone: Log run"));
        trigger("redoAction");
        expectShown(QStringLiteral("Saved: Log run"));
        ASSERT_TRUE(edits::deleteRun(session(), *id));
        const QString deleted = window_->statusBar()->currentMessage();
        EXPECT_TRUE(deleted.startsWith(QStringLiteral("Saved: "))) << deleted.toStdString();
        expectShown(deleted);
        Settings settings = session().evaluation().journal.settings;
        settings.weeklyIncreasePct = settings.weeklyIncreasePct == 10 ? 12 : 10;
        ASSERT_TRUE(edits::saveSettings(session(), settings));
        const QString changed = window_->statusBar()->currentMessage();
        EXPECT_TRUE(changed.startsWith(QStringLiteral("Saved: "))) << changed.toStdString();
        expectShown(changed);
    }
}

TEST_F(StatusBarTest, TheDisclaimerComesBackWhenTheMessageIsOver) {
    showWindow();
    auto* disclaimer = child<QLabel>(window_.get(), "disclaimer");
    EXPECT_TRUE(disclaimer->isVisible());
    announce(window_.get(), QStringLiteral("Backed up the journal."));
    EXPECT_FALSE(disclaimer->isVisible());
    window_->statusBar()->clearMessage();
    EXPECT_TRUE(disclaimer->isVisible());
}

TEST_F(StatusBarTest, AMenuPassedOverDoesNotWipeTheMessage) {
    showWindow();
    announce(window_.get(), QStringLiteral("Imported 3 runs."));
    // What a menu sends for an action without a status tip, and when it closes.
    QStatusTipEvent empty{QString()};
    QCoreApplication::sendEvent(window_.get(), &empty);
    EXPECT_EQ(window_->statusBar()->currentMessage(), QStringLiteral("Imported 3 runs."));
}

}  // namespace
}  // namespace stridelog::gui::testing

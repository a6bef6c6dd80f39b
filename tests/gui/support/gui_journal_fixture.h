// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one GUI journal fixture: a real journal in a temporary folder, "now" pinned to Saturday
// 2026-11-21 12:00 (Berlin), a session on it and, when a test asks, the main window, shown
// offscreen and active so its keys work. Suites derive from it and add only their history, so
// every suite opens its journal the way the app does.

#include "app/gui/main_window.h"

#include "core/model/clock.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace stridelog::gui::testing {

class GuiJournalTest : public ::testing::Test {
protected:
    static Instant pinnedNow() { return Instant::fromLocal(QDate(2026, 11, 21), QTime(12, 0)); }

    // A new session on the journal file in the folder (created on first use).
    std::unique_ptr<JournalSession> openSession() {
        EXPECT_TRUE(folder_.isValid());
        OpenOptions open;
        open.clock = &clock_;
        auto journal = Journal::open(journalPath(), open);
        EXPECT_TRUE(journal) << journal.error().message.toStdString();
        if (!journal) return nullptr;
        return std::make_unique<JournalSession>(std::move(journal).value(), clock_);
    }

    // The main window on a new session (replacing any open one), with the morning check-in off so
    // no dialog interrupts.
    void openWindow() {
        window_.reset();  // the old window lets go of the journal before it is opened again
        auto session = openSession();
        ASSERT_NE(session, nullptr);
        window_ = std::make_unique<MainWindow>(std::move(session), clock_);
        window_->setCheckInEnabled(false);
    }

    // Shows the window offscreen and makes it active, so its shortcuts work.
    void showWindow(QSize size = QSize(1200, 760)) {
        window_->resize(size);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
        QApplication::setActiveWindow(window_.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window_.get()));
    }

    QString journalPath() const { return folder_.filePath(QStringLiteral("journal.sqlite")); }
    JournalSession& session() { return window_->session(); }
    Journal& journal() { return session().journal(); }

    QTemporaryDir folder_;
    FixedClock clock_{pinnedNow()};
    std::unique_ptr<MainWindow> window_;
};

}  // namespace stridelog::gui::testing

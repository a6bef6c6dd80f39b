// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A new, empty journal in a temporary folder and the main window on it, shown offscreen and
// active, with "now" pinned to Saturday 2026-11-21 12:00 (Berlin).

#include "tests/gui/editing/editing_fixture.h"

#include "app/gui/main_window.h"

#include "core/model/clock.h"
#include "core/store/journal.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace stridelog::gui::testing {

class WelcomeTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder_.isValid());
        path_ = folder_.filePath(QStringLiteral("journal.sqlite"));
        openWindow();
    }
    void TearDown() override { window_.reset(); }

    void openWindow() {
        window_.reset();
        auto journal = Journal::open(path_);
        ASSERT_TRUE(journal) << journal.error().message.toStdString();
        auto session = std::make_unique<JournalSession>(std::move(journal).value(), clock_);
        window_ = std::make_unique<MainWindow>(std::move(session), clock_);
        window_->setCheckInEnabled(false);
        window_->resize(1200, 760);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
        QApplication::setActiveWindow(window_.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window_.get()));
    }

    JournalSession& session() { return window_->session(); }

    QTemporaryDir folder_;
    QString path_;
    FixedClock clock_{Instant::fromLocal(QDate(2026, 11, 21), QTime(12, 0))};
    std::unique_ptr<MainWindow> window_;
};

}  // namespace stridelog::gui::testing

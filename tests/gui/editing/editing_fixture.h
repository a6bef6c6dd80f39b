// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real journal in a temporary folder, a pinned clock (Saturday 2026-11-21 12:00, Berlin), a
// session and the main window, shown offscreen. History: two weeks of runs in one pair, the
// longest 10 km, so a 14 km run today is a moderate spike (+40%) and takes the week over its
// limit.

#include "app/gui/main_window.h"

#include "core/model/clock.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace stridelog::gui::testing {

class EditingTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    static Instant at(int year, int month, int day, int hour, int minute = 0);
    // Adds history straight through the store (set-up, not what is tested).
    RunId addRun(Instant start, int metres, int seconds);
    // Shows the main window offscreen and makes it active, so its shortcuts work.
    void showWindow();
    void activateWindow();

    JournalSession& session() { return window_->session(); }
    Journal& journal() { return session().journal(); }
    std::size_t runCount() { return journal().runs().value().size(); }

    QTemporaryDir folder_;
    QString path_;
    FixedClock clock_{at(2026, 11, 21, 12)};
    ShoeId shoe_;
    std::unique_ptr<MainWindow> window_;
};

// Runs `act` on the next modal dialog of type T once it is shown (a modal exec() blocks the
// test, so the interaction is queued before the call that opens it). Fails the test if no
// such dialog comes within `timeoutMs`.
void whenModal(const char* className, std::function<void(QWidget*)> act, int timeoutMs = 5000);
// Lets events run until `condition` holds or the time is up; returns the condition.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000);

template <class T>
T* child(QWidget* parent, const char* name) {
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

}  // namespace stridelog::gui::testing

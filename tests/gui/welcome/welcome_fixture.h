// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A new, empty journal in a temporary folder and the main window on it, shown offscreen and
// active, with "now" pinned to Saturday 2026-11-21 12:00 (Berlin).

#include "tests/gui/editing/editing_fixture.h"

#include "tests/gui/support/gui_journal_fixture.h"

namespace stridelog::gui::testing {

// The shared journal fixture, its window opened and shown at once; `path_` names the file.
class WelcomeTest : public GuiJournalTest {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder_.isValid());
        path_ = journalPath();
        openWindow();
    }
    void TearDown() override { window_.reset(); }

    // Opens (or opens again) the window on the journal, shown and active.
    void openWindow() {
        GuiJournalTest::openWindow();
        showWindow();
    }

    QString path_;
};

}  // namespace stridelog::gui::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A journal session on a fresh file in a temporary folder, with "now" pinned, for the import
// and export tests.

#include "tests/gui/support/gui_journal_fixture.h"

namespace stridelog::test {

// The one GUI journal fixture without a window; the old member names stay for the suites.
class SessionTest : public gui::testing::GuiJournalTest {
protected:
    void SetUp() override {
        session = openSession();
        ASSERT_NE(session, nullptr);
    }

    QTemporaryDir& dir = folder_;
    FixedClock& clock = clock_;
    std::unique_ptr<gui::JournalSession> session;
};

}  // namespace stridelog::test

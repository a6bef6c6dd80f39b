// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A journal session on a fresh file in a temporary folder, with "now" pinned, for the import
// and export tests.

#include "app/gui/session/journal_session.h"

#include "core/model/clock.h"
#include "core/store/journal.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTime>

#include <gtest/gtest.h>

#include <memory>

namespace stridelog::test {

class SessionTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        auto journal = Journal::open(dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_TRUE(journal) << journal.error().message.toStdString();
        session = std::make_unique<gui::JournalSession>(std::move(journal).value(), clock);
    }

    QTemporaryDir dir;
    FixedClock clock{Instant::fromLocal(QDate(2026, 11, 21), QTime(12, 0))};
    std::unique_ptr<gui::JournalSession> session;
};

}  // namespace stridelog::test

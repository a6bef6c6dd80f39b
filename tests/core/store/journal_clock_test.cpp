// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's "not after tomorrow" reads the clock it was opened with, at each change: the
// program's one clock, so the store and the dialogs agree on "tomorrow" even near midnight.
// The clock is years away from the real date, so the system date could never pass by chance.
#include "store_test_support.h"

#include "core/io/journal_json.h"
#include "core/store/journal.h"
#include "core/workflows/restore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

Instant at(QDate day, QTime time) {
    return Instant::fromLocal(day, time);
}

class JournalClock : public StoreTest {
protected:
    void SetUp() override {
        journal = openOnClock(clock);
        ASSERT_NE(journal, nullptr);
    }

    StoreResult<RunId> addRunAt(Instant start) {
        stridelog::Run run = sampleRun();
        run.start = start;
        return journal->addRun(run);
    }

    // One second before midnight: tomorrow is 1 July.
    FixedClock clock{at(QDate(2031, 6, 30), QTime(23, 59, 59))};
    std::unique_ptr<Journal> journal;
};

TEST_F(JournalClock, TomorrowIsTheClocksTomorrow) {
    EXPECT_EQ(&journal->clock(), &clock);
    EXPECT_TRUE(addRunAt(at(QDate(2031, 7, 1), QTime(23, 59))));
    const auto refused = addRunAt(at(QDate(2031, 7, 2), QTime(0, 0)));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, StoreErrorKind::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2031-07-01")))
        << refused.error().message.toStdString();
}

TEST_F(JournalClock, PastMidnightTomorrowMovesOnWithTheClock) {
    ASSERT_FALSE(addRunAt(at(QDate(2031, 7, 2), QTime(8, 0))));
    clock.set(at(QDate(2031, 7, 1), QTime(0, 0)));
    EXPECT_TRUE(addRunAt(at(QDate(2031, 7, 2), QTime(8, 0))));
    EXPECT_EQ(journal->runs().value().size(), 1u);
}

TEST_F(JournalClock, PainEntriesAndRestoresReadTheSameClock) {
    PainEntry pain = samplePain();
    pain.start = at(QDate(2031, 7, 1), QTime(20, 0));
    pain.end.reset();
    EXPECT_TRUE(journal->addPain(pain));
    pain.start = at(QDate(2031, 7, 2), QTime(0, 30));
    EXPECT_FALSE(journal->addPain(pain));

    // A restore's safety copy is named by the journal's clock (UTC, to the second).
    JournalSnapshot empty;
    const QString source = pathFor(QStringLiteral("empty.json"));
    QFile file(source);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(writeJournalJson(empty, clock.now()));
    file.close();
    const auto copy = restoreJournal(*journal, source);
    ASSERT_TRUE(copy) << copy.error().message.toStdString();
    const QString stamp = QDateTime::fromSecsSinceEpoch(clock.now().utcSeconds(), Qt::UTC)
                              .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    EXPECT_TRUE(QFileInfo(*copy).fileName().startsWith(stamp)) << copy->toStdString();
}

}  // namespace
}  // namespace stridelog::test

// SPDX-License-Identifier: GPL-3.0-or-later
// One app per journal: a second start on the same journal hands over to the first, one on
// another journal opens normally, and a socket left by a crash is no obstacle.

#include "app/gui/journal_instance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

namespace stridelog::gui::testing {
namespace {

using Outcome = JournalInstance::Outcome;

class JournalInstanceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(sockets_.isValid());
        ASSERT_TRUE(journals_.isValid());
    }
    QString journal(const char* name) const {
        return journals_.filePath(QString::fromLatin1(name));
    }
    // Starts a second instance on a thread of its own, as a second process would, while
    // this thread keeps the first one's event loop turning.
    Outcome startElsewhere(const QString& path) {
        std::atomic<int> outcome{-1};
        QThread* thread = QThread::create([&] {
            JournalInstance second(sockets_.path());
            outcome = static_cast<int>(second.start(path));
        });
        thread->start();
        while (!thread->isFinished()) QTest::qWait(5);
        thread->wait();
        delete thread;
        return static_cast<Outcome>(outcome.load());
    }

    QTemporaryDir sockets_;
    QTemporaryDir journals_;
};

TEST_F(JournalInstanceTest, ASecondStartOnTheSameJournalHandsOverAndRaisesTheFirst) {
    JournalInstance first(sockets_.path());
    ASSERT_EQ(first.start(journal("journal.sqlite")), Outcome::Claimed);
    QSignalSpy raised(&first, &JournalInstance::activationRequested);
    EXPECT_EQ(startElsewhere(journal("journal.sqlite")), Outcome::HandedOver);
    EXPECT_EQ(raised.count(), 1);
}

TEST_F(JournalInstanceTest, TheSameJournalByAnotherPathIsTheSameJournal) {
    JournalInstance first(sockets_.path());
    ASSERT_EQ(first.start(journal("journal.sqlite")), Outcome::Claimed);
    const QString roundabout = journals_.path() + QStringLiteral("/./sub/../journal.sqlite");
    QDir(journals_.path()).mkdir(QStringLiteral("sub"));
    EXPECT_EQ(startElsewhere(roundabout), Outcome::HandedOver);
}

TEST_F(JournalInstanceTest, AnotherJournalOpensNormally) {
    JournalInstance first(sockets_.path());
    ASSERT_EQ(first.start(journal("journal.sqlite")), Outcome::Claimed);
    QSignalSpy raised(&first, &JournalInstance::activationRequested);
    EXPECT_EQ(startElsewhere(journal("other.sqlite")), Outcome::Claimed);
    EXPECT_EQ(raised.count(), 0);
}

TEST_F(JournalInstanceTest, ASocketLeftByACrashIsTakenOver) {
    JournalInstance probe(sockets_.path());
    const QString socket = probe.socketPath(journal("journal.sqlite"));
    // What a crashed copy leaves: the socket file, and nobody listening on it.
    QFile stale(socket);
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.close();
    JournalInstance next(sockets_.path());
    EXPECT_EQ(next.start(journal("journal.sqlite")), Outcome::Claimed);
    EXPECT_TRUE(next.isListening());
}

TEST_F(JournalInstanceTest, AfterOpeningAnotherJournalTheAppAnswersForThatOne) {
    JournalInstance first(sockets_.path());
    ASSERT_EQ(first.start(journal("journal.sqlite")), Outcome::Claimed);
    first.follow(journal("other.sqlite"));
    EXPECT_EQ(startElsewhere(journal("other.sqlite")), Outcome::HandedOver);
    EXPECT_EQ(startElsewhere(journal("journal.sqlite")), Outcome::Claimed);
}

}  // namespace
}  // namespace stridelog::gui::testing

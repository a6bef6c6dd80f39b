// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's folder deleted while the app runs: the next run logged is noticed, the app
// says so, and saving elsewhere writes a valid journal with that run, open there from then on.

#include "editing_fixture.h"

#include "app/gui/session/journal_edits.h"

#include "core/store/journal.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using LostFileTest = EditingTest;

stridelog::Run eveningRun(Instant start) {
    stridelog::Run run;
    run.start = start;
    run.distance = Distance::fromMetres(7300);
    run.duration = Duration::fromSeconds(2400);
    return run;
}

TEST_F(LostFileTest, AFolderDeletedIsNoticedAndTheJournalCanBeSavedElsewhere) {
    showWindow();
    ASSERT_FALSE(window_->isJournalFileLost());
    ASSERT_TRUE(QDir(folder_.path()).removeRecursively());

    QString said;
    whenModal("QMessageBox", [&said](QWidget* box) {
        said = static_cast<QMessageBox*>(box)->text();
        static_cast<QMessageBox*>(box)->reject();  // "Later"
    });
    ASSERT_TRUE(edits::logRun(session(), eveningRun(at(2026, 11, 21, 9))));
    ASSERT_TRUE(waitFor([&said] { return !said.isEmpty(); }));
    EXPECT_TRUE(said.contains(QStringLiteral("deleted or replaced"))) << said.toStdString();
    EXPECT_TRUE(window_->isJournalFileLost());

    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("kept.sqlite"));
    ASSERT_TRUE(window_->saveJournalElsewhere(target));
    EXPECT_EQ(session().journalPath(), QFileInfo(target).absoluteFilePath());
    EXPECT_FALSE(window_->isJournalFileLost());
    EXPECT_EQ(runCount(), 6u);  // the fixture's five and the one logged after the loss

    // A journal of its own, read by another connection: valid, with the run.
    auto copy = Journal::open(target);
    ASSERT_TRUE(copy) << copy.error().message.toStdString();
    EXPECT_TRUE(copy.value()->checkIntegrity());
    const auto runs = copy.value()->runs().value();
    ASSERT_EQ(runs.size(), 6u);
    EXPECT_EQ(runs.back().distance, Distance::fromMetres(7300));
}

TEST_F(LostFileTest, AFileReplacedByAnotherIsNoticedToo) {
    showWindow();
    ASSERT_TRUE(QFile::remove(path_));
    QFile other(path_);
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("not the journal the app has open");
    other.close();
    bool asked = false;
    whenModal("QMessageBox", [&asked](QWidget* box) {
        asked = true;
        static_cast<QMessageBox*>(box)->reject();
    });
    EXPECT_TRUE(window_->isJournalFileLost());
    EXPECT_TRUE(waitFor([&asked] { return asked; }));
}

TEST_F(LostFileTest, SavingElsewhereNeverReplacesAFile) {
    showWindow();
    QFile existing(folder_.filePath(QStringLiteral("other.sqlite")));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("x");
    existing.close();
    whenModal("QMessageBox", [](QWidget* box) { static_cast<QMessageBox*>(box)->accept(); });
    EXPECT_FALSE(window_->saveJournalElsewhere(existing.fileName()));
    EXPECT_EQ(session().journalPath(), path_);
    EXPECT_EQ(existing.size(), 1);
}

}  // namespace
}  // namespace stridelog::gui::testing

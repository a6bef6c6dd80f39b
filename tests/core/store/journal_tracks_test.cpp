// SPDX-License-Identifier: GPL-3.0-or-later
// Tracks kept beside their runs: the migration from schema 2, one transaction with the run,
// read only when asked, carried by backups and restores.

#include "store_test_support.h"

#include "core/model/track_codec.h"
#include "core/store/journal.h"
#include "core/workflows/restore.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using namespace test;

Track sampleTrack(int points = 600) {
    Track track;
    for (int i = 0; i < points; ++i) {
        TrackSample sample;
        sample.seconds = i;
        sample.metres = i * 2.8;
        sample.latitude = 50.0 + i * 0.000025;
        sample.longitude = 8.0 + i * 0.00001;
        sample.altitude = 100.0 + (i % 50) * 0.2;
        sample.heartRate = 140 + i % 20;
        if (i % 3 != 0) sample.cadence = 170;
        track.samples.push_back(sample);
    }
    track.laps = {{1000.0, 357.0, 145.0}, {680.0, 242.0, std::nullopt}};
    return track;
}

class JournalTracks : public StoreTest {};

TEST_F(JournalTracks, MigratesAVersionTwoJournalAndTakesTracksAfterwards) {
    runSql(journalPath(), QString::fromUtf8(readFixture(QStringLiteral("journal_v2.sql"))));
    ASSERT_EQ(queryInt(journalPath(), QStringLiteral("PRAGMA user_version")), 2);
    {
        auto journal = Journal::open(journalPath());
        ASSERT_TRUE(journal) << journal.error().message.toStdString();
        auto runs = (*journal)->runs();
        ASSERT_TRUE(runs);
        ASSERT_EQ(runs->size(), 2u);
        EXPECT_EQ(runs->at(1).sourceKey, QStringLiteral("sha256:0f3a"));
        EXPECT_EQ(runs->at(0).shoe, ShoeId(3));
        auto none = (*journal)->track(RunId(8));
        ASSERT_TRUE(none);
        EXPECT_FALSE(*none);
        auto pain = (*journal)->pain(PainId(5));
        ASSERT_TRUE(pain);
        EXPECT_EQ(pain->run, RunId(7));
        auto id = (*journal)->addRunWithTrack(sampleRun(QDate(2026, 3, 12)), sampleTrack());
        ASSERT_TRUE(id) << id.error().message.toStdString();
    }
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("PRAGMA user_version")), 5);
    EXPECT_EQ(Journal::currentSchemaVersion(), 5);
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT points FROM run_track")), 600);
}

TEST_F(JournalTracks, TrackComesBackOnlyWhenAskedAndExactlyAsKeptRounded) {
    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal);
    const Track kept = sampleTrack();
    auto id = (*journal)->addRunWithTrack(sampleRun(), kept);
    ASSERT_TRUE(id);
    auto snapshot = (*journal)->snapshot();
    ASSERT_TRUE(snapshot);
    EXPECT_TRUE(snapshot->tracks.empty());
    auto track = (*journal)->track(*id);
    ASSERT_TRUE(track);
    ASSERT_TRUE(*track);
    ASSERT_EQ((*track)->samples.size(), 600u);
    EXPECT_NEAR((*track)->samples[599].metres, 599 * 2.8, 0.05);
    EXPECT_NEAR(*(*track)->samples[599].latitude, 50.0 + 599 * 0.000025, 1e-6);
    EXPECT_FALSE((*track)->samples[3].cadence);
    ASSERT_EQ((*track)->laps.size(), 2u);
    EXPECT_EQ((*track)->laps[0].heartRate, 145.0);
    EXPECT_FALSE((*track)->laps[1].heartRate);
}

TEST_F(JournalTracks, RefusedRunLeavesNoTrack) {
    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal);
    stridelog::Run run = sampleRun();
    run.shoe = ShoeId(42);  // no such pair
    auto id = (*journal)->addRunWithTrack(run, sampleTrack());
    ASSERT_FALSE(id);
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM run_track")), 0);
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM run")), 0);
}

TEST_F(JournalTracks, UndoneDeleteGetsItsTrackBackButANewRunOnTheSameIdDoesNot) {
    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal);
    auto id = (*journal)->addRunWithTrack(sampleRun(), sampleTrack());
    ASSERT_TRUE(id);
    auto run = (*journal)->run(*id);
    ASSERT_TRUE(run);
    ASSERT_TRUE((*journal)->deleteRun(*id));
    auto gone = (*journal)->track(*id);
    ASSERT_TRUE(gone);
    EXPECT_FALSE(*gone);
    ASSERT_TRUE((*journal)->putBackRun(*run));
    auto back = (*journal)->track(*id);
    ASSERT_TRUE(back && *back);
    EXPECT_EQ((*back)->samples.size(), 600u);

    ASSERT_TRUE((*journal)->deleteRun(*id));
    auto other = (*journal)->addRun(sampleRun(QDate(2026, 3, 11)));
    ASSERT_TRUE(other);
    ASSERT_EQ(*other, *id);  // SQLite gives the free highest id again
    auto bare = (*journal)->track(*other);
    ASSERT_TRUE(bare);
    EXPECT_FALSE(*bare);
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM run_track")), 0);
}

TEST_F(JournalTracks, BackupAndRestoreCarryTheTracks) {
    const QString backup = pathFor(QStringLiteral("backup.sqlite"));
    RunId id;
    {
        auto journal = Journal::open(journalPath());
        ASSERT_TRUE(journal);
        auto added = (*journal)->addRunWithTrack(sampleRun(), sampleTrack());
        ASSERT_TRUE(added);
        id = *added;
        ASSERT_TRUE((*journal)->backupTo(backup));
        ASSERT_TRUE((*journal)->deleteRun(id));
        ASSERT_TRUE((*journal)->addRun(sampleRun(QDate(2026, 3, 11))));
    }
    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal);
    auto restored = restoreJournal(**journal, backup);
    ASSERT_TRUE(restored) << restored.error().message.toStdString();
    auto track = (*journal)->track(id);
    ASSERT_TRUE(track && *track);
    EXPECT_EQ((*track)->samples.size(), 600u);
    EXPECT_EQ((*track)->laps.size(), 2u);
    auto all = (*journal)->snapshotWithTracks();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->tracks.size(), 1u);
    EXPECT_EQ(all->tracks[0].run, id);
}

TEST_F(JournalTracks, ATrackOfARunNotThereIsRefusedAndNothingChanges) {
    auto journal = Journal::open(journalPath());
    ASSERT_TRUE(journal);
    ASSERT_TRUE((*journal)->addRun(sampleRun()));
    JournalSnapshot snapshot;
    stridelog::Run run = sampleRun();
    run.id = RunId(1);
    snapshot.runs = {run};
    snapshot.tracks = {{RunId(2), encodeTrack(sampleTrack(10))}};
    EXPECT_FALSE((*journal)->replaceAll(snapshot));
    snapshot.tracks = {{RunId(1), QByteArray("not a track")}};
    EXPECT_FALSE((*journal)->insertAll(snapshot));
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM run")), 1);
    EXPECT_EQ(queryInt(journalPath(), QStringLiteral("SELECT count(*) FROM run_track")), 0);
}

}  // namespace
}  // namespace stridelog

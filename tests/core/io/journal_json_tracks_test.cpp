// SPDX-License-Identifier: GPL-3.0-or-later
// Tracks in a journal export: carried exactly, checked on the way back in.

#include "sample_journal.h"

#include "core/io/journal_json.h"
#include "core/model/track_codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace stridelog {
namespace {

Track smallTrack() {
    Track track;
    for (int i = 0; i < 30; ++i) {
        TrackSample sample;
        sample.seconds = i * 2;
        sample.metres = i * 6.5;
        sample.latitude = 47.1 + i * 0.00005;
        sample.longitude = 8.2;
        sample.heartRate = 150;
        track.samples.push_back(sample);
    }
    track.laps = {{195.0, 60.0, 150.0}};
    return track;
}

JournalSnapshot journalWithTrack() {
    JournalSnapshot journal = testing::sampleJournal();
    journal.tracks = {{journal.runs.front().id, encodeTrack(smallTrack())}};
    return journal;
}

TEST(JournalJsonTracks, ExportThenReadGivesTheSameTrackBytes) {
    const JournalSnapshot journal = journalWithTrack();
    const QByteArray document = writeJournalJson(journal, testing::sampleExportTime());
    const auto read = readJournalJson(document);
    ASSERT_TRUE(read) << read.error().toStdString();
    ASSERT_EQ(read->tracks.size(), 1u);
    EXPECT_EQ(read->tracks[0].run, journal.tracks[0].run);
    EXPECT_EQ(read->tracks[0].data, journal.tracks[0].data);
    EXPECT_EQ(writeJournalJson(*read, testing::sampleExportTime()), document);
    const QJsonObject track = QJsonDocument::fromJson(document)
                                  .object()
                                  .value(QStringLiteral("tracks"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    EXPECT_EQ(track.value(QStringLiteral("points")).toInt(), 30);
}

TEST(JournalJsonTracks, AJournalWithoutTracksHasNoTracksKey) {
    const QByteArray document =
        writeJournalJson(testing::sampleJournal(), testing::sampleExportTime());
    EXPECT_FALSE(QJsonDocument::fromJson(document).object().contains(QStringLiteral("tracks")));
}

QByteArray withTracks(const QJsonArray& tracks) {
    QJsonObject root =
        QJsonDocument::fromJson(writeJournalJson(journalWithTrack(), testing::sampleExportTime()))
            .object();
    root.insert(QStringLiteral("tracks"), tracks);
    return QJsonDocument(root).toJson();
}

TEST(JournalJsonTracks, ABadTrackIsRefusedNamingIt) {
    const qint64 run = journalWithTrack().runs.front().id.value();
    const QString data = QString::fromLatin1(encodeTrack(smallTrack()).toBase64());
    const auto entry = [](qint64 id, const QString& text) {
        return QJsonObject{{QStringLiteral("run_id"), id}, {QStringLiteral("data"), text}};
    };
    auto missingRun = readJournalJson(withTracks({entry(9999, data)}));
    ASSERT_FALSE(missingRun);
    EXPECT_TRUE(missingRun.error().contains(QStringLiteral("tracks[0].run_id")));
    auto notBase64 = readJournalJson(withTracks({entry(run, QStringLiteral("%%%"))}));
    ASSERT_FALSE(notBase64);
    EXPECT_TRUE(notBase64.error().contains(QStringLiteral("tracks[0].data")));
    auto notATrack = readJournalJson(withTracks({entry(run, QStringLiteral("aGVsbG8="))}));
    ASSERT_FALSE(notATrack);
    EXPECT_TRUE(notATrack.error().contains(QStringLiteral("not a stored track")));
    auto twice = readJournalJson(withTracks({entry(run, data), entry(run, data)}));
    ASSERT_FALSE(twice);
    EXPECT_TRUE(twice.error().contains(QStringLiteral("tracks[1]")));
}

}  // namespace
}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON export holds everything the journal file holds, and restore reads it back exactly.

#include "core/io/journal_json.h"

#include "sample_journal.h"

#include "core/demo/demo_history.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using testing::sampleExportTime;
using testing::sampleJournal;
using testing::trickyText;

QJsonObject exported(const JournalSnapshot& journal) {
    return QJsonDocument::fromJson(writeJournalJson(journal, sampleExportTime())).object();
}

JournalSnapshot readBack(const QByteArray& document) {
    const auto journal = readJournalJson(document);
    EXPECT_TRUE(journal.hasValue()) << (journal ? std::string() : journal.error().toStdString());
    return journal ? *journal : JournalSnapshot();
}

TEST(JournalJson, WriteReadWriteGivesTheSameBytes) {
    const QByteArray first = writeJournalJson(sampleJournal(), sampleExportTime());
    const QByteArray second = writeJournalJson(readBack(first), sampleExportTime());
    EXPECT_EQ(first, second);
}

TEST(JournalJson, TextSurvivesQuotesSqlAndNonAscii) {
    const JournalSnapshot journal = readBack(writeJournalJson(sampleJournal(), sampleExportTime()));
    ASSERT_EQ(journal.shoes.size(), 2u);
    EXPECT_EQ(journal.shoes[1].name, trickyText());
    EXPECT_EQ(journal.shoes[0].name, QStringLiteral("Old trainer, \"blue\""));
    ASSERT_EQ(journal.runs.size(), 3u);
    EXPECT_EQ(journal.runs[0].notes, trickyText());
    EXPECT_EQ(journal.pains[0].notes, trickyText());
}

TEST(JournalJson, InstantsKeepTheirOffsetAndDistancesTheirMetres) {
    const JournalSnapshot original = sampleJournal();
    const JournalSnapshot journal = readBack(writeJournalJson(original, sampleExportTime()));
    ASSERT_EQ(journal.runs.size(), original.runs.size());
    for (std::size_t i = 0; i < journal.runs.size(); ++i) {
        EXPECT_EQ(journal.runs[i].start.utcSeconds(), original.runs[i].start.utcSeconds());
        EXPECT_EQ(journal.runs[i].start.utcOffsetSeconds(),
                  original.runs[i].start.utcOffsetSeconds());
        EXPECT_EQ(journal.runs[i].distance, original.runs[i].distance);
    }
    EXPECT_EQ(journal.runs[2].start.utcOffsetSeconds(), 9 * 3600);
    EXPECT_EQ(journal.runs[2].start.localDate(), QDate(2026, 4, 2));
    EXPECT_EQ(journal.shoes[0].startDistance.metres(), 123'456);
}

TEST(JournalJson, EveryValueComesBack) {
    const JournalSnapshot journal = readBack(writeJournalJson(sampleJournal(), sampleExportTime()));
    EXPECT_EQ(journal.settings, sampleJournal().settings);
    const auto& run = journal.runs[0];
    EXPECT_EQ(run.id, RunId(3));
    EXPECT_EQ(run.shoe, ShoeId(1));
    EXPECT_EQ(run.surface, Surface::Trail);
    EXPECT_TRUE(run.hilly);
    EXPECT_EQ(run.type, RunType::Long);
    EXPECT_EQ(run.rpe, 6);
    EXPECT_EQ(run.cadence, 166);
    EXPECT_EQ(run.heartRate, 148);
    EXPECT_EQ(run.duration.seconds(), 3310);
    EXPECT_EQ(journal.runs[2].source, RunSource::Fit);
    EXPECT_EQ(journal.runs[2].sourceKey, QStringLiteral("fit:3f2a9c"));
    const auto& bare = journal.runs[1];
    EXPECT_FALSE(bare.shoe || bare.surface || bare.type || bare.rpe || bare.cadence ||
                 bare.heartRate);
    const auto& pain = journal.pains[0];
    EXPECT_EQ(pain.run, RunId(3));
    EXPECT_EQ(pain.knee, Knee::Right);
    EXPECT_EQ(pain.site, Site::Outside);
    EXPECT_EQ(pain.onset, Onset::Late);
    EXPECT_EQ(pain.intensity, 6);
    EXPECT_TRUE(pain.swelling && pain.sharp && !pain.locking);
    EXPECT_TRUE(journal.pains[1].isOngoing());
    EXPECT_EQ(journal.shoes[0].retiredOn, QDate(2026, 1, 31));
    EXPECT_FALSE(journal.shoes[1].retiredOn.has_value());
}

TEST(JournalJson, NamesItsFormatAndVersion) {
    const QJsonObject root = exported(sampleJournal());
    EXPECT_EQ(root.value(QLatin1String("format")).toString(), QStringLiteral("stridelog-journal"));
    EXPECT_EQ(root.value(QLatin1String("version")).toInt(), kJournalJsonVersion);
    EXPECT_EQ(root.value(QLatin1String("exported_at")).toString(),
              QStringLiteral("2026-04-05T12:00:00+02:00"));
}

TEST(JournalJson, UsesTheKeysOfCliMd) {
    const QJsonObject root = exported(sampleJournal());
    const QJsonObject run = root.value(QLatin1String("runs")).toArray().at(0).toObject();
    EXPECT_EQ(run.value(QLatin1String("start")).toString(), QStringLiteral("2026-01-25T07:30:00"));
    EXPECT_EQ(run.value(QLatin1String("start_utc_offset_s")).toInt(), 3600);
    EXPECT_DOUBLE_EQ(run.value(QLatin1String("distance_km")).toDouble(), 10.139);
    EXPECT_EQ(run.value(QLatin1String("distance_m")).toInteger(), 10'139);
    EXPECT_EQ(run.value(QLatin1String("surface")).toString(), QStringLiteral("trail"));
    EXPECT_EQ(run.value(QLatin1String("hr")).toInt(), 148);
    const QJsonObject shoe = root.value(QLatin1String("shoes")).toArray().at(0).toObject();
    EXPECT_DOUBLE_EQ(shoe.value(QLatin1String("limit_km")).toDouble(), 800.0);
    EXPECT_DOUBLE_EQ(shoe.value(QLatin1String("start_km")).toDouble(), 123.456);
    const QJsonObject pain = root.value(QLatin1String("pain")).toArray().at(0).toObject();
    EXPECT_EQ(pain.value(QLatin1String("onset")).toString(), QStringLiteral("late"));
    EXPECT_EQ(pain.value(QLatin1String("run_id")).toInt(), 3);
}

TEST(JournalJson, AbsentValuesAreNull) {
    const QJsonObject root = exported(sampleJournal());
    const QJsonObject bare = root.value(QLatin1String("runs")).toArray().at(1).toObject();
    for (const char* key : {"shoe_id", "surface", "type", "rpe", "cadence", "hr", "notes"}) {
        EXPECT_TRUE(bare.value(QLatin1String(key)).isNull()) << key;
    }
    const QJsonObject ongoing = root.value(QLatin1String("pain")).toArray().at(1).toObject();
    EXPECT_TRUE(ongoing.value(QLatin1String("end")).isNull());
    EXPECT_TRUE(ongoing.value(QLatin1String("run_id")).isNull());
    const QJsonObject settings = root.value(QLatin1String("settings")).toObject();
    EXPECT_TRUE(settings.value(QLatin1String("body_weight_kg")).isDouble());
    EXPECT_TRUE(exported(JournalSnapshot())
                    .value(QLatin1String("settings"))
                    .toObject()
                    .value(QLatin1String("body_weight_kg"))
                    .isNull());
}

TEST(JournalJson, SettingsUseTheirCliNames) {
    const QJsonObject settings =
        exported(sampleJournal()).value(QLatin1String("settings")).toObject();
    EXPECT_EQ(settings.value(QLatin1String("week_start")).toString(), QStringLiteral("sunday"));
    EXPECT_EQ(settings.value(QLatin1String("weekly_increase_pct")).toInt(), 15);
    EXPECT_EQ(settings.value(QLatin1String("units")).toString(), QStringLiteral("mi"));
    EXPECT_EQ(settings.size(), SettingsKeys::all().size());
}

TEST(JournalJson, AnEmptyJournalRoundTrips) {
    const QByteArray first = writeJournalJson(JournalSnapshot(), sampleExportTime());
    EXPECT_EQ(writeJournalJson(readBack(first), sampleExportTime()), first);
}

TEST(JournalJson, RunsAndPainComeBackOrderedByStart) {
    JournalSnapshot journal = sampleJournal();
    std::swap(journal.runs[0], journal.runs[2]);
    const JournalSnapshot read = readBack(writeJournalJson(journal, sampleExportTime()));
    EXPECT_EQ(read.runs[0].id, RunId(3));
    EXPECT_EQ(read.runs[2].id, RunId(9));
}

TEST(JournalJson, ADemoHistoryRoundTripsExactly) {
    const JournalSnapshot demo = generateDemoHistory({5, 7, QDate(2026, 3, 14)});
    const QByteArray first = writeJournalJson(demo, sampleExportTime());
    EXPECT_EQ(writeJournalJson(readBack(first), sampleExportTime()), first);
}

}  // namespace
}  // namespace stridelog

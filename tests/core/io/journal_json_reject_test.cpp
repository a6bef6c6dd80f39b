// SPDX-License-Identifier: GPL-3.0-or-later
// Restore refuses a document it cannot take whole, and says which entry is wrong and what is
// accepted. Each test breaks one thing in an otherwise good export.

#include "core/io/journal_json.h"

#include "sample_journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>

namespace stridelog {
namespace {

QJsonObject goodDocument() {
    const QByteArray json = writeJournalJson(testing::sampleJournal(), testing::sampleExportTime());
    return QJsonDocument::fromJson(json).object();
}

// Changes `key` of entry `index` of `list` ("runs", "shoes", "pain").
QJsonObject withEntryValue(const char* list, qsizetype index, const char* key,
                           const QJsonValue& value) {
    QJsonObject root = goodDocument();
    QJsonArray entries = root.value(QLatin1String(list)).toArray();
    QJsonObject entry = entries.at(index).toObject();
    if (value.isUndefined()) {
        entry.remove(QLatin1String(key));
    } else {
        entry.insert(QLatin1String(key), value);
    }
    entries.replace(index, entry);
    root.insert(QLatin1String(list), entries);
    return root;
}

// The refusal's message; fails the test if the document was accepted.
std::string refusal(const QByteArray& document) {
    const auto journal = readJournalJson(document);
    EXPECT_FALSE(journal.hasValue()) << "the document was accepted";
    return journal ? std::string() : journal.error().toStdString();
}

std::string refusal(const QJsonObject& root) {
    return refusal(QJsonDocument(root).toJson());
}

using ::testing::HasSubstr;

TEST(JournalJsonRestore, RefusesWhatIsNotJson) {
    EXPECT_THAT(refusal(QByteArray("id,name\n1,shoe\n")), HasSubstr("not a JSON document"));
    EXPECT_THAT(refusal(QByteArray("")), HasSubstr("not a JSON document"));
    EXPECT_THAT(refusal(QByteArray("[1, 2]")), HasSubstr("not a JSON object"));
}

TEST(JournalJsonRestore, RefusesAnotherFormat) {
    QJsonObject root = goodDocument();
    root.insert(QLatin1String("format"), QStringLiteral("other-app-backup"));
    EXPECT_THAT(refusal(root),
                HasSubstr("format: 'other-app-backup' is not a Stridelog journal export"));
    root.remove(QLatin1String("format"));
    EXPECT_THAT(refusal(root), HasSubstr("format:"));
}

TEST(JournalJsonRestore, RefusesANewerVersion) {
    QJsonObject root = goodDocument();
    root.insert(QLatin1String("version"), kJournalJsonVersion + 1);
    EXPECT_THAT(refusal(root), HasSubstr("version: this export is version 2, newer than this "
                                         "program reads (up to 1)"));
}

TEST(JournalJsonRestore, RefusesAMissingOrNonsenseVersion) {
    QJsonObject root = goodDocument();
    root.insert(QLatin1String("version"), QStringLiteral("one"));
    EXPECT_THAT(refusal(root), HasSubstr("version:"));
    root.insert(QLatin1String("version"), 0);
    EXPECT_THAT(refusal(root), HasSubstr("version:"));
}

TEST(JournalJsonRestore, RefusesAnUnknownSurfaceListingTheAcceptedOnes) {
    EXPECT_THAT(refusal(withEntryValue("runs", 1, "surface", QStringLiteral("asphalt"))),
                HasSubstr("runs[1].surface: 'asphalt' is not one of road, trail, track, "
                          "treadmill, grass, sand, mixed"));
}

TEST(JournalJsonRestore, RefusesEveryUnknownEnumerationValue) {
    EXPECT_THAT(refusal(withEntryValue("runs", 0, "type", QStringLiteral("jog"))),
                HasSubstr("runs[0].type: 'jog' is not one of easy, long"));
    EXPECT_THAT(refusal(withEntryValue("runs", 0, "source", QStringLiteral("strava"))),
                HasSubstr("runs[0].source: 'strava' is not one of manual, gpx"));
    EXPECT_THAT(refusal(withEntryValue("pain", 0, "knee", QStringLiteral("middle"))),
                HasSubstr("pain[0].knee: 'middle' is not one of left, right, both"));
    EXPECT_THAT(refusal(withEntryValue("pain", 0, "site", QStringLiteral("ankle"))),
                HasSubstr("pain[0].site: 'ankle' is not one of front, below"));
    EXPECT_THAT(refusal(withEntryValue("pain", 0, "onset", QStringLiteral("never"))),
                HasSubstr("pain[0].onset: 'never' is not one of start, during, late, after, "
                          "next-day, rest"));
}

TEST(JournalJsonRestore, RefusesARunInAShoeThatIsNotThere) {
    EXPECT_THAT(refusal(withEntryValue("runs", 0, "shoe_id", 99)),
                HasSubstr("runs[0].shoe_id: there is no shoe with id 99"));
}

TEST(JournalJsonRestore, RefusesPainAfterARunThatIsNotThere) {
    EXPECT_THAT(refusal(withEntryValue("pain", 0, "run_id", 42)),
                HasSubstr("pain[0].run_id: there is no run with id 42"));
}

TEST(JournalJsonRestore, RefusesADistanceOver400Km) {
    EXPECT_THAT(refusal(withEntryValue("runs", 1, "distance_m", 400'001)),
                HasSubstr("runs[1]: distance must be more than 0 and at most 400 km"));
}

TEST(JournalJsonRestore, ReadsKilometresWhenMetresAreMissing) {
    const QJsonObject root = withEntryValue("runs", 1, "distance_m", QJsonValue::Undefined);
    const auto journal = readJournalJson(QJsonDocument(root).toJson());
    ASSERT_TRUE(journal.hasValue());
    EXPECT_EQ(journal->runs[1].distance.metres(), 5'000);
    QJsonObject tooFar = withEntryValue("runs", 1, "distance_m", QJsonValue::Undefined);
    QJsonArray runs = tooFar.value(QLatin1String("runs")).toArray();
    QJsonObject run = runs.at(1).toObject();
    run.insert(QLatin1String("distance_km"), 400.001);
    runs.replace(1, run);
    tooFar.insert(QLatin1String("runs"), runs);
    EXPECT_THAT(refusal(tooFar), HasSubstr("runs[1]: distance must be"));
}

TEST(JournalJsonRestore, RefusesOutOfRangeValuesNamingTheEntry) {
    EXPECT_THAT(refusal(withEntryValue("runs", 0, "cadence", 300)),
                HasSubstr("runs[0]: cadence must be from 60 to 260"));
    EXPECT_THAT(refusal(withEntryValue("pain", 1, "intensity", 11)),
                HasSubstr("pain[1]: intensity must be from 0 to 10"));
    EXPECT_THAT(refusal(withEntryValue("shoes", 0, "name", QString())),
                HasSubstr("shoes[0]: name must be 1 to 200 characters"));
}

TEST(JournalJsonRestore, RefusesWrongTypes) {
    EXPECT_THAT(refusal(withEntryValue("runs", 0, "hilly", QStringLiteral("yes"))),
                HasSubstr("runs[0].hilly: expected true or false, not \"yes\""));
    EXPECT_THAT(refusal(withEntryValue("runs", 0, "duration_s", 12.5)),
                HasSubstr("runs[0].duration_s: expected a whole number, not 12.5"));
    EXPECT_THAT(refusal(withEntryValue("shoes", 1, "name", 5)),
                HasSubstr("shoes[1].name: expected text"));
}

TEST(JournalJsonRestore, RefusesMissingRequiredValues) {
    EXPECT_THAT(refusal(withEntryValue("runs", 2, "start", QJsonValue::Undefined)),
                HasSubstr("runs[2].start: missing"));
    EXPECT_THAT(refusal(withEntryValue("pain", 0, "knee", QJsonValue::Null)),
                HasSubstr("pain[0].knee: missing"));
}

TEST(JournalJsonRestore, RefusesBadInstantsAndOffsets) {
    EXPECT_THAT(refusal(withEntryValue("runs", 0, "start", QStringLiteral("2026-02-30T07:30:00"))),
                HasSubstr("runs[0].start: '2026-02-30T07:30:00' is not a local time"));
    EXPECT_THAT(refusal(withEntryValue("runs", 0, "start_utc_offset_s", 20 * 3600)),
                HasSubstr("runs[0].start_utc_offset_s:"));
    EXPECT_THAT(refusal(withEntryValue("shoes", 0, "since", QStringLiteral("yesterday"))),
                HasSubstr("shoes[0].since: 'yesterday' is not a date"));
}

TEST(JournalJsonRestore, RefusesAPainThatEndsBeforeItStarts) {
    EXPECT_THAT(refusal(withEntryValue("pain", 0, "end", QStringLiteral("2026-01-24T09:00:00"))),
                HasSubstr("pain[0]: the pain must end at or after it started"));
}

TEST(JournalJsonRestore, RefusesAnIdUsedTwice) {
    EXPECT_THAT(refusal(withEntryValue("runs", 1, "id", 3)),
                HasSubstr("runs[1].id: 3 is used by an earlier entry"));
    EXPECT_THAT(refusal(withEntryValue("shoes", 0, "id", 0)), HasSubstr("shoes[0].id:"));
}

TEST(JournalJsonRestore, RefusesBadSettingsNamingTheKey) {
    QJsonObject root = goodDocument();
    QJsonObject settings = root.value(QLatin1String("settings")).toObject();
    settings.insert(QLatin1String("weekly_increase_pct"), 80);
    root.insert(QLatin1String("settings"), settings);
    EXPECT_THAT(refusal(root), HasSubstr("settings.weekly_increase_pct: weekly_increase_pct must "
                                         "be a whole number from 5 to 50"));
}

TEST(JournalJsonRestore, RefusesAListThatIsNotAList) {
    QJsonObject root = goodDocument();
    root.insert(QLatin1String("runs"), QStringLiteral("none"));
    EXPECT_THAT(refusal(root), HasSubstr("runs: expected an array"));
    root = goodDocument();
    root.insert(QLatin1String("shoes"), QJsonArray{1});
    EXPECT_THAT(refusal(root), HasSubstr("shoes[0]: expected an object"));
}

TEST(JournalJsonRestore, DoesNotApplyTheNotAfterTomorrowLimit) {
    // An export was valid when it was written; restore does not judge it by today's date.
    const auto journal = readJournalJson(
        QJsonDocument(withEntryValue("runs", 1, "start", QStringLiteral("2099-01-01T08:00:00")))
            .toJson());
    EXPECT_TRUE(journal.hasValue());
}

}  // namespace
}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fit_writer.h"
#include "import_test_support.h"

#include "core/workflows/importer.h"

#include <gtest/gtest.h>

#include <QDir>

namespace stridelog {
namespace {

using test::fixtureBytes;
using test::fixturePath;
using test::TempJournal;

std::vector<Run> allRuns(Journal& journal) {
    auto runs = journal.runs();
    EXPECT_TRUE(runs.hasValue());
    return runs ? *runs : std::vector<Run>{};
}

ImportOptions pinned() {
    ImportOptions options;
    return options;
}

// The same run as runningActivityFit() (2024-06-01 05:00Z, 1000 m): a phone's GPX of it,
// starting 30 s later and measuring 1000.0 m.
QByteArray phoneGpxOfTheFitRun() {
    return "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
           "<trkpt lat=\"50.0\" lon=\"8.0\"><time>2024-06-01T05:00:30Z</time></trkpt>"
           "<trkpt lat=\"50.0089932\" lon=\"8.0\"><time>2024-06-01T05:05:00Z</time></trkpt>"
           "</trkseg></trk></gpx>";
}

TEST(Importer, GpxBecomesARunWithRoundedValues) {
    TempJournal journal;
    const ImportReport report =
        importFiles(*journal, {fixturePath(QStringLiteral("pauses_gpx11.gpx"))}, pinned());
    ASSERT_EQ(report.results.size(), 1u);
    const ImportResult& result = report.results[0];
    EXPECT_EQ(result.status, ImportStatus::Imported) << result.message.toStdString();
    ASSERT_TRUE(result.runId);
    const auto runs = allRuns(*journal);
    ASSERT_EQ(runs.size(), 1u);
    const stridelog::Run& run = runs[0];
    EXPECT_EQ(run.id, *result.runId);
    EXPECT_EQ(run.distance.metres(), 334);
    EXPECT_EQ(run.duration.seconds(), 181);  // 180.5 s moving, rounded half away from zero
    EXPECT_EQ(run.heartRate, 150);
    EXPECT_EQ(run.cadence, 164);
    EXPECT_EQ(run.source, RunSource::Gpx);
    EXPECT_TRUE(run.sourceKey.startsWith(QLatin1String("sha256:")));
    EXPECT_EQ(run.notes, QStringLiteral("Morning loop"));
    EXPECT_EQ(run.start.toLocalIsoString(), QStringLiteral("2024-05-04T08:00:00"));
}

TEST(Importer, TheSameFileTwiceIsADuplicate) {
    TempJournal journal;
    const QString path = fixturePath(QStringLiteral("nogps.tcx"));
    const ImportReport first = importFiles(*journal, {path}, pinned());
    const ImportReport second = importFiles(*journal, {path}, pinned());
    ASSERT_EQ(second.results.size(), 1u);
    EXPECT_EQ(second.results[0].status, ImportStatus::Duplicate);
    EXPECT_EQ(second.results[0].runId, first.results[0].runId);
    EXPECT_EQ(allRuns(*journal).size(), 1u);
}

TEST(Importer, TheSameRunFromAFitAndAGpxIsADuplicate) {
    TempJournal journal;
    const QString fit = journal.write(QStringLiteral("watch.fit"), test::runningActivityFit());
    const QString gpx = journal.write(QStringLiteral("phone.gpx"), phoneGpxOfTheFitRun());
    const ImportReport report = importFiles(*journal, {fit, gpx}, pinned());
    ASSERT_EQ(report.results.size(), 2u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Imported);
    EXPECT_EQ(report.results[1].status, ImportStatus::Duplicate);
    EXPECT_EQ(allRuns(*journal).size(), 1u);
}

TEST(Importer, GzippedFilesAreUnpackedAsTheyAreRead) {
    TempJournal journal;
    const QString path = journal.write(
        QStringLiteral("run.gpx.gz"), test::gzip(fixtureBytes(QStringLiteral("pauses_gpx11.gpx"))));
    const QString fit =
        journal.write(QStringLiteral("watch.fit.gz"), test::gzip(test::runningActivityFit()));
    const ImportReport report = importFiles(*journal, {path, fit}, pinned());
    ASSERT_EQ(report.results.size(), 2u);
    EXPECT_EQ(report.count(ImportStatus::Imported), 2) << report.results[0].message.toStdString();
    EXPECT_EQ(allRuns(*journal)[0].distance.metres(), 334);  // oldest first: May before June
}

TEST(Importer, ADamagedGzipIsAnErrorNamingTheFile) {
    TempJournal journal;
    const QByteArray packed = test::gzip(fixtureBytes(QStringLiteral("pauses_gpx11.gpx")));
    const QString path =
        journal.write(QStringLiteral("cut.gpx.gz"), packed.left(packed.size() / 2));
    const ImportReport report = importFiles(*journal, {path}, pinned());
    ASSERT_EQ(report.results.size(), 1u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Error);
    EXPECT_TRUE(report.results[0].message.startsWith(path));
    EXPECT_TRUE(allRuns(*journal).empty());
}

TEST(Importer, BrokenFilesAreErrorsAndTheOthersStillImport) {
    TempJournal journal;
    const QStringList files{
        fixturePath(QStringLiteral("empty.gpx")), fixturePath(QStringLiteral("not_xml.gpx")),
        fixturePath(QStringLiteral("truncated.gpx")),
        fixturePath(QStringLiteral("pauses_gpx11.gpx")), QStringLiteral("/nonexistent/run.fit")};
    const ImportReport report = importFiles(*journal, files, pinned());
    ASSERT_EQ(report.results.size(), 5u);
    EXPECT_EQ(report.count(ImportStatus::Error), 4);
    EXPECT_EQ(report.count(ImportStatus::Imported), 1);
    for (const ImportResult& result : report.results)
        EXPECT_TRUE(result.message.startsWith(result.file)) << result.message.toStdString();
    EXPECT_EQ(allRuns(*journal).size(), 1u);
}

TEST(Importer, CyclingIsSkippedWithTheSportNamed) {
    TempJournal journal;
    const ImportReport report = importFiles(
        *journal,
        {fixturePath(QStringLiteral("cycling.gpx")), fixturePath(QStringLiteral("biking.tcx"))},
        pinned());
    ASSERT_EQ(report.results.size(), 2u);
    EXPECT_EQ(report.count(ImportStatus::Skipped), 2);
    EXPECT_TRUE(report.results[0].message.contains(QLatin1String("cycling, not a run")));
    EXPECT_TRUE(allRuns(*journal).empty());
}

TEST(Importer, ARunOutsideTheLimitsIsAnErrorWithTheLimitsMessage) {
    TempJournal journal;
    // 1000 m in 2 minutes is faster than 2:00 min/km.
    const QString path = journal.write(
        QStringLiteral("fast.gpx"),
        "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
        "<trkpt lat=\"50.0\" lon=\"8.0\"><time>2024-06-01T05:00:00Z</time></trkpt>"
        "<trkpt lat=\"50.0089932\" lon=\"8.0\"><time>2024-06-01T05:01:00Z</time></trkpt>"
        "</trkseg></trk></gpx>");
    const ImportReport report = importFiles(*journal, {path}, pinned());
    ASSERT_EQ(report.results.size(), 1u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Error);
    EXPECT_TRUE(report.results[0].message.contains(QLatin1String("pace must be no faster")));
}

TEST(Importer, CancelBetweenFilesLeavesOnlyWholeRuns) {
    TempJournal journal;
    std::atomic<bool> cancel{false};
    ImportOptions options = pinned();
    options.cancel = &cancel;
    std::vector<std::pair<int, int>> progress;
    options.progress = [&](int done, int total) {
        progress.emplace_back(done, total);
        if (done == 1) cancel = true;
    };
    const ImportReport report = importFiles(
        *journal,
        {fixturePath(QStringLiteral("nogps.tcx")), fixturePath(QStringLiteral("pauses_gpx11.gpx")),
         fixturePath(QStringLiteral("offset_gpx10.gpx"))},
        options);
    EXPECT_TRUE(report.cancelled);
    ASSERT_EQ(report.results.size(), 3u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Imported);
    EXPECT_EQ(report.results[1].status, ImportStatus::Skipped);
    EXPECT_EQ(report.results[2].status, ImportStatus::Skipped);
    EXPECT_TRUE(report.results[2].message.contains(QLatin1String("cancelled")));
    EXPECT_EQ(allRuns(*journal).size(), 1u);
    EXPECT_EQ(progress.front(), std::make_pair(0, 3));
}

TEST(Importer, TheShoeOptionGoesOnEveryRun) {
    TempJournal journal;
    Shoe shoe;
    shoe.name = QStringLiteral("Ghost 15");
    const auto id = journal->addShoe(shoe);
    ASSERT_TRUE(id.hasValue());
    ImportOptions options = pinned();
    options.shoe = *id;
    importFiles(*journal, {fixturePath(QStringLiteral("garmin_activities.csv"))}, options);
    const auto runs = allRuns(*journal);
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].shoe, *id);
    EXPECT_EQ(runs[1].shoe, *id);
}

TEST(Importer, AShoeThatIsNotThereStopsTheImport) {
    TempJournal journal;
    ImportOptions options = pinned();
    options.shoe = ShoeId(42);
    const ImportReport report =
        importFiles(*journal, {fixturePath(QStringLiteral("nogps.tcx"))}, options);
    ASSERT_TRUE(report.failure);
    EXPECT_EQ(report.failure->kind, StoreErrorKind::NotFound);
    EXPECT_TRUE(allRuns(*journal).empty());
}

TEST(Importer, StravaExportCreatesItsPairsAndLinksTheRuns) {
    TempJournal journal;
    const QString csv = fixturePath(QStringLiteral("strava/activities.csv"));
    const ImportReport report = importFiles(*journal, {csv}, pinned());
    ASSERT_EQ(report.results.size(), 3u);
    EXPECT_EQ(report.count(ImportStatus::Imported), 2);
    EXPECT_EQ(report.count(ImportStatus::Skipped), 1);  // the ride
    for (const ImportResult& result : report.results)
        EXPECT_TRUE(result.status != ImportStatus::Imported || result.runId)
            << result.message.toStdString();
    const auto shoes = journal->shoes();
    ASSERT_TRUE(shoes.hasValue());
    ASSERT_EQ(shoes->size(), 2u);
    const auto runs = allRuns(*journal);
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].sourceKey, QStringLiteral("strava:1001"));
    EXPECT_EQ(runs[0].shoe, (*shoes)[0].id);
    EXPECT_EQ((*shoes)[0].name, QStringLiteral("Pegasus Blue"));
    EXPECT_EQ(runs[1].shoe, (*shoes)[1].id);
    EXPECT_EQ((*shoes)[1].name, QStringLiteral("Hoka Speedgoat 5"));

    const ImportReport again = importFiles(*journal, {csv}, pinned());
    EXPECT_EQ(again.count(ImportStatus::Duplicate), 2);
    EXPECT_EQ(journal->shoes()->size(), 2u);
}

TEST(Importer, GarminCsvRowsEachBecomeARun) {
    TempJournal journal;
    const ImportReport report =
        importFiles(*journal, {fixturePath(QStringLiteral("garmin_activities.csv"))}, pinned());
    EXPECT_EQ(report.count(ImportStatus::Imported), 2);
    EXPECT_EQ(report.count(ImportStatus::Skipped), 1);
    const auto runs = allRuns(*journal);
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].distance.metres(), 10020);
    EXPECT_EQ(runs[0].duration.seconds(), 3100);
    EXPECT_EQ(runs[1].surface, Surface::Treadmill);
    EXPECT_EQ(runs[1].source, RunSource::Csv);
}

TEST(Importer, FoldersAreWalkedRecursivelyForActivityFilesOnly) {
    TempJournal journal;
    journal.write(QStringLiteral("in/a/watch.fit"), test::runningActivityFit());
    journal.write(QStringLiteral("in/b/c/loop.gpx"),
                  fixtureBytes(QStringLiteral("pauses_gpx11.gpx")));
    journal.write(QStringLiteral("in/notes.txt"), "not an activity");
    journal.write(QStringLiteral("in/records.csv"), "timestamp,heart_rate\n1,2\n");
    const ImportReport report =
        importFiles(*journal, {QDir(journal.dir()).filePath(QStringLiteral("in"))}, pinned());
    ASSERT_EQ(report.results.size(), 3u);
    EXPECT_EQ(report.count(ImportStatus::Imported), 2);
    EXPECT_EQ(report.count(ImportStatus::Skipped), 1);  // the CSV of something else
}

TEST(Importer, StatusesHaveTheirCliNames) {
    EXPECT_EQ(toString(ImportStatus::Imported), QStringLiteral("imported"));
    EXPECT_EQ(toString(ImportStatus::Duplicate), QStringLiteral("duplicate"));
    EXPECT_EQ(toString(ImportStatus::Skipped), QStringLiteral("skipped"));
    EXPECT_EQ(toString(ImportStatus::Error), QStringLiteral("error"));
}

}  // namespace
}  // namespace stridelog

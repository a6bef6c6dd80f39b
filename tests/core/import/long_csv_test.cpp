// SPDX-License-Identifier: GPL-3.0-or-later
// A long activity CSV is read a chunk at a time inside its one transaction: memory does not grow
// with rows, the file still keeps all of its runs or none, and the report stays short (the
// first runs named, the rest counted).

#include "import_test_support.h"

#include "tests/support/heap_peak.h"

#include "core/workflows/importer.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QTimeZone>

namespace stridelog {
namespace {

using test::TempJournal;

constexpr int kRows = 20000;
// The importer reads 1,000 activities at a time. Held whole, 20,000 rows of activities and
// runs take well over 20 MB of heap; a chunk at a time, with SQLite's page cache, a few MB.
constexpr std::int64_t kMostHeldBytes = 8'000'000;
// At most 100 named results and one counted line per status.
constexpr std::size_t kMostResults = 404;

// Strava's activities.csv with `rows` runs two hours apart from 2020-01-01; `bad`, if not
// negative, is a row whose quote is never closed.
QByteArray stravaCsv(int rows, int bad = -1) {
    QByteArray csv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,"
        "Moving Time,Distance,Average Heart Rate,Activity Gear\n";
    const QDateTime start(QDate(2020, 1, 1), QTime(6, 30), QTimeZone::utc());
    for (int i = 0; i < rows; ++i) {
        const QString date = start.addSecs(7200LL * i)
                                 .toString(QStringLiteral("MMM d, yyyy, "
                                                          "h:mm:ss AP"));
        csv += QStringLiteral("%1,\"%2\",%3Run %4,Run,1830,5.02,1800,5020.0,142,Ghost %5\n")
                   .arg(1000000 + i)
                   .arg(date)
                   .arg(i == bad ? QStringLiteral("\"") : QString())
                   .arg(i)
                   .arg(i % 3)
                   .toUtf8();
    }
    return csv;
}

ImportOptions pinned() {
    ImportOptions options;
    return options;
}

TEST(LongCsv, IsReadInBoundedChunksIntoOneTransaction) {
    TempJournal journal;
    const QString csv = journal.write(QStringLiteral("activities.csv"), stravaCsv(kRows));
    int commits = 0;
    QObject::connect(&*journal, &Journal::changed, [&] { ++commits; });
    test::resetHeapPeak();
    const std::int64_t before = test::heapInUse();

    const ImportReport report = importFiles(*journal, {csv}, pinned());

    EXPECT_LE(test::heapPeak() - before, kMostHeldBytes);
    EXPECT_EQ(report.count(ImportStatus::Imported), kRows);
    EXPECT_EQ(report.count(ImportStatus::Error), 0);
    EXPECT_EQ(commits, 1);
    EXPECT_EQ(journal->runs()->size(), static_cast<std::size_t>(kRows));
    EXPECT_EQ(journal->shoes()->size(), 3u);
    ASSERT_LE(report.results.size(), kMostResults);
    EXPECT_EQ(report.results.front().message,
              QStringLiteral("%1, row 2 (Strava activity 1000000): 5.020 km in 30:00 on %2")
                  .arg(csv, QDateTime(QDate(2020, 1, 1), QTime(6, 30), QTimeZone::utc())
                                .toLocalTime()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    EXPECT_TRUE(report.results.front().runId);
    const ImportResult& counted = report.results.back();
    EXPECT_EQ(counted.status, ImportStatus::Imported);
    EXPECT_EQ(counted.activities, kRows - 100);
    EXPECT_EQ(counted.message,
              QStringLiteral("%1: %2 more runs imported").arg(csv).arg(kRows - 100));
}

TEST(LongCsv, ImportedAgainIsCountedAsDuplicates) {
    TempJournal journal;
    const QString csv = journal.write(QStringLiteral("activities.csv"), stravaCsv(3000));
    ASSERT_EQ(importFiles(*journal, {csv}, pinned()).count(ImportStatus::Imported), 3000);
    const ImportReport again = importFiles(*journal, {csv}, pinned());
    EXPECT_EQ(again.count(ImportStatus::Duplicate), 3000);
    EXPECT_EQ(again.count(ImportStatus::Imported), 0);
    ASSERT_LE(again.results.size(), kMostResults);
    EXPECT_TRUE(again.results.front().message.contains(QLatin1String("already in the journal")));
    EXPECT_EQ(again.results.back().message,
              QStringLiteral("%1: 2900 more runs already in the journal").arg(csv));
    EXPECT_EQ(journal->runs()->size(), 3000u);
}

TEST(LongCsv, ABadRowNearTheEndKeepsNoneOfTheFile) {
    TempJournal journal;
    const QString csv = journal.write(QStringLiteral("activities.csv"), stravaCsv(2500, 2400));
    const ImportReport report = importFiles(*journal, {csv}, pinned());
    ASSERT_EQ(report.results.size(), 1u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Error);
    EXPECT_EQ(report.results[0].message,
              QStringLiteral("%1: line 2402: a quoted field is never closed").arg(csv));
    EXPECT_TRUE(journal->runs()->empty());
    EXPECT_TRUE(journal->shoes()->empty());
}

TEST(LongCsv, TheReaderHandsOutChunksAndStopsWhenCancelled) {
    TempJournal journal;
    const QString csv = journal.write(QStringLiteral("activities.csv"), stravaCsv(kRows));
    std::atomic<bool> cancel{false};
    ReadOptions options;
    options.cancel = &cancel;
    ActivityFileReader reader(csv, options);
    auto first = reader.next(1000);
    ASSERT_TRUE(first) << first.error().toStdString();
    EXPECT_EQ(first->format, ActivityFormat::StravaCsv);
    EXPECT_EQ(first->activities.size(), 1000u);
    EXPECT_TRUE(first->several);
    auto second = reader.next(1000);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->offset, 1000u);
    EXPECT_EQ(second->activities.front().activityId, QStringLiteral("1001000"));
    cancel = true;
    Expected<ActivityFile> next = reader.next(1000);
    while (next && !next->activities.empty()) next = reader.next(1000);
    ASSERT_FALSE(next);
    EXPECT_EQ(next.error(), readCancelledMessage());
}

TEST(LongCsv, TheSameRowTwiceIsNamedAsEarlierInTheFile) {
    TempJournal journal;
    QByteArray csv = stravaCsv(3);
    csv += csv.mid(csv.indexOf('\n') + 1).left(csv.mid(csv.indexOf('\n') + 1).indexOf('\n') + 1);
    const QString path = journal.write(QStringLiteral("activities.csv"), csv);
    const ImportReport report = importFiles(*journal, {path}, pinned());
    ASSERT_EQ(report.results.size(), 4u);
    EXPECT_EQ(report.count(ImportStatus::Imported), 3);
    EXPECT_EQ(report.results[3].status, ImportStatus::Duplicate);
    EXPECT_EQ(report.results[3].runId, report.results[0].runId);
    EXPECT_TRUE(report.results[3].message.contains(QLatin1String("earlier in the file")))
        << report.results[3].message.toStdString();
    EXPECT_EQ(journal->runs()->size(), 3u);
}

}  // namespace
}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
// A file gzipped is the same file: every fixture and every real watch file in
// ../shared/samples (when it is there; never copied into the project) reads, a chunk at a time
// as the importer reads, into the same activities plain and gzipped, and a long Strava CSV
// gzipped keeps every row (a reader stopping whenever the unpacked buffer is empty for a
// moment kept about a fifth of them).

#include "import_test_support.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace stridelog {
namespace {

// Every value an activity carries into the journal, one line each.
QString describe(const ParsedActivity& activity) {
    const auto number = [](double value) { return QString::number(value, 'g', 17); };
    return QStringList{activity.sport,
                       QString::number(activity.isRun ? 1 : 0),
                       activity.start ? activity.start->toLocalIsoString() : QString(),
                       number(activity.distanceMetres),
                       number(activity.timerSeconds),
                       number(activity.elapsedSeconds),
                       number(activity.averageHeartRate.value_or(-1)),
                       number(activity.averageCadence.value_or(-1)),
                       QString::number(activity.pointCount),
                       QString::number(activity.positionCount),
                       QString::number(activity.lapCount),
                       activity.name,
                       activity.activityId,
                       activity.gear,
                       QString::number(activity.track.samples.size()),
                       QString::number(activity.track.laps.size())}
        .join(QLatin1Char('|'));
}

struct Reading {
    bool ok = true;
    QStringList activities;
};

// Read as the importer reads: 1,000 activities a chunk until a chunk comes back empty.
Reading readInChunks(const QString& path) {
    Reading reading;
    ActivityFileReader reader(path);
    for (;;) {
        auto chunk = reader.next(1000);
        if (!chunk) {
            reading.ok = false;
            return reading;
        }
        for (const ParsedActivity& activity : chunk->activities) {
            reading.activities << describe(activity);
        }
        if (chunk->activities.empty() || reader.atEnd()) return reading;
    }
}

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// Compares `path` with its gzipped copy, written under the same name plus `.gz` (so the CSV
// readers still see `activities.csv`).
void expectSameGzipped(const QString& path) {
    SCOPED_TRACE(path.toStdString());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString packed = dir.filePath(QFileInfo(path).fileName() + QStringLiteral(".gz"));
    QFile out(packed);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(test::gzip(bytesOf(path)));
    out.close();
    const Reading plain = readInChunks(path);
    const Reading gzipped = readInChunks(packed);
    EXPECT_EQ(gzipped.ok, plain.ok);
    EXPECT_EQ(gzipped.activities.size(), plain.activities.size());
    EXPECT_EQ(gzipped.activities, plain.activities);
}

QStringList activityFilesIn(const QString& folder) {
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (hasActivityFileName(QFileInfo(file).fileName())) files << file;
    }
    files.sort();
    return files;
}

TEST(GzipDifferential, EveryFixtureReadsTheSameGzipped) {
    const QStringList files =
        activityFilesIn(QFileInfo(test::fixturePath(QStringLiteral("empty.gpx"))).absolutePath());
    ASSERT_GE(files.size(), 10);
    for (const QString& file : files) expectSameGzipped(file);
}

TEST(GzipDifferential, EverySampleReadsTheSameGzipped) {
    if (test::samplesDir().isEmpty()) GTEST_SKIP() << "../shared/samples is not there";
    const QStringList files = activityFilesIn(test::samplesDir());
    ASSERT_FALSE(files.isEmpty());
    for (const QString& file : files) expectSameGzipped(file);
}

TEST(GzipDifferential, ALongStravaCsvGzippedKeepsEveryRow) {
    constexpr int kRows = 60000;
    QByteArray csv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,"
        "Moving Time,Distance,Average Heart Rate,Activity Gear\n";
    const QDateTime start(QDate(2010, 1, 1), QTime(6, 30), QTimeZone::utc());
    for (int i = 0; i < kRows; ++i) {
        csv +=
            QStringLiteral("%1,\"%2\",Run %3,Run,1830,5.02,1800,5020.0,142,Ghost\n")
                .arg(1000000 + i)
                .arg(start.addSecs(7200LL * i).toString(QStringLiteral("MMM d, yyyy, h:mm:ss AP")))
                .arg(i)
                .toUtf8();
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile out(dir.filePath(QStringLiteral("activities.csv.gz")));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(test::gzip(csv));
    out.close();
    const Reading gzipped = readInChunks(out.fileName());
    EXPECT_TRUE(gzipped.ok);
    ASSERT_EQ(gzipped.activities.size(), kRows);
    EXPECT_TRUE(gzipped.activities.back().contains(QStringLiteral("1059999")));
}

TEST(GzipDifferential, ATruncatedGzippedCsvIsAnErrorNotAShortFile) {
    QByteArray csv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,"
        "Moving Time,Distance,Average Heart Rate,Activity Gear\n";
    for (int i = 0; i < 5000; ++i) {
        csv += QStringLiteral("%1,\"Jan 1, 2020, 6:30:00 AM\",Run,Run,1830,5.02,1800,5020.0,142,\n")
                   .arg(1000000 + i)
                   .toUtf8();
    }
    const QByteArray packed = test::gzip(csv);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile out(dir.filePath(QStringLiteral("activities.csv.gz")));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(packed.left(packed.size() / 2));
    out.close();
    EXPECT_FALSE(readInChunks(out.fileName()).ok);
}

}  // namespace
}  // namespace stridelog

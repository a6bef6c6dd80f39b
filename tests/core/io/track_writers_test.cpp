// SPDX-License-Identifier: GPL-3.0-or-later
// A run out as GPX and TCX: what the files say, and that our own readers give the run back.

#include "core/io/export/export_file_name.h"
#include "core/io/export/export_time.h"
#include "core/io/export/gpx_writer.h"
#include "core/io/export/tcx_writer.h"
#include "core/io/import/gpx_reader.h"
#include "core/io/import/tcx_reader.h"

#include <QBuffer>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>

namespace stridelog {
namespace {

using namespace literals;

// Fifteen minutes going north at 4 m/s, one point every 5 s; a short stop at the lights
// (bridged: the distance goes on) after point 60 and a ride on with the watch stopped (the
// distance stands still, the position jumps) after point 120. Two laps.
Track runningTrack() {
    Track track;
    double seconds = 0;
    double metres = 0;
    double latitude = 47.0;
    for (int i = 0; i < 180; ++i) {
        TrackSample sample;
        if (i > 0) {
            const bool stop = i == 61 || i == 121;
            seconds += stop ? 0 : 5;
            const double step = i == 121 ? 0 : 20;
            metres += step;
            latitude += (i == 121 ? 2000.0 : 20.0) / 111'195.0;
        }
        sample.seconds = seconds;
        sample.metres = metres;
        sample.latitude = latitude;
        sample.longitude = 8.5;
        sample.altitude = 400 + i % 7;
        sample.heartRate = 140 + i % 20;
        sample.cadence = 172;
        track.samples.push_back(sample);
    }
    track.laps = {{2000.0, 500.0, 145.0}, {metres - 2000.0, seconds - 500.0, 152.0}};
    return track;
}

stridelog::Run runOf(const Track& track) {
    stridelog::Run run;
    run.id = RunId{7};
    run.start = Instant(1'795'417'500, 3600);  // 2026-11-23 07:05 UTC, 08:05 in Berlin
    run.distance = Distance::fromMetres(std::llround(track.samples.back().metres));
    run.duration = Duration::fromSeconds(std::llround(track.samples.back().seconds));
    run.surface = Surface::Trail;
    run.heartRate = 149;
    run.notes = QStringLiteral("Easy & slow <knee fine>");
    return run;
}

QByteArray write(Expected<ExportedTrack> (*writer)(QIODevice&, const RunToExport&),
                 const RunToExport& run, ExportedTrack* written = nullptr) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto result = writer(buffer, run);
    EXPECT_TRUE(result.hasValue());
    if (written && result) *written = *result;
    return buffer.data();
}

int count(const QByteArray& xml, const QString& element) {
    QXmlStreamReader reader(xml);
    int found = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == element)
            ++found;
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return found;
}

ParsedActivity readBack(Expected<ParsedActivities> (*reader)(QIODevice&, const ReadOptions&),
                        const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto activities = reader(buffer, {});
    EXPECT_TRUE(activities.hasValue());
    if (!activities || activities->size() != 1) {
        ADD_FAILURE() << "expected one activity";
        return {};
    }
    return std::move(activities->front());
}

TEST(ExportTime, KeepsTheRunsOffsetAndTenths) {
    EXPECT_EQ(exportTime(Instant(1'795'417'500, 3600)),
              QStringLiteral("2026-11-23T08:05:00+01:00"));
    EXPECT_EQ(exportTime(Instant(1'795'417'500, 0), 3.4),
              QStringLiteral("2026-11-23T07:05:03.400Z"));
    EXPECT_EQ(exportTime(Instant(1'795'417'500, -18'000), 60),
              QStringLiteral("2026-11-23T02:06:00-05:00"));
}

TEST(ExportFileName, NamesByLocalStartAndDistanceInTheRunnersUnit) {
    stridelog::Run run = runOf(runningTrack());
    run.distance = 8200_m;
    EXPECT_EQ(exportFileName(run, UnitSystem::Kilometres, QStringLiteral("gpx")),
              QStringLiteral("2026-11-23_0805_8.2km.gpx"));
    EXPECT_EQ(exportFileName(run, UnitSystem::Miles, QStringLiteral("tcx")),
              QStringLiteral("2026-11-23_0805_5.1mi.tcx"));
}

TEST(ExportFileName, TwoRunsInOneMinuteGetTwoNames) {
    const stridelog::Run run = runOf(runningTrack());
    ExportFileNames names(UnitSystem::Kilometres, QStringLiteral("gpx"));
    const QString first = names.next(run);
    EXPECT_EQ(names.next(run), first.chopped(4) + QStringLiteral("_2.gpx"));
    EXPECT_EQ(names.next(run), first.chopped(4) + QStringLiteral("_3.gpx"));
}

TEST(GpxWriter, WritesEveryPointWithHeartRateAndOneFootsCadence) {
    const Track track = runningTrack();
    const stridelog::Run run = runOf(track);
    ExportedTrack written;
    const QByteArray gpx = write(writeGpx, {run, QStringLiteral("Pegasus"), &track}, &written);
    EXPECT_TRUE(written.track);
    EXPECT_EQ(written.points, 180);
    EXPECT_EQ(count(gpx, QStringLiteral("trkpt")), 180);
    EXPECT_TRUE(gpx.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    EXPECT_TRUE(gpx.contains("xmlns=\"http://www.topografix.com/GPX/1/1\""));
    EXPECT_TRUE(
        gpx.contains("xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\""));
    EXPECT_TRUE(gpx.contains("<gpxtpx:cad>86</gpxtpx:cad>"));
    EXPECT_TRUE(gpx.contains("<gpxtpx:hr>140</gpxtpx:hr>"));
    EXPECT_TRUE(gpx.contains("<time>2026-11-23T08:05:00+01:00</time>"));
    EXPECT_TRUE(gpx.contains("Easy &amp; slow &lt;knee fine&gt;\nShoe: Pegasus\nSurface: Trail"));
    EXPECT_EQ(count(gpx, QStringLiteral("desc")), 2);  // metadata and trk
}

TEST(GpxWriter, ARideWithTheWatchStoppedStartsANewSegmentAStopAtTheLightsDoesNot) {
    const Track track = runningTrack();
    ExportedTrack written;
    const QByteArray gpx = write(writeGpx, {runOf(track), {}, &track}, &written);
    EXPECT_EQ(written.segments, 2);
    EXPECT_EQ(count(gpx, QStringLiteral("trkseg")), 2);
}

TEST(GpxWriter, AJumpTheWatchsDistanceDidNotFollowStartsANewSegment) {
    // A watch paused with its button: its distance stands still while the runner walks on, and
    // the kept track has the time of the pause (the importer saw a walk, not a stop).
    Track track = runningTrack();
    for (std::size_t i = 30; i < track.samples.size(); ++i) {
        *track.samples[i].latitude += 300.0 / 111'195.0;
        track.samples[i].seconds += 120;
    }
    for (std::size_t i = 30; i < track.samples.size(); ++i) track.samples[i].metres -= 20;
    ExportedTrack written;
    write(writeGpx, {runOf(track), {}, &track}, &written);
    EXPECT_EQ(written.segments, 3);
}

TEST(GpxWriter, LeavesOutPointsWithoutAPosition) {
    Track track = runningTrack();
    track.samples[3].latitude.reset();
    track.samples[3].longitude.reset();
    ExportedTrack written;
    const QByteArray gpx = write(writeGpx, {runOf(track), {}, &track}, &written);
    EXPECT_EQ(written.points, 179);
    EXPECT_EQ(count(gpx, QStringLiteral("trkpt")), 179);
}

TEST(GpxWriter, ARunWithoutATrackIsMetadataOnly) {
    const stridelog::Run run = runOf(runningTrack());
    ExportedTrack written;
    const QByteArray gpx = write(writeGpx, {run, {}, nullptr}, &written);
    EXPECT_FALSE(written.track);
    EXPECT_EQ(count(gpx, QStringLiteral("metadata")), 1);
    EXPECT_EQ(count(gpx, QStringLiteral("trk")), 0);
    EXPECT_TRUE(gpx.contains("<time>2026-11-23T08:05:00+01:00</time>"));
}

TEST(GpxWriter, OurReaderGivesTheRunBack) {
    const Track track = runningTrack();
    const stridelog::Run run = runOf(track);
    const ParsedActivity back = readBack(readGpx, write(writeGpx, {run, {}, &track}));
    ASSERT_TRUE(back.start);
    EXPECT_EQ(*back.start, run.start);
    EXPECT_EQ(back.start->utcOffsetSeconds(), 3600);
    EXPECT_NEAR(back.distanceMetres, static_cast<double>(run.distance.metres()), 2.0);
    EXPECT_NEAR(back.timerSeconds, static_cast<double>(run.duration.seconds()), 0.5);
    EXPECT_EQ(back.pointCount, 180);
    ASSERT_EQ(back.track.samples.size(), 180u);
    EXPECT_EQ(back.track.samples.back().cadence, 172);
    EXPECT_EQ(back.track.samples.back().heartRate, track.samples.back().heartRate);
}

TEST(TcxWriter, WritesLapsWithTheirPointsAndANewTrackAfterEachPause) {
    const Track track = runningTrack();
    ExportedTrack written;
    const QByteArray tcx =
        write(writeTcx, {runOf(track), QStringLiteral("Pegasus"), &track}, &written);
    EXPECT_EQ(written.points, 180);
    EXPECT_EQ(count(tcx, QStringLiteral("Trackpoint")), 180);
    EXPECT_EQ(count(tcx, QStringLiteral("Lap")), 2);
    // Lap 1 (0–500 s) holds the stop at the lights, lap 2 the ride on.
    EXPECT_EQ(count(tcx, QStringLiteral("Track")), 4);
    EXPECT_TRUE(tcx.contains("<Activity Sport=\"Running\">"));
    EXPECT_TRUE(tcx.contains("<Lap StartTime=\"2026-11-23T08:13:20+01:00\">"));
    EXPECT_TRUE(tcx.contains("<Cadence>86</Cadence>"));
    EXPECT_TRUE(tcx.contains("<AverageHeartRateBpm>\n     <Value>145</Value>"));
    EXPECT_TRUE(tcx.contains("<Notes>Easy &amp; slow &lt;knee fine&gt;\nShoe: Pegasus\n"));
}

TEST(TcxWriter, ARunWithoutATrackIsOneLapOfItsDistanceAndTime) {
    stridelog::Run run = runOf(runningTrack());
    run.distance = 8200_m;
    run.duration = 45_min;
    ExportedTrack written;
    const QByteArray tcx = write(writeTcx, {run, {}, nullptr}, &written);
    EXPECT_FALSE(written.track);
    EXPECT_EQ(count(tcx, QStringLiteral("Lap")), 1);
    EXPECT_EQ(count(tcx, QStringLiteral("Track")), 0);
    EXPECT_TRUE(tcx.contains("<TotalTimeSeconds>2700.0</TotalTimeSeconds>"));
    EXPECT_TRUE(tcx.contains("<DistanceMeters>8200.0</DistanceMeters>"));
    const ParsedActivity back = readBack(readTcx, tcx);
    EXPECT_NEAR(back.distanceMetres, 8200, 0.01);
    EXPECT_NEAR(back.timerSeconds, 2700, 0.01);
}

TEST(TcxWriter, TheRestOfTheRunAfterItsLastLapIsALapToo) {
    // A lap each kilometre, none for the last 400 m.
    Track track = runningTrack();
    track.laps = {{1000.0, 250.0, 145.0}, {1000.0, 250.0, 150.0}, {1000.0, 250.0, 150.0}};
    const stridelog::Run run = runOf(track);
    const QByteArray tcx = write(writeTcx, {run, {}, &track});
    EXPECT_EQ(count(tcx, QStringLiteral("Lap")), 4);
    const ParsedActivity back = readBack(readTcx, tcx);
    EXPECT_NEAR(back.distanceMetres, static_cast<double>(run.distance.metres()), 0.5);
    EXPECT_NEAR(back.timerSeconds, static_cast<double>(run.duration.seconds()), 0.5);
}

TEST(TcxWriter, OurReaderGivesTheRunBack) {
    const Track track = runningTrack();
    const stridelog::Run run = runOf(track);
    const ParsedActivity back = readBack(readTcx, write(writeTcx, {run, {}, &track}));
    ASSERT_TRUE(back.start);
    EXPECT_EQ(*back.start, run.start);
    EXPECT_NEAR(back.distanceMetres, static_cast<double>(run.distance.metres()), 0.5);
    EXPECT_NEAR(back.timerSeconds, static_cast<double>(run.duration.seconds()), 0.5);
    EXPECT_EQ(back.lapCount, 2);
    ASSERT_EQ(back.track.samples.size(), 180u);
    ASSERT_EQ(back.track.laps.size(), 2u);
    EXPECT_EQ(back.track.laps[0].heartRate, 145);
    EXPECT_NEAR(back.track.samples.back().metres, track.samples.back().metres, 0.05);
    EXPECT_EQ(back.track.samples.back().cadence, 172);
}

}  // namespace
}  // namespace stridelog

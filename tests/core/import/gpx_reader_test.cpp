// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_test_support.h"

#include "core/io/import/gpx_reader.h"
#include "core/io/import/track_accumulator.h"

#include <gtest/gtest.h>

#include <QBuffer>

namespace stridelog {
namespace {

using test::fixturePath;
using test::readOne;

// 0.001° of latitude on the mean-radius sphere: 6,371,008.8 m × π / 180 / 1000.
constexpr double kMilliDegreeMetres = 111.19508;

TEST(Haversine, OneMilliDegreeOfLatitudeIs111Metres) {
    EXPECT_NEAR(haversineMetres(50.0, 8.0, 50.001, 8.0), kMilliDegreeMetres, 0.001);
    EXPECT_DOUBLE_EQ(haversineMetres(10, 10, 10, 10), 0.0);
}

TEST(GpxReader, SegmentsAreSummedButNotTheGapBetweenThem) {
    const ParsedActivity run = readOne(fixturePath(QStringLiteral("pauses_gpx11.gpx")));
    EXPECT_TRUE(run.isRun);
    EXPECT_EQ(run.source, RunSource::Gpx);
    EXPECT_EQ(run.sport, QStringLiteral("running"));  // not the <link>'s <type>
    EXPECT_EQ(run.name, QStringLiteral("Morning loop"));
    EXPECT_NEAR(run.distanceMetres, 3 * kMilliDegreeMetres, 0.01);
    EXPECT_DOUBLE_EQ(run.timerSeconds, 120.5 + 60.0);
    EXPECT_DOUBLE_EQ(run.elapsedSeconds, 660.5);
    EXPECT_EQ(run.pointCount, 5);
    ASSERT_TRUE(run.averageHeartRate);
    EXPECT_DOUBLE_EQ(*run.averageHeartRate, 150.0);
    ASSERT_TRUE(run.averageCadence);
    EXPECT_DOUBLE_EQ(*run.averageCadence, 164.0);  // 82 per foot
}

TEST(GpxReader, FourMinutesStandingStillInsideASegmentIsAPause) {
    // 06:00:00-06:00:20 running, nothing until 06:04:20.5 (1.1 m on), then 06:04:40.25.
    const ParsedActivity run = readOne(fixturePath(QStringLiteral("standstill_in_segment.gpx")));
    EXPECT_DOUBLE_EQ(run.timerSeconds, 20.0 + 19.75);
    EXPECT_DOUBLE_EQ(run.elapsedSeconds, 280.25);
    // 0.00121 degrees of latitude, the metre across the pause included.
    EXPECT_NEAR(run.distanceMetres, 1.21 * kMilliDegreeMetres, 0.01);
}

TEST(GpxReader, TwentySecondGpsDropoutWhileRunningIsNotAPause) {
    // 3-second sampling, 06:00:00-06:00:59 with no point from 06:00:27 to 06:00:47 (67 m).
    const ParsedActivity run = readOne(fixturePath(QStringLiteral("dropout_while_running.gpx")));
    EXPECT_DOUBLE_EQ(run.timerSeconds, 59.0);
    EXPECT_DOUBLE_EQ(run.elapsedSeconds, 59.0);
    EXPECT_NEAR(run.distanceMetres, 1.77 * kMilliDegreeMetres, 0.01);
}

TEST(GpxReader, UtcStartTakesTheSystemZoneOffset) {
    // Tests run with TZ=Europe/Berlin: 06:00Z in May is 08:00 at UTC+2.
    const ParsedActivity run = readOne(fixturePath(QStringLiteral("pauses_gpx11.gpx")));
    ASSERT_TRUE(run.start);
    EXPECT_EQ(run.start->utcOffsetSeconds(), 7200);
    EXPECT_EQ(run.start->toLocalIsoString(), QStringLiteral("2024-05-04T08:00:00"));
}

TEST(GpxReader, Gpx10WithoutTypeIsARunAndKeepsAnExplicitOffset) {
    const ParsedActivity run = readOne(fixturePath(QStringLiteral("offset_gpx10.gpx")));
    EXPECT_TRUE(run.isRun);
    ASSERT_TRUE(run.start);
    EXPECT_EQ(run.start->utcOffsetSeconds(), -5 * 3600);
    // The evening in New York, already the next day in Berlin: it stays on the 10th.
    EXPECT_EQ(run.start->localDate(), QDate(2024, 3, 10));
    EXPECT_EQ(run.pointCount, 4);  // the point without a time still counts
    EXPECT_NEAR(run.distanceMetres, 3 * kMilliDegreeMetres, 0.01);
    EXPECT_DOUBLE_EQ(run.timerSeconds, 180.0);
}

TEST(GpxReader, ExtensionsAreMatchedByNamespaceNotPrefixAnd255IsDropped) {
    const ParsedActivity run = readOne(fixturePath(QStringLiteral("prefixes.gpx")));
    EXPECT_FALSE(run.averageHeartRate);  // 255 everywhere; the unknown namespace's 120 ignored
    ASSERT_TRUE(run.averageCadence);
    EXPECT_DOUBLE_EQ(*run.averageCadence, 170.0);  // ns3:, default namespace and gpxdata
    EXPECT_EQ(run.surface, Surface::Trail);
}

TEST(GpxReader, CyclingIsNotARun) {
    const ParsedActivity ride = readOne(fixturePath(QStringLiteral("cycling.gpx")));
    EXPECT_FALSE(ride.isRun);
    EXPECT_EQ(ride.sport, QStringLiteral("cycling"));
}

TEST(GpxReader, TruncatedFileIsAnError) {
    auto read =
        test::readBytes(test::fixtureBytes(QStringLiteral("truncated.gpx")), ActivityFormat::Gpx);
    ASSERT_FALSE(read.hasValue());
    EXPECT_TRUE(read.error().contains(QLatin1String("ends early"))) << read.error().toStdString();
}

TEST(GpxReader, TextThatIsNotXmlIsAnError) {
    EXPECT_FALSE(
        test::readBytes(test::fixtureBytes(QStringLiteral("not_xml.gpx")), ActivityFormat::Gpx)
            .hasValue());
    EXPECT_FALSE(test::readBytes(QByteArrayLiteral("<kml></kml>"), ActivityFormat::Gpx).hasValue());
}

TEST(GpxReader, GpxWithoutTracksHasNoActivity) {
    const auto read = test::readBytes(
        QByteArrayLiteral("<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                          "<wpt lat=\"1\" lon=\"2\"/><trk><name>empty</name></trk></gpx>"),
        ActivityFormat::Gpx);
    ASSERT_TRUE(read.hasValue());
    EXPECT_TRUE(read->empty());
}

TEST(GpxReader, EachTrackIsAnActivity) {
    const QByteArray track =
        "<trk><trkseg><trkpt lat=\"1\" lon=\"1\"><time>2024-01-01T10:00:00Z</time></trkpt>"
        "</trkseg></trk>";
    const auto read =
        test::readBytes("<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">" +
                            track + track + "</gpx>",
                        ActivityFormat::Gpx);
    ASSERT_TRUE(read.hasValue());
    EXPECT_EQ(read->size(), 2u);
}

// Sets the cancel flag once half of the data has been read, as the app's Cancel button would.
class CancellingBuffer : public QBuffer {
public:
    CancellingBuffer(const QByteArray& bytes, std::atomic<bool>& cancel) : cancel_(cancel) {
        setData(bytes);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        if (pos() > size() / 2) cancel_ = true;
        return QBuffer::readData(data, std::min<qint64>(maxSize, 4096));
    }

private:
    std::atomic<bool>& cancel_;
};

TEST(GpxReader, CancelStopsALargeFileBetweenChunks) {
    QByteArray gpx =
        "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>";
    for (int i = 0; i < 20000; ++i)
        gpx += "<trkpt lat=\"50\" lon=\"8\"><time>2024-01-01T10:00:00Z</time></trkpt>";
    gpx += "</trkseg></trk></gpx>";
    std::atomic<bool> cancel{false};
    CancellingBuffer buffer(gpx, cancel);
    buffer.open(QIODevice::ReadOnly);
    ReadOptions options;
    options.cancel = &cancel;
    const auto read = readGpx(buffer, options);
    ASSERT_FALSE(read.hasValue());
    EXPECT_EQ(read.error(), readCancelledMessage());
}

}  // namespace
}  // namespace stridelog

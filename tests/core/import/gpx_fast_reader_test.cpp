// SPDX-License-Identifier: GPL-3.0-or-later
// The GPX fast path (gpx_fast_reader.h) reads what the full reader reads, to the last bit, and
// gives up on everything else: every file it answers for, the full reader answers the same.

#include "import_test_support.h"

#include "core/io/import/activity_file.h"
#include "core/io/import/gpx_fast_reader.h"
#include "core/io/import/gpx_reader.h"
#include "core/model/track_codec.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>

#include <random>

namespace stridelog {
namespace {

using test::fixtureBytes;
using test::fixturePath;

std::string describe(const ParsedActivity& a) {
    QString text;
    const auto number = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'g', 17) : QStringLiteral("-");
    };
    text += QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                .arg(a.sport)
                .arg(a.isRun)
                .arg(a.surface ? static_cast<int>(*a.surface) : -1)
                .arg(a.start ? a.start->toLocalIsoString() : QStringLiteral("-"))
                .arg(QString::number(a.distanceMetres, 'g', 17))
                .arg(QString::number(a.timerSeconds, 'g', 17))
                .arg(QString::number(a.elapsedSeconds, 'g', 17))
                .arg(number(a.averageHeartRate), number(a.averageCadence));
    text += QStringLiteral("|%1|%2|%3|%4|%5|")
                .arg(a.pointCount)
                .arg(a.positionCount)
                .arg(a.lapCount)
                .arg(a.name, a.activityId);
    text += QString::fromLatin1(encodeTrack(a.track).toHex());
    return text.toStdString();
}

std::string describe(const Expected<ParsedActivities>& read) {
    if (!read) return "error: " + read.error().toStdString();
    std::string text;
    for (const ParsedActivity& activity : *read) text += describe(activity) + "\n";
    return text;
}

Expected<ParsedActivities> full(const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readGpx(buffer);
}

std::optional<Expected<ParsedActivities>> fast(const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readGpxFast(buffer);
}

// The property itself: an answer from the fast path is the full reader's answer.
void expectAgreement(const QByteArray& bytes, const std::string& what) {
    const auto quick = fast(bytes);
    if (!quick) return;
    EXPECT_EQ(describe(*quick), describe(full(bytes))) << what;
}

QByteArray gpx(const QByteArray& body, const QByteArray& head = {}) {
    return head +
           "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\" "
           "xmlns:g=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">" +
           body + "</gpx>";
}

const QByteArray kPoints =
    "<trkpt lat=\"47.0\" lon=\"8.0\"><ele>400</ele><time>2024-01-01T06:00:00Z</time>"
    "<extensions><g:TrackPointExtension><g:hr>140</g:hr><g:cad>85</g:cad>"
    "</g:TrackPointExtension></extensions></trkpt>"
    "<trkpt lat='47.001' lon='8.0'><ele>401</ele><time>2024-01-01T06:01:00Z</time></trkpt>";

TEST(GpxFastReader, AgreesWithTheFullReaderOnEveryGpxFixtureAndSample) {
    QStringList files;
    for (const QString& name : QDir(fixturePath({})).entryList({QStringLiteral("*.gpx")}))
        files << fixturePath(name);
    if (const QString samples = test::samplesDir(); !samples.isEmpty()) {
        for (const QString& name : QDir(samples).entryList({QStringLiteral("*.gpx")}))
            files << samples + QLatin1Char('/') + name;
    }
    ASSERT_GE(files.size(), 8);
    int answered = 0;
    for (const QString& path : files) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        answered += fast(bytes) ? 1 : 0;
        expectAgreement(bytes, path.toStdString());
    }
    // The plain files are the fast path's: all but the broken ones.
    EXPECT_GE(answered, files.size() - 3);
}

TEST(GpxFastReader, ReadsWhatWatchesWriteAndAgrees) {
    const std::vector<QByteArray> documents{
        gpx("<trk><name>Loop &amp; back</name><type>running</type><trkseg>" + kPoints +
            "</trkseg></trk>"),
        gpx("<trk><name>A<!-- note -->B<b>not this</b>C</name><trkseg/><trkseg>" + kPoints +
                "</trkseg></trk>",
            "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- made by hand -->\n"),
        gpx("<metadata><link href=\"x\"><type>web</type></link></metadata><trk><link><type>"
            "cycling</type></link><trkseg>" +
            kPoints + "</trkseg></trk><trk><trkseg>" + kPoints + "</trkseg></trk>"),
        gpx("<trk><trkseg><trkpt lat=\" 47.0 \" lon=\"8&#46;0\"><time>2024-01-01T06:00:00Z"
            "</time></trkpt><trkpt lat=\"47.0\" lon=\"8.0\"><time>2024-01-01T06:00:00Z</time>"
            "</trkpt></trkseg></trk>"),  // every point at one instant: refused, in its words
        gpx("<trk><name>Café ünd Straße ✓</name><trkseg>" + kPoints + "</trkseg></trk>"),
        "<x:gpx xmlns:x=\"http://www.topografix.com/GPX/1/0\"><x:trk><x:trkseg>"
        "<x:trkpt lat=\"1\" lon=\"2\"><x:time>2024-01-01T06:00:00+02:00</x:time></x:trkpt>"
        "<x:trkpt lat=\"1.001\" lon=\"2\"><x:time>2024-01-01T06:02:00+02:00</x:time>"
        "</x:trkpt></x:trkseg></x:trk></x:gpx>",
        "<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><time>2024-01-01T06:00:00Z</time>"
        "<extensions><hr xmlns=\"http://www.cluetrust.com/XML/GPXDATA/1/0\">150</hr>"
        "<cadence xmlns=\"http://www.cluetrust.com/XML/GPXDATA/1/0\">80</cadence></extensions>"
        "</trkpt><trkpt lat=\"1.001\" lon=\"2\" ><time >2024-01-01T06:01:00Z</time ></trkpt>"
        "</trkseg></trk></gpx>\n<?done?>\n",
    };
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const auto quick = fast(documents[i]);
        ASSERT_TRUE(quick) << i;
        EXPECT_EQ(describe(*quick), describe(full(documents[i]))) << i;
    }
    EXPECT_EQ((*fast(documents[0]))->front().name, QStringLiteral("Loop & back"));
    EXPECT_EQ((*fast(documents[1]))->front().name, QStringLiteral("ABC"));
    EXPECT_EQ((*fast(documents[2]))->size(), 2u);
    EXPECT_FALSE(*fast(documents[3]));
}

TEST(GpxFastReader, GivesUpOnWhatItDoesNotReadAndTheFullReaderAnswers) {
    const std::vector<QByteArray> documents{
        gpx("<trk><name><![CDATA[Loop]]></name><trkseg>" + kPoints + "</trkseg></trk>"),
        gpx("<trk><trkseg>" + kPoints + "</trkseg></trk>", "<!DOCTYPE gpx [<!ENTITY me \"x\">]>"),
        gpx("<trk><trkseg>" + kPoints + "</trkseg></trk>",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"),
        gpx("<trk><trkseg>" + kPoints + "</trkseg></trk>").replace("</trkseg>", "</trkse>"),
        gpx("<trk><trkseg>" + kPoints + "</trkseg></trk>").chopped(10),
        gpx("<trk><trkseg>" + kPoints + "</trkseg></trk>") + "<gpx/>",
        gpx("<trk><name>\xFF\xFE</name><trkseg>" + kPoints + "</trkseg></trk>"),
        gpx("<trk><name>a\x01</name><trkseg>" + kPoints + "</trkseg></trk>"),
        gpx("<trk><name>&nbsp;</name><trkseg>" + kPoints + "</trkseg></trk>"),
        gpx("<trk><q:name>x</q:name><trkseg>" + kPoints + "</trkseg></trk>"),
        gpx("<trk a=\"1\" a=\"2\"><trkseg>" + kPoints + "</trkseg></trk>"),
        "<kml><trk/></kml>",
        "",
    };
    for (std::size_t i = 0; i < documents.size(); ++i)
        EXPECT_FALSE(fast(documents[i])) << i << ": " << documents[i].toStdString();
}

// Random damage to real files: wherever the fast path still answers, it answers as the full
// reader does; where the full reader refuses the file, the fast path has given up.
TEST(GpxFastReader, DamagedFilesGetTheFullReadersAnswer) {
    std::mt19937 random(13);
    for (const QString& name : {QStringLiteral("pauses_gpx11.gpx"), QStringLiteral("prefixes.gpx"),
                                QStringLiteral("offset_gpx10.gpx")}) {
        const QByteArray original = fixtureBytes(name);
        for (int round = 0; round < 400; ++round) {
            QByteArray bytes = original;
            const auto at = static_cast<qsizetype>(random() % static_cast<unsigned>(bytes.size()));
            switch (round % 4) {
                case 0:
                    bytes[at] = static_cast<char>(random() % 256);
                    break;
                case 1:
                    bytes[at] = "<>&/\"'=:!?-x \n"[random() % 14];
                    break;
                case 2:
                    bytes.remove(at, 1 + static_cast<qsizetype>(random() % 8));
                    break;
                default:
                    bytes.truncate(at);
                    break;
            }
            const auto quick = fast(bytes);
            if (!quick) continue;
            const auto slow = full(bytes);
            EXPECT_EQ(describe(*quick), describe(slow))
                << name.toStdString() << " round " << round << ":\n"
                << bytes.toStdString();
        }
    }
}

// Through the importer's reader: a .gpx.gz the fast path gives up on is read again, unpacked
// from its start, by the full reader.
TEST(GpxFastReader, AFileItGivesUpOnIsReadAgainFromItsStart) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray document =
        gpx("<trk><name><![CDATA[Loop]]></name><type>running</type><trkseg>" + kPoints +
            "</trkseg></trk>");
    for (const bool packed : {false, true}) {
        const QString path =
            dir.filePath(packed ? QStringLiteral("cdata.gpx.gz") : QStringLiteral("cdata.gpx"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(packed ? test::gzip(document) : document);
        file.close();
        auto read = readActivityFile(path);
        ASSERT_TRUE(read) << read.error().toStdString();
        ASSERT_EQ(read->activities.size(), 1u);
        EXPECT_EQ(read->activities.front().name, QStringLiteral("Loop"));
        EXPECT_EQ(describe(read->activities.front()), describe(full(document)->front()));
    }
}

}  // namespace
}  // namespace stridelog

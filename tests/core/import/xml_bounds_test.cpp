// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile XML file cannot make the readers hold much: elements nested deeper than an activity
// file nests them are refused, a text split by comments counts as one text, and a .gz may
// unpack to 200 times its size however small it is.

#include "import_test_support.h"

#include "core/io/import/xml_text_limit.h"

#include <QBuffer>

#include <zlib.h>

#include <gtest/gtest.h>

namespace stridelog {
namespace {

struct Limited {
    QByteArray read;
    bool failed = false;
    QString error;
};

Limited throughLimit(QByteArray xml, qint64 textLimit = kMaxXmlTextBytes) {
    QBuffer source(&xml);
    source.open(QIODevice::ReadOnly);
    XmlTextLimitDevice limited(source, textLimit);
    limited.open(QIODevice::ReadOnly);
    Limited result;
    result.read = limited.readAll();
    result.failed = limited.failed();
    result.error = limited.errorString();
    return result;
}

// gzip -9: a run of blanks packs about a thousand times.
QByteArray gzipBest(const QByteArray& bytes) {
    z_stream stream{};
    EXPECT_EQ(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY),
              Z_OK);
    QByteArray out(
        static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(bytes.size()))) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray nested(int depth) {
    QByteArray xml = "<?xml version=\"1.0\"?>\n<gpx>";
    for (int i = 1; i < depth; ++i) xml += "<e>";
    for (int i = 1; i < depth; ++i) xml += "</e>";
    return xml + "</gpx>";
}

TEST(XmlBounds, ElementsNestedDeeperThanTheLimitAreRefused) {
    const Limited deep = throughLimit(nested(kMaxXmlDepth + 1));
    EXPECT_TRUE(deep.failed);
    EXPECT_TRUE(deep.error.contains(QStringLiteral("more than 64 deep")))
        << deep.error.toStdString();
    const QByteArray fits = nested(kMaxXmlDepth);
    const Limited shallow = throughLimit(fits);
    EXPECT_FALSE(shallow.failed) << shallow.error.toStdString();
    EXPECT_EQ(shallow.read, fits);
}

TEST(XmlBounds, SelfClosingElementsQuotesCommentsAndCdataDoNotNest) {
    QByteArray xml = "<gpx a=\"x>y\" b='/>'>";
    for (int i = 0; i < 500; ++i) {
        xml += "<trkpt lat=\"1\" lon=\"2\"/><!-- <e> --><![CDATA[<e>]]><?pi <e> ?>";
    }
    xml += "</gpx>";
    const Limited result = throughLimit(xml);
    EXPECT_FALSE(result.failed) << result.error.toStdString();
    EXPECT_EQ(result.read, xml);
}

TEST(XmlBounds, ATextSplitByCommentsCountsAsOneText) {
    QByteArray xml = "<gpx><trk><name>";
    for (int i = 0; i < 3; ++i) xml += QByteArray(600, 'x') + "<!-- c -->";
    xml += "</name></trk></gpx>";
    const Limited split = throughLimit(xml, 1000);
    EXPECT_TRUE(split.failed);
    EXPECT_TRUE(split.error.contains(QStringLiteral("longer than"))) << split.error.toStdString();
    // Text between tags starts counting afresh.
    QByteArray tags = "<gpx>";
    for (int i = 0; i < 3; ++i) tags += "<name>" + QByteArray(600, 'x') + "</name>";
    tags += "</gpx>";
    EXPECT_FALSE(throughLimit(tags, 1000).failed);
}

TEST(XmlBounds, ADeeplyNestedGpxGzIsRefusedByTheImport) {
    test::TempJournal journal;
    const QString path = journal.write(QStringLiteral("deep.gpx.gz"), test::gzip(nested(200'000)));
    const auto read = readActivityFile(path);
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().contains(QStringLiteral("deep"))) << read.error().toStdString();
}

TEST(XmlBounds, ASmallGzMayUnpackTo200TimesItsSizeAndNoMore) {
    // A valid GPX padded with a megabyte of blanks: it packs about a thousand times.
    QByteArray gpx = test::fixtureBytes(QStringLiteral("pauses_gpx11.gpx"));
    gpx.insert(gpx.indexOf("<trk>"), QByteArray(1 << 20, ' '));
    const QByteArray packed = gzipBest(gpx);
    ASSERT_GT(gpx.size(), packed.size() * 200);
    test::TempJournal journal;
    const auto read = readActivityFile(journal.write(QStringLiteral("padded.gpx.gz"), packed));
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().contains(QStringLiteral("200 times"))) << read.error().toStdString();
    // The same file unpadded reads.
    EXPECT_TRUE(readActivityFile(
        journal.write(QStringLiteral("plain.gpx.gz"),
                      test::gzip(test::fixtureBytes(QStringLiteral("pauses_gpx11.gpx"))))));
}

}  // namespace
}  // namespace stridelog

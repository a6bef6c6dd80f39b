// SPDX-License-Identifier: GPL-3.0-or-later
// An import never stores a run twice, whoever else writes at the same moment; one file is one
// transaction whatever pairs its runs are on; and hostile files are refused with bounded
// memory.

#include "import_test_support.h"

#include "core/io/import/xml_text_limit.h"
#include "core/workflows/importer.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace stridelog {
namespace {

using test::fixturePath;
using test::TempJournal;

ImportOptions pinned() {
    ImportOptions options;
    return options;
}

TEST(ImportSafety, AnotherImporterWritingTheSameRunsMeanwhileGivesDuplicatesNotErrors) {
    TempJournal journal;
    const QString gpx = fixturePath(QStringLiteral("pauses_gpx11.gpx"));
    const QString csv = fixturePath(QStringLiteral("garmin_activities.csv"));
    // A second program (its own connection) imports the same files after this import has read
    // the journal and before it writes.
    auto other = Journal::open(journal->path(), {5000, &test::todayClock(), {}});
    ASSERT_TRUE(other);
    ImportOptions options = pinned();
    bool once = false;
    options.progress = [&](int done, int) {
        if (done != 0 || std::exchange(once, true)) return;
        const ImportReport meanwhile = importFiles(**other, {gpx, csv}, pinned());
        EXPECT_EQ(meanwhile.count(ImportStatus::Imported), 3);
    };
    const ImportReport report = importFiles(*journal, {gpx, csv}, options);
    EXPECT_EQ(report.count(ImportStatus::Imported), 0);
    EXPECT_EQ(report.count(ImportStatus::Duplicate), 3);
    EXPECT_EQ(report.count(ImportStatus::Error), 0);
    for (const ImportResult& result : report.results) {
        EXPECT_FALSE(result.message.contains(QStringLiteral("UNIQUE")))
            << result.message.toStdString();
        if (result.status == ImportStatus::Duplicate) {
            EXPECT_TRUE(result.runId);
        }
    }
    EXPECT_EQ(journal->runs()->size(), 3u);
}

TEST(ImportSafety, AMultiRunFileOnAJournalPairIsOneTransaction) {
    TempJournal journal;
    Shoe shoe;
    shoe.name = QStringLiteral("Ghost 15");
    const auto id = journal->addShoe(shoe);
    ASSERT_TRUE(id);
    int commits = 0;
    QObject::connect(&*journal, &Journal::changed, [&] { ++commits; });
    ImportOptions options = pinned();
    options.shoe = *id;
    const ImportReport report =
        importFiles(*journal, {fixturePath(QStringLiteral("garmin_activities.csv"))}, options);
    EXPECT_EQ(report.count(ImportStatus::Imported), 2);
    EXPECT_EQ(commits, 1);
    for (const ImportResult& result : report.results) {
        if (result.status == ImportStatus::Imported) {
            EXPECT_TRUE(result.runId);
        }
    }
}

TEST(ImportSafety, AStravaExportWithAJournalPairAndANewPairIsOneTransaction) {
    TempJournal journal;
    Shoe shoe;
    shoe.name = QStringLiteral("pegasus blue");  // the same pair as the CSV's, in other case
    ASSERT_TRUE(journal->addShoe(shoe));
    int commits = 0;
    QObject::connect(&*journal, &Journal::changed, [&] { ++commits; });
    const ImportReport report =
        importFiles(*journal, {fixturePath(QStringLiteral("strava/activities.csv"))}, pinned());
    EXPECT_EQ(report.count(ImportStatus::Imported), 2);
    EXPECT_EQ(commits, 1);
    EXPECT_EQ(journal->shoes()->size(), 2u);
}

TEST(ImportSafety, AGzipBombIsRefusedNamingTheLimit) {
    TempJournal journal;
    // 80 MB of spaces inside one element packs into well under a megabyte.
    QByteArray body =
        "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>";
    QByteArray packed;
    {
        const QByteArray head = body;
        QByteArray spaces(8 * 1024 * 1024, ' ');
        QByteArray all = head;
        for (int i = 0; i < 10; ++i) all += spaces;
        all += "</name></trk></gpx>";
        packed = test::gzip(all);
    }
    ASSERT_LT(packed.size(), 1024 * 1024);
    const QString path = journal.write(QStringLiteral("bomb.gpx.gz"), packed);
    const ImportReport report = importFiles(*journal, {path}, pinned());
    ASSERT_EQ(report.results.size(), 1u);
    EXPECT_EQ(report.results[0].status, ImportStatus::Error);
    EXPECT_TRUE(report.results[0].message.contains(QStringLiteral("MB")))
        << report.results[0].message.toStdString();
    EXPECT_TRUE(journal->runs()->empty());
}

TEST(ImportSafety, OneHugeTextInAnXmlFileIsRefusedNamingTheLimit) {
    QByteArray xml = "<gpx><trk><name>";
    xml += QByteArray(2000, 'x');
    xml += "</name></trk></gpx>";
    QBuffer source(&xml);
    source.open(QIODevice::ReadOnly);
    XmlTextLimitDevice limited(source, 1000);
    limited.open(QIODevice::ReadOnly);
    const QByteArray read = limited.readAll();
    EXPECT_TRUE(limited.failed());
    EXPECT_LT(read.size(), 1100);
    EXPECT_TRUE(limited.errorString().contains(QStringLiteral("MB")));

    QBuffer again(&xml);
    again.open(QIODevice::ReadOnly);
    XmlTextLimitDevice roomy(again, 4000);
    roomy.open(QIODevice::ReadOnly);
    EXPECT_EQ(roomy.readAll(), xml);
    EXPECT_FALSE(roomy.failed());
}

TEST(ImportSafety, FilesWhoseNamesAreNotUtf8AreImportedAndNamedAsATerminalShowsThem) {
    TempJournal journal;
    const QString folder = journal.write(QStringLiteral("watch/ok.gpx"),
                                         test::fixtureBytes(QStringLiteral("pauses_gpx11.gpx")));
    const QByteArray latin1Name = QFile::encodeName(QFileInfo(folder).absolutePath()) +
                                  "/l\xe4uft-\xff.tcx";  // Latin-1 bytes, not UTF-8
    const QByteArray tcx = test::fixtureBytes(QStringLiteral("nogps.tcx"));
    const int descriptor = ::open(latin1Name.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    ASSERT_GE(descriptor, 0);
    ASSERT_EQ(::write(descriptor, tcx.constData(), static_cast<std::size_t>(tcx.size())),
              tcx.size());
    ::close(descriptor);

    const ImportReport report = importFiles(*journal, {QFileInfo(folder).absolutePath()}, pinned());
    ASSERT_EQ(report.results.size(), 2u);
    EXPECT_EQ(report.count(ImportStatus::Imported), 2);
    bool named = false;
    for (const ImportResult& result : report.results) {
        if (result.file.contains(QChar(0xFFFD))) {
            named = true;
            EXPECT_TRUE(result.file.endsWith(QStringLiteral("\uFFFD.tcx")))
                << result.file.toStdString();
            EXPECT_TRUE(result.message.startsWith(result.file)) << result.message.toStdString();
        }
    }
    EXPECT_TRUE(named);
}

}  // namespace
}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export ▸ Runs as GPX/TCX… and "Export…" on a run's page, driven by real clicks.
#include "session_fixture.h"

#include "app/gui/import/run_file_export.h"
#include "app/gui/import/track_export_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace stridelog::gui {
namespace {

using namespace stridelog::literals;

class TrackExportDialogTest : public test::SessionTest {
protected:
    RunId addRun(int day, bool withTrack) {
        stridelog::Run run;
        run.start = Instant::fromLocal(QDate(2026, 11, day), QTime(7, 0));
        run.distance = 2_km;
        run.duration = 12_min;
        if (!withTrack) {
            auto id = session->journal().addRun(run);
            EXPECT_TRUE(id);
            return id ? *id : RunId();
        }
        Track track;
        for (int i = 0; i <= 10; ++i) {
            TrackSample sample;
            sample.seconds = 72.0 * i;
            sample.metres = 200.0 * i;
            sample.latitude = 52.0 + 0.0018 * i;
            sample.longitude = 13.0;
            sample.heartRate = 140;
            track.samples.push_back(sample);
        }
        auto id = session->journal().addRunWithTrack(run, track);
        EXPECT_TRUE(id);
        return id ? *id : RunId();
    }
    QStringList filesIn(const QString& folder) {
        return QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    }
    void click(TrackExportDialog& dialog, const char* name) {
        auto* button = dialog.findChild<QAbstractButton*>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        QTest::mouseClick(button, Qt::LeftButton);
    }
};

TEST_F(TrackExportDialogTest, TheTwoSelectedRunsAreWrittenAsGpx) {
    const RunId first = addRun(10, true);
    addRun(11, true);
    const RunId third = addRun(12, false);
    TrackExportDialog dialog(*session, {first, third});
    const QString folder = dir.filePath(QStringLiteral("out"));
    dialog.setFolder(folder);
    dialog.show();
    click(dialog, "trackExportButton");
    const QStringList files = filesIn(folder);
    ASSERT_EQ(files.size(), 2) << files.join(QLatin1Char(' ')).toStdString();
    for (const QString& name : files) EXPECT_TRUE(name.endsWith(QStringLiteral(".gpx")));
    EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("1 file(s) written")))
        << dialog.resultText().toStdString();
    EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("1 run(s) without a track")));
    EXPECT_TRUE(dialog.resultText().contains(QDir::toNativeSeparators(folder)));
}

TEST_F(TrackExportDialogTest, APeriodIsWrittenAsTcx) {
    addRun(1, true);
    addRun(10, true);
    addRun(11, true);
    TrackExportDialog dialog(*session, {});
    dialog.setFolder(dir.filePath(QStringLiteral("period")));
    dialog.show();
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("trackFormatBox"));
    ASSERT_NE(format, nullptr);
    format->setCurrentIndex(1);
    EXPECT_TRUE(dialog.findChild<QRadioButton*>(QStringLiteral("periodButton"))->isChecked());
    dialog.findChild<QDateEdit*>(QStringLiteral("fromDate"))->setDate(QDate(2026, 11, 5));
    dialog.findChild<QDateEdit*>(QStringLiteral("toDate"))->setDate(QDate(2026, 11, 11));
    click(dialog, "trackExportButton");
    const QStringList files = filesIn(dir.filePath(QStringLiteral("period")));
    ASSERT_EQ(files.size(), 2) << dialog.resultText().toStdString();
    EXPECT_TRUE(files.front().startsWith(QStringLiteral("2026-11-10")));
    EXPECT_TRUE(files.front().endsWith(QStringLiteral(".tcx")));
}

TEST_F(TrackExportDialogTest, CancelHalfwayLeavesOnlyCompleteFiles) {
    std::vector<RunId> ids;
    for (int day = 1; day <= 6; ++day) ids.push_back(addRun(day, true));
    TrackExportDialog dialog(*session, ids);
    const QString folder = dir.filePath(QStringLiteral("cancelled"));
    dialog.setFolder(folder);
    dialog.show();
    QObject::connect(&dialog, &TrackExportDialog::progressed, &dialog,
                     [&](std::size_t done, std::size_t) {
                         if (done == 3) click(dialog, "trackExportCancel");
                     });
    click(dialog, "trackExportButton");
    const QStringList files = filesIn(folder);
    ASSERT_EQ(files.size(), 3) << files.join(QLatin1Char(' ')).toStdString();
    for (const QString& name : files) {
        QFile file(QDir(folder).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.readAll().trimmed().endsWith("</gpx>")) << name.toStdString();
    }
    EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("Cancelled after 3 run(s)")))
        << dialog.resultText().toStdString();
}

TEST_F(TrackExportDialogTest, TheJournalsOwnFilesAreRefusedWithNothingWritten) {
    const RunId run = addRun(10, true);
    for (const QString& target :
         {session->journalPath(), session->journalPath() + QStringLiteral("-wal")}) {
        TrackExportDialog dialog(*session, {run});
        dialog.setFolder(target);
        dialog.show();
        click(dialog, "trackExportButton");
        EXPECT_TRUE(dialog.resultText().startsWith(QStringLiteral("Nothing was exported")))
            << dialog.resultText().toStdString();
    }
    EXPECT_EQ(filesIn(dir.path()).filter(QStringLiteral(".gpx")).size(), 0);
    const auto refused = exportRunFileTo(*session, run, session->journalPath(), TrackFormat::Gpx);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("journal")))
        << refused.error().toStdString();
    EXPECT_EQ(session->journal().runs()->size(), 1u);
}

TEST_F(TrackExportDialogTest, OneRunIsWrittenAsTcxForTheRunPage) {
    const RunId run = addRun(10, true);
    const QString path = dir.filePath(QStringLiteral("one.tcx"));
    const auto done = exportRunFileTo(*session, run, path, TrackFormat::Tcx);
    ASSERT_TRUE(done) << done.error().toStdString();
    EXPECT_TRUE(done->track);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("<Activity Sport=\"Running\">"));
}

}  // namespace
}  // namespace stridelog::gui

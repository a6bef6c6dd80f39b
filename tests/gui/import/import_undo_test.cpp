// SPDX-License-Identifier: GPL-3.0-or-later
// An import is one step on the undo stack: Ctrl+Z takes out exactly the runs, tracks and pairs
// it added (in one transaction), redo puts them back, and what was there before stays. The
// journal file itself is read to check, through a connection of its own.
#include "session_fixture.h"

#include "app/gui/import/import_controller.h"
#include "app/gui/session/journal_edits.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace stridelog::gui {
namespace {

// One number from the journal file, read by a connection of its own.
qint64 countIn(const QString& path, const QString& sql) {
    const QString name = QUuid::createUuid().toString();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) value = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A run of 31 points, 30 m apart, ten seconds apart: about 900 m in five minutes.
QByteArray smallGpx() {
    QByteArray gpx =
        "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" "
        "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><type>running</type><trkseg>\n";
    for (int i = 0; i <= 30; ++i) {
        gpx += QStringLiteral(
                   "<trkpt lat=\"%1\" lon=\"7.0\"><time>2026-11-01T08:%2:%3Z</time>"
                   "</trkpt>\n")
                   .arg(46.0 + i * 0.00027, 0, 'f', 5)
                   .arg(i / 6, 2, 10, QLatin1Char('0'))
                   .arg((i % 6) * 10, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return gpx + "</trkseg></trk></gpx>\n";
}

// Two runs in a pair the journal does not have yet.
QByteArray smallCsv() {
    return "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,"
           "Activity Gear\n"
           "5001,\"Nov 3, 2026, 7:00:00 AM\",Easy,Run,1800,5.00,Test Pair\n"
           "5002,\"Nov 5, 2026, 7:00:00 AM\",Steady,Run,2400,7.50,Test Pair\n";
}

class ImportUndoTest : public test::SessionTest {
protected:
    void SetUp() override {
        test::SessionTest::SetUp();
        path = dir.filePath(QStringLiteral("journal.sqlite"));
        Shoe shoe;
        shoe.name = QStringLiteral("Own pair");
        ownShoe = session->journal().addShoe(shoe).value();
        stridelog::Run run;
        run.start = Instant::fromLocal(QDate(2026, 10, 30), QTime(7, 0));
        run.distance = Distance::fromMetres(6000);
        run.duration = Duration::fromSeconds(2100);
        run.shoe = ownShoe;
        ownRun = session->journal().addRun(run).value();
        gpxFile = dir.filePath(QStringLiteral("morning.gpx"));
        csvFile = dir.filePath(QStringLiteral("activities.csv"));
        writeFile(gpxFile, smallGpx());
        writeFile(csvFile, smallCsv());
    }

    ImportReport import(const QStringList& paths) {
        ImportController controller(*session);
        controller.setInteractive(false);
        QSignalSpy finished(&controller, &ImportController::finished);
        EXPECT_TRUE(controller.start(paths));
        EXPECT_TRUE(finished.wait(30000));
        return controller.lastReport();
    }

    qint64 runs() { return countIn(path, QStringLiteral("SELECT count(*) FROM run")); }
    qint64 shoes() { return countIn(path, QStringLiteral("SELECT count(*) FROM shoe")); }
    qint64 tracks() { return countIn(path, QStringLiteral("SELECT count(*) FROM run_track")); }

    QString path;
    QString gpxFile;
    QString csvFile;
    ShoeId ownShoe;
    RunId ownRun;
};

TEST_F(ImportUndoTest, UndoTakesOutExactlyWhatTheImportAddedAndRedoPutsItBack) {
    const int stepsBefore = session->undoStack().count();
    const ImportReport report = import({gpxFile, csvFile});
    ASSERT_EQ(report.count(ImportStatus::Imported), 3);
    // One step for the two files.
    EXPECT_EQ(session->undoStack().count(), stepsBefore + 1);
    EXPECT_EQ(runs(), 4);
    EXPECT_EQ(shoes(), 2);
    EXPECT_EQ(tracks(), 1);
    const auto imported = session->journal().runs().value();

    session->undoStack().undo();
    EXPECT_EQ(runs(), 1);
    EXPECT_EQ(shoes(), 1);
    EXPECT_EQ(tracks(), 0);
    EXPECT_EQ(countIn(path, QStringLiteral("SELECT id FROM run")), ownRun.value());
    EXPECT_EQ(countIn(path, QStringLiteral("SELECT id FROM shoe")), ownShoe.value());
    EXPECT_EQ(session->evaluation().journal.runs.size(), 1u);
    EXPECT_EQ(session->lastChange().runs.removed.size(), 3u);

    session->undoStack().redo();
    EXPECT_EQ(runs(), 4);
    EXPECT_EQ(shoes(), 2);
    EXPECT_EQ(tracks(), 1);
    // The same runs under the same ids, each field as it was, the track readable again.
    const auto back = session->journal().runs().value();
    ASSERT_EQ(back.size(), imported.size());
    for (std::size_t i = 0; i < back.size(); ++i) {
        EXPECT_EQ(back[i].id, imported[i].id);
        EXPECT_EQ(back[i].start, imported[i].start);
        EXPECT_EQ(back[i].distance, imported[i].distance);
        EXPECT_EQ(back[i].shoe, imported[i].shoe);
        EXPECT_EQ(back[i].sourceKey, imported[i].sourceKey);
    }
    int withTrack = 0;
    for (const stridelog::Run& run : back) {
        if (auto track = session->journal().track(run.id); track && *track) ++withTrack;
    }
    EXPECT_EQ(withTrack, 1);
}

TEST_F(ImportUndoTest, AnImportOfNothingNewAddsNoStep) {
    import({gpxFile});
    const int steps = session->undoStack().count();
    const ImportReport again = import({gpxFile});
    EXPECT_EQ(again.count(ImportStatus::Duplicate), 1);
    EXPECT_EQ(session->undoStack().count(), steps);
}

TEST_F(ImportUndoTest, UndoKeepsAPainEntryLoggedAfterAnImportedRunAndRedoLinksItAgain) {
    import({csvFile});
    const auto imported = session->journal().runs().value();
    ASSERT_EQ(imported.size(), 3u);
    // Logged by another program on the same file, so not on this undo stack.
    PainEntry pain;
    pain.start = imported.back().start.plusSeconds(3 * 3600);
    pain.end = pain.start.plusSeconds(3600);
    pain.intensity = 2;
    pain.run = imported.back().id;
    auto other = Journal::open(path);
    ASSERT_TRUE(other);
    const PainId painId = other.value()->addPain(pain).value();
    session->refresh();

    session->undoStack().undo();
    EXPECT_EQ(runs(), 1);
    EXPECT_EQ(countIn(path, QStringLiteral("SELECT count(*) FROM pain WHERE run_id IS NULL")), 1);
    session->undoStack().redo();
    EXPECT_EQ(
        countIn(path, QStringLiteral("SELECT run_id FROM pain WHERE id = %1").arg(painId.value())),
        imported.back().id.value());
}

}  // namespace
}  // namespace stridelog::gui

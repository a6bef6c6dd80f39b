// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export: the same JSON and CSV as the CLI, written privately.
#include "session_fixture.h"

#include "app/gui/import/journal_export.h"

#include "core/io/journal_json.h"

#include <QFile>

namespace stridelog::gui {
namespace {

using namespace stridelog::literals;

class JournalExportTest : public test::SessionTest {
protected:
    void addRun() {
        Shoe shoe;
        shoe.name = QStringLiteral("Daily trainer");
        const auto shoeId = session->journal().addShoe(shoe);
        ASSERT_TRUE(shoeId);
        stridelog::Run run;
        run.start = Instant::fromLocal(QDate(2026, 11, 20), QTime(7, 0));
        run.distance = 10_km;
        run.duration = 55_min;
        run.shoe = *shoeId;
        ASSERT_TRUE(session->journal().addRun(run));
    }
    QByteArray read(const QString& path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }
};

TEST_F(JournalExportTest, JsonIsReadBackWithTheSameEntries) {
    addRun();
    const QString path = dir.filePath(QStringLiteral("export.json"));
    const auto done = exportJournalTo(*session, path, ExportFormat::Json);
    ASSERT_TRUE(done) << done.error().toStdString();
    const auto journal = readJournalJson(read(path));
    ASSERT_TRUE(journal) << journal.error().toStdString();
    ASSERT_EQ(journal->runs.size(), 1u);
    EXPECT_EQ(journal->runs.front().distance, 10_km);
    ASSERT_EQ(journal->shoes.size(), 1u);
    EXPECT_EQ(journal->shoes.front().name, QStringLiteral("Daily trainer"));
}

TEST_F(JournalExportTest, TheFileIsReadableByItsOwnerOnly) {
    addRun();
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(exportJournalTo(*session, path, ExportFormat::Csv));
    EXPECT_EQ(QFile::permissions(path) &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
              0);
    EXPECT_TRUE(read(path).contains("Daily trainer"));
}

TEST_F(JournalExportTest, TheJournalAndItsSideFilesAreRefusedAndLeftAsTheyAre) {
    addRun();
    const QString journal = session->journalPath();
    const QByteArray before = read(journal);
    for (const QString& target :
         {journal, journal + QStringLiteral("-wal"), journal + QStringLiteral("-shm")}) {
        const QByteArray side = QFile::exists(target) ? read(target) : QByteArray();
        const auto done = exportJournalTo(*session, target, ExportFormat::Csv);
        ASSERT_FALSE(done) << target.toStdString();
        EXPECT_TRUE(done.error().contains(QStringLiteral("journal"))) << done.error().toStdString();
        if (!side.isEmpty()) {
            EXPECT_EQ(read(target), side);
        }
    }
    EXPECT_EQ(read(journal), before);
    EXPECT_EQ(session->journal().runs()->size(), 1u);
}

TEST_F(JournalExportTest, AnUnwritablePlaceIsAnError) {
    const auto done =
        exportJournalTo(*session, QStringLiteral("/proc/nowhere/export.json"), ExportFormat::Json);
    EXPECT_FALSE(done);
}

}  // namespace
}  // namespace stridelog::gui

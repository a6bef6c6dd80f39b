// SPDX-License-Identifier: GPL-3.0-or-later
// Activity files dropped on the main window are imported, off the GUI thread, and the pages
// then show the runs; anything else dropped is refused.

#include "session_fixture.h"

#include "app/gui/import/import_controller.h"
#include "app/gui/main_window.h"

#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QUrl>

namespace stridelog::gui {
namespace {

const QString kData = QStringLiteral(STRIDELOG_TEST_DATA_DIR "/import");

class MainWindowDrop : public test::SessionTest {
protected:
    void SetUp() override {
        test::SessionTest::SetUp();
        window = std::make_unique<MainWindow>(std::move(session), clock);
        window->setCheckInEnabled(false);
        window->importController().setInteractive(false);
    }

    // Sends a drag-enter and a drop of `files`, as the desktop does; returns whether the
    // window accepted the drag.
    bool drop(const QStringList& files) {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& file : files) urls << QUrl::fromLocalFile(file);
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &enter);
        if (!enter.isAccepted()) return false;
        QDropEvent dropped(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &dropped);
        return true;
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowDrop, ADroppedGpxFileIsImportedAndTheJournalShowsTheRun) {
    QSignalSpy finished(&window->importController(), &ImportController::finished);
    ASSERT_TRUE(drop({kData + QStringLiteral("/pauses_gpx11.gpx")}));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(window->session().evaluation().journal.runs.size(), 1u);
}

TEST_F(MainWindowDrop, ATextFileIsNotAccepted) {
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not an activity");
    file.close();
    EXPECT_FALSE(drop({notes}));
    EXPECT_FALSE(window->importController().isRunning());
    EXPECT_TRUE(window->session().evaluation().journal.runs.empty());
}

}  // namespace
}  // namespace stridelog::gui

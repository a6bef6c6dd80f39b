// SPDX-License-Identifier: GPL-3.0-or-later
// Dragging files onto the window: local activity files and folders are taken, the rest is
// refused before the drop.
#include "app/gui/import/activity_drop.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

namespace stridelog::gui {
namespace {

class ActivityDropTest : public testing::Test {
protected:
    QString touch(const QString& name) {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("x");
        return path;
    }
    static QMimeData* mime(const QStringList& paths, const QList<QUrl>& extra = {}) {
        auto* data = new QMimeData;
        QList<QUrl> urls = extra;
        for (const QString& path : paths) urls << QUrl::fromLocalFile(path);
        data->setUrls(urls);
        return data;
    }

    QTemporaryDir dir;
};

TEST_F(ActivityDropTest, TakesActivityFilesGzippedFilesAndFolders) {
    const QStringList wanted = {touch(QStringLiteral("a.gpx")),    touch(QStringLiteral("b.TCX")),
                                touch(QStringLiteral("c.fit")),    touch(QStringLiteral("d.csv")),
                                touch(QStringLiteral("e.gpx.gz")), touch(QStringLiteral("f.gz"))};
    QDir(dir.path()).mkdir(QStringLiteral("watch"));
    const QString folder = dir.filePath(QStringLiteral("watch"));
    std::unique_ptr<QMimeData> data(mime(wanted + QStringList{folder}));
    EXPECT_EQ(droppedActivityFiles(data.get()), wanted + QStringList{folder});
    EXPECT_TRUE(acceptsActivityDrop(data.get()));
}

TEST_F(ActivityDropTest, RefusesOtherFilesWebLinksAndMissingFiles) {
    const QString text = touch(QStringLiteral("notes.txt"));
    const QString picture = touch(QStringLiteral("knee.png"));
    std::unique_ptr<QMimeData> data(mime({text, picture, dir.filePath(QStringLiteral("gone.gpx"))},
                                         {QUrl(QStringLiteral("https://example.org/run.gpx"))}));
    EXPECT_TRUE(droppedActivityFiles(data.get()).isEmpty());
    EXPECT_FALSE(acceptsActivityDrop(data.get()));
}

TEST_F(ActivityDropTest, KeepsOnlyTheActivityFilesOfAMixedDrop) {
    const QString run = touch(QStringLiteral("run.gpx"));
    std::unique_ptr<QMimeData> data(mime({touch(QStringLiteral("notes.txt")), run}));
    EXPECT_EQ(droppedActivityFiles(data.get()), QStringList{run});
}

TEST(ActivityDrop, PlainTextOrNothingIsRefused) {
    QMimeData text;
    text.setText(QStringLiteral("/home/runner/run.gpx"));
    EXPECT_FALSE(acceptsActivityDrop(&text));
    EXPECT_FALSE(acceptsActivityDrop(nullptr));
}

}  // namespace
}  // namespace stridelog::gui

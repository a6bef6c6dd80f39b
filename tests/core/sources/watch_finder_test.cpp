// SPDX-License-Identifier: GPL-3.0-or-later
// Finding watches in real folders laid out as a watch lays them out: mass storage with and
// without GarminDevice.xml's activity path, the three gvfs MTP layouts, each in upper, lower
// and mixed case.

#include "core/workflows/watch_finder.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace stridelog {
namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray deviceXml(const QString& model, const QString& activityPath) {
    QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Device xmlns=\"http://www.garmin.com/xmlschemas/GarminDevice/v2\">\n"
        "  <Model><PartNumber>006-B3992-00</PartNumber><Description>" +
        model.toUtf8() +
        "</Description></Model>\n"
        "  <MassStorageMode>\n"
        "    <DataType><Name>FIT_TYPE_2</Name><File><Location><Path>GARMIN/Settings</Path>"
        "<FileExtension>FIT</FileExtension></Location></File></DataType>\n";
    if (!activityPath.isEmpty()) {
        xml += "    <DataType><Name>FIT_TYPE_4</Name><File><Location><Path>" +
               activityPath.toUtf8() +
               "</Path><FileExtension>FIT</FileExtension></Location>"
               "<TransferDirection>OutputFromUnit</TransferDirection></File></DataType>\n";
    }
    xml += "  </MassStorageMode>\n</Device>\n";
    return xml;
}

TEST(WatchFinder, MassStorageInEveryCaseUsesTheDevicesActivityPath) {
    for (const QString& garmin :
         {QStringLiteral("GARMIN"), QStringLiteral("garmin"), QStringLiteral("Garmin")}) {
        QTemporaryDir volume;
        ASSERT_TRUE(volume.isValid());
        const QString activity = volume.filePath(garmin + QStringLiteral("/aCtIvItY"));
        ASSERT_TRUE(QDir().mkpath(activity));
        writeFile(volume.filePath(garmin + QStringLiteral("/garmindevice.XML")),
                  deviceXml(QStringLiteral("Forerunner 255"), QStringLiteral("GARMIN/Activity")));
        const std::optional<FoundWatch> watch = watchOnVolume(volume.path());
        ASSERT_TRUE(watch) << garmin.toStdString();
        EXPECT_EQ(watch->activityFolder, activity);
        EXPECT_EQ(watch->name, QStringLiteral("Forerunner 255"));
        EXPECT_EQ(watch->root, volume.path());
    }
}

TEST(WatchFinder, WithoutAnActivityEntryTheGarminActivityFolderIsUsed) {
    QTemporaryDir volume;
    const QString activity = volume.filePath(QStringLiteral("GARMIN/activity"));
    ASSERT_TRUE(QDir().mkpath(activity));
    writeFile(volume.filePath(QStringLiteral("GARMIN/GarminDevice.xml")),
              deviceXml(QStringLiteral("fenix 7"), QString()));
    const std::optional<FoundWatch> watch = watchOnVolume(volume.path());
    ASSERT_TRUE(watch);
    EXPECT_EQ(watch->activityFolder, activity);
    EXPECT_EQ(watch->name, QStringLiteral("fenix 7"));
}

TEST(WatchFinder, AnActivityPathElsewhereIsFollowed) {
    QTemporaryDir volume;
    const QString activity = volume.filePath(QStringLiteral("GARMIN/Fit/Runs"));
    ASSERT_TRUE(QDir().mkpath(activity));
    ASSERT_TRUE(QDir().mkpath(volume.filePath(QStringLiteral("GARMIN/ACTIVITY"))));
    writeFile(volume.filePath(QStringLiteral("GARMIN/GarminDevice.xml")),
              deviceXml(QStringLiteral("Edge"), QStringLiteral("Garmin/FIT/runs")));
    const std::optional<FoundWatch> watch = watchOnVolume(volume.path());
    ASSERT_TRUE(watch);
    EXPECT_EQ(watch->activityFolder, activity);
}

TEST(WatchFinder, AVolumeWithoutGarminDeviceXmlIsNoWatch) {
    QTemporaryDir volume;
    ASSERT_TRUE(QDir().mkpath(volume.filePath(QStringLiteral("GARMIN/ACTIVITY"))));
    EXPECT_FALSE(watchOnVolume(volume.path()));
    EXPECT_FALSE(watchOnVolume(volume.filePath(QStringLiteral("not-there"))));
}

TEST(WatchFinder, UnreadableDeviceXmlStillFindsTheActivityFolder) {
    QTemporaryDir volume;
    ASSERT_TRUE(QDir().mkpath(volume.filePath(QStringLiteral("GARMIN/Activity"))));
    writeFile(volume.filePath(QStringLiteral("GARMIN/GarminDevice.xml")), "<Device><Mod");
    const std::optional<FoundWatch> watch = watchOnVolume(volume.path());
    ASSERT_TRUE(watch);
    EXPECT_EQ(watch->name, QFileInfo(volume.path()).fileName());
}

TEST(WatchFinder, TheThreeMtpLayoutsInEveryCase) {
    const QStringList layouts = {
        QStringLiteral("Primary/GARMIN/Activity"),
        QStringLiteral("PRIMARY/GARMIN/ACTIVITY"),
        QStringLiteral("internal storage/garmin/activity"),
        QStringLiteral("Internal Storage/GARMIN/Activity"),
        QStringLiteral("Internal Storage/Garmin/Activities"),
        QStringLiteral("INTERNAL STORAGE/gArMiN/activities"),
    };
    for (const QString& layout : layouts) {
        QTemporaryDir runtime;
        const QString host = QStringLiteral("mtp:host=091e_4f42_0000c0ffee");
        const QString activity = runtime.filePath(QStringLiteral("gvfs/") + host + u'/' + layout);
        ASSERT_TRUE(QDir().mkpath(activity));
        const std::vector<FoundWatch> watches = mtpWatches(runtime.path());
        ASSERT_EQ(watches.size(), 1u) << layout.toStdString();
        EXPECT_EQ(watches.front().activityFolder, activity);
        EXPECT_EQ(watches.front().name, QStringLiteral("091e_4f42_0000c0ffee"));
    }
}

TEST(WatchFinder, MtpWatchNamedByItsDeviceXml) {
    QTemporaryDir runtime;
    const QString garmin =
        runtime.filePath(QStringLiteral("gvfs/mtp:host=Garmin_fenix/Internal Storage/GARMIN"));
    ASSERT_TRUE(QDir().mkpath(garmin + QStringLiteral("/Activity")));
    writeFile(garmin + QStringLiteral("/GarminDevice.xml"),
              deviceXml(QStringLiteral("Forerunner 965"), QStringLiteral("GARMIN/Activity")));
    // Something else under gvfs (a phone without a Garmin folder, an SMB share) is no watch.
    ASSERT_TRUE(QDir().mkpath(runtime.filePath(QStringLiteral("gvfs/mtp:host=Phone/Card"))));
    ASSERT_TRUE(QDir().mkpath(runtime.filePath(QStringLiteral("gvfs/smb-share:server=nas"))));
    const std::vector<FoundWatch> watches = findWatches({}, runtime.path());
    ASSERT_EQ(watches.size(), 1u);
    EXPECT_EQ(watches.front().name, QStringLiteral("Forerunner 965"));
}

TEST(WatchFinder, NoRuntimeFolderMeansNoMtpWatches) {
    EXPECT_TRUE(mtpWatches(QString()).empty());
    QTemporaryDir runtime;
    EXPECT_TRUE(mtpWatches(runtime.path()).empty());
}

TEST(WatchFinder, MountedVolumesIncludeTheRoot) {
    EXPECT_TRUE(mountedVolumeRoots().contains(QStringLiteral("/")));
}

}  // namespace
}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding the watches plugged in now (issue 18), read only: nothing is ever written to a watch.
//
//   USB mass storage: a mounted volume with GARMIN/GarminDevice.xml (any letter case). The
//     activity folder is the one GarminDevice.xml names for FIT activity files (FIT_TYPE_4);
//     without that entry, GARMIN/ACTIVITY (any case).
//   MTP through gvfs: $XDG_RUNTIME_DIR/gvfs/mtp:host=…/ with Primary/GARMIN/Activity,
//     Internal Storage/GARMIN/Activity or Internal Storage/Garmin/Activities (any case);
//     GarminDevice.xml read where it is there.
//
// The watch's name comes from GarminDevice.xml (its model's description), else from the
// volume or the MTP host. Letter case is matched one path part at a time, because FAT volumes
// and MTP bridges keep whatever case the watch wrote.

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stridelog {

struct FoundWatch {
    QString root;            // the volume's mount point, or the gvfs mtp:host=… folder
    QString activityFolder;  // where its activity files are, as found on disk
    QString name;            // "Forerunner 255", or the volume's or host's name
};

// The entry of `folder` named `name` in any letter case (an exact match first); empty if none.
QString childInAnyCase(const QString& folder, const QString& name);
// `relative` ("GARMIN/Activity") resolved under `root` one part at a time in any case.
QString pathInAnyCase(const QString& root, const QString& relative);

// The watch on the volume mounted at `mountRoot`, if it is one.
std::optional<FoundWatch> watchOnVolume(const QString& mountRoot);
// The MTP watches gvfs shows under `runtimeDir` (normally $XDG_RUNTIME_DIR).
std::vector<FoundWatch> mtpWatches(const QString& runtimeDir);

// The mount points of the volumes mounted now (QStorageInfo, else /proc/self/mounts).
QStringList mountedVolumeRoots();
// Every watch of `volumeRoots` and under `runtimeDir`, volumes first.
std::vector<FoundWatch> findWatches(const QStringList& volumeRoots, const QString& runtimeDir);
// findWatches() with the volumes mounted now and $XDG_RUNTIME_DIR.
std::vector<FoundWatch> watchesPluggedIn();

}  // namespace stridelog

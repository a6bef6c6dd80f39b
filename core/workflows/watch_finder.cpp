// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch_finder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QXmlStreamReader>

namespace stridelog {

namespace {

// FIT activity files in GarminDevice.xml's list of data types.
const QString kActivityDataType = QStringLiteral("FIT_TYPE_4");

struct DeviceDescription {
    QString name;
    QString activityPath;  // relative to the volume, as the file writes it
};

// The parts of GarminDevice.xml we need: the model's description and the path of the
// activity files. A file we cannot read leaves both empty and the defaults apply.
DeviceDescription readDeviceDescription(const QString& file) {
    DeviceDescription description;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) return description;
    QXmlStreamReader reader(&input);
    QStringList open;  // element names from the root down
    QString dataTypeName;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString element = reader.name().toString();
            open.append(element);
            if (element == QLatin1String("DataType")) dataTypeName.clear();
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (!open.isEmpty()) open.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::Characters || open.isEmpty()) continue;
        const QString text = reader.text().trimmed().toString();
        if (text.isEmpty()) continue;
        const QString& element = open.last();
        const QString parent = open.size() > 1 ? open.at(open.size() - 2) : QString();
        if (element == QLatin1String("Description") && parent == QLatin1String("Model") &&
            description.name.isEmpty()) {
            description.name = text;
        } else if (element == QLatin1String("Name") && parent == QLatin1String("DataType")) {
            dataTypeName = text;
        } else if (element == QLatin1String("Path") && dataTypeName == kActivityDataType &&
                   description.activityPath.isEmpty()) {
            description.activityPath = text;
        }
    }
    return description;
}

// A folder's name, or its whole path when it has none (a root).
QString lastPart(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

}  // namespace

QString childInAnyCase(const QString& folder, const QString& name) {
    const QString exact = QDir(folder).filePath(name);
    if (QFileInfo::exists(exact)) return exact;
    const QStringList entries =
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0) return QDir(folder).filePath(entry);
    }
    return {};
}

QString pathInAnyCase(const QString& root, const QString& relative) {
    QString found = root;
    const QStringList parts =
        QDir::fromNativeSeparators(relative).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        found = childInAnyCase(found, part);
        if (found.isEmpty()) return {};
    }
    return found;
}

std::optional<FoundWatch> watchOnVolume(const QString& mountRoot) {
    const QString garmin = childInAnyCase(mountRoot, QStringLiteral("GARMIN"));
    if (garmin.isEmpty()) return std::nullopt;
    const QString deviceFile = childInAnyCase(garmin, QStringLiteral("GarminDevice.xml"));
    if (deviceFile.isEmpty()) return std::nullopt;
    const DeviceDescription description = readDeviceDescription(deviceFile);
    QString activity;
    if (!description.activityPath.isEmpty()) {
        activity = pathInAnyCase(mountRoot, description.activityPath);
    }
    if (activity.isEmpty()) activity = childInAnyCase(garmin, QStringLiteral("ACTIVITY"));
    if (activity.isEmpty() || !QFileInfo(activity).isDir()) return std::nullopt;
    return FoundWatch{mountRoot, activity,
                      description.name.isEmpty() ? lastPart(mountRoot) : description.name};
}

std::vector<FoundWatch> mtpWatches(const QString& runtimeDir) {
    static const QStringList layouts = {
        QStringLiteral("Primary/GARMIN/Activity"),
        QStringLiteral("Internal Storage/GARMIN/Activity"),
        QStringLiteral("Internal Storage/Garmin/Activities"),
    };
    std::vector<FoundWatch> watches;
    if (runtimeDir.isEmpty()) return watches;
    const QString gvfs = QDir(runtimeDir).filePath(QStringLiteral("gvfs"));
    const QStringList hosts = QDir(gvfs).entryList({QStringLiteral("mtp:host=*")},
                                                   QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& host : hosts) {
        const QString root = QDir(gvfs).filePath(host);
        for (const QString& layout : layouts) {
            const QString activity = pathInAnyCase(root, layout);
            if (activity.isEmpty() || !QFileInfo(activity).isDir()) continue;
            // GarminDevice.xml sits in the GARMIN folder above the activity folder.
            const QString deviceFile =
                childInAnyCase(QFileInfo(activity).path(), QStringLiteral("GarminDevice.xml"));
            const QString name =
                deviceFile.isEmpty() ? QString() : readDeviceDescription(deviceFile).name;
            watches.push_back(
                {root, activity,
                 name.isEmpty() ? host.mid(QStringLiteral("mtp:host=").size()) : name});
            break;
        }
    }
    return watches;
}

QStringList mountedVolumeRoots() {
    QStringList roots;
    for (const QStorageInfo& volume : QStorageInfo::mountedVolumes()) {
        if (volume.isValid() && volume.isReady()) roots.append(volume.rootPath());
    }
    if (!roots.isEmpty()) return roots;
    // QStorageInfo may see nothing in a sandbox; the kernel's list is there on Linux.
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly)) return roots;
    while (!mounts.atEnd()) {
        const QList<QByteArray> fields = mounts.readLine().split(' ');
        if (fields.size() < 2) continue;
        // Spaces and tabs in mount points are written as octal escapes (\040).
        QByteArray point = fields.at(1);
        point.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\");
        roots.append(QString::fromLocal8Bit(point));
    }
    return roots;
}

std::vector<FoundWatch> findWatches(const QStringList& volumeRoots, const QString& runtimeDir) {
    std::vector<FoundWatch> watches;
    for (const QString& root : volumeRoots) {
        if (std::optional<FoundWatch> watch = watchOnVolume(root)) watches.push_back(*watch);
    }
    for (FoundWatch& watch : mtpWatches(runtimeDir)) watches.push_back(std::move(watch));
    return watches;
}

std::vector<FoundWatch> watchesPluggedIn() {
    return findWatches(mountedVolumeRoots(), qEnvironmentVariable("XDG_RUNTIME_DIR"));
}

}  // namespace stridelog

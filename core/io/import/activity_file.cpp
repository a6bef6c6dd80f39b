// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity_file.h"

#include "csv_rows.h"
#include "fit_reader.h"
#include "garmin_csv_reader.h"
#include "gpx_reader.h"
#include "gzip_device.h"
#include "sha256.h"
#include "tcx_reader.h"
#include "xml_text_limit.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace stridelog {
namespace {

constexpr qint64 kSniffBytes = 4096;
// A .gz may unpack to at most this many times its packed size (activity files pack 5 to 30
// times; a "gzip bomb" a thousand times), and always to at least kMinUnpackedLimit.
constexpr qint64 kMaxPackRatio = 200;
constexpr qint64 kMinUnpackedLimit = 64 * 1024 * 1024;

ActivityFormat csvFormat(const QByteArray& head) {
    QBuffer buffer;
    buffer.setData(head);
    buffer.open(QIODevice::ReadOnly);
    CsvRows rows(buffer);
    const auto header = rows.next();
    if (!header) return ActivityFormat::Unknown;
    if (isStravaActivitiesHeader(*header)) return ActivityFormat::StravaCsv;
    if (isGarminActivitiesHeader(*header)) return ActivityFormat::GarminCsv;
    if (header->contains(QStringLiteral("Shoe Name")) ||
        header->contains(QStringLiteral("Shoe Model")))
        return ActivityFormat::StravaShoesCsv;
    return ActivityFormat::Unknown;
}

ActivityFormat sniff(const QByteArray& head) {
    if (head.size() >= 12 && head.mid(8, 4) == QByteArrayLiteral(".FIT"))
        return ActivityFormat::Fit;
    if (head.contains("<TrainingCenterDatabase")) return ActivityFormat::Tcx;
    if (head.contains("<gpx")) return ActivityFormat::Gpx;
    return csvFormat(head);
}

QString withoutGz(const QString& fileName) {
    if (fileName.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive)) return fileName.chopped(3);
    return fileName;
}

Expected<QString> sha256Of(QFile& file) {
    auto hash = sha256Hex(file);
    if (hash && !file.seek(0))
        return fail(QStringLiteral("cannot read it: %1").arg(file.errorString()));
    return hash;
}

// Strava's export keeps the pairs in shoes.csv next to activities.csv.
std::vector<CsvShoe> siblingShoes(const QString& path) {
    QFile shoes(QFileInfo(path).dir().filePath(QStringLiteral("shoes.csv")));
    if (!shoes.open(QIODevice::ReadOnly)) return {};
    auto read = readStravaShoesCsv(shoes);
    return read ? std::move(read).value() : std::vector<CsvShoe>{};
}

}  // namespace

ActivityFormat detectFormat(const QString& fileName, const QByteArray& head) {
    const QString suffix = QFileInfo(withoutGz(fileName)).suffix().toLower();
    if (suffix == QLatin1String("gpx")) return ActivityFormat::Gpx;
    if (suffix == QLatin1String("tcx")) return ActivityFormat::Tcx;
    if (suffix == QLatin1String("fit")) return ActivityFormat::Fit;
    if (suffix == QLatin1String("csv")) return csvFormat(head);
    return sniff(head);
}

QString formatName(ActivityFormat format) {
    switch (format) {
        case ActivityFormat::Gpx:
            return QStringLiteral("GPX");
        case ActivityFormat::Tcx:
            return QStringLiteral("TCX");
        case ActivityFormat::Fit:
            return QStringLiteral("FIT");
        case ActivityFormat::StravaCsv:
            return QStringLiteral("Strava activities.csv");
        case ActivityFormat::StravaShoesCsv:
            return QStringLiteral("Strava shoes.csv");
        case ActivityFormat::GarminCsv:
            return QStringLiteral("Garmin Connect CSV");
        case ActivityFormat::Unknown:
            break;
    }
    return QStringLiteral("unknown");
}

Expected<ParsedActivities> readActivities(QIODevice& input, ActivityFormat format,
                                          const ReadOptions& options) {
    switch (format) {
        case ActivityFormat::Gpx:
            return readGpx(input, options);
        case ActivityFormat::Tcx:
            return readTcx(input, options);
        case ActivityFormat::Fit:
            return readFit(input, options);
        case ActivityFormat::StravaCsv:
            return readStravaActivitiesCsv(input, options);
        case ActivityFormat::GarminCsv:
            return readGarminCsv(input, options);
        case ActivityFormat::StravaShoesCsv:
            return ParsedActivities{};
        case ActivityFormat::Unknown:
            break;
    }
    return fail(
        QStringLiteral("not a GPX, TCX, FIT, Strava activities.csv or Garmin Connect CSV "
                       "file"));
}

bool hasActivityFileName(const QString& fileName) {
    const QString suffix = QFileInfo(withoutGz(fileName)).suffix().toLower();
    return suffix == QLatin1String("gpx") || suffix == QLatin1String("tcx") ||
           suffix == QLatin1String("fit") || suffix == QLatin1String("csv");
}

Expected<ActivityFile> readActivityFile(const QString& path, const ReadOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open it: %1").arg(file.errorString()));
    if (file.size() == 0) return fail(QStringLiteral("the file is empty"));
    ActivityFile result;
    auto hash = sha256Of(file);
    if (!hash) return fail(hash.error());
    result.sha256 = *hash;

    GzipDevice gzip(file);
    QIODevice* input = &file;
    if (GzipDevice::looksGzipped(file.peek(2))) {
        if (!gzip.open(QIODevice::ReadOnly)) return fail(QStringLiteral("cannot unpack it"));
        const qint64 limit = std::max(file.size() * kMaxPackRatio, kMinUnpackedLimit);
        gzip.setUnpackedLimit(limit, QStringLiteral("it unpacks to more than %1 MB (%2 times its "
                                                    "packed size), more than an activity file "
                                                    "holds; it was not read")
                                         .arg(limit / (1024 * 1024))
                                         .arg(kMaxPackRatio));
        input = &gzip;
    }
    const QByteArray head = input->peek(kSniffBytes);
    if (head.isEmpty() && input == &gzip)
        return fail(QStringLiteral("cannot unpack it: %1").arg(gzip.errorString()));
    result.format = detectFormat(QFileInfo(path).fileName(), head);
    if (result.format == ActivityFormat::Unknown) return result;  // the importer says why
    // XML keeps a whole text node in memory: bound it (xml_text_limit.h).
    XmlTextLimitDevice bounded(*input);
    const bool isXml = result.format == ActivityFormat::Gpx || result.format == ActivityFormat::Tcx;
    if (isXml) bounded.open(QIODevice::ReadOnly);
    auto activities = readActivities(isXml ? bounded : *input, result.format, options);
    if (!activities) {
        // A damaged .gz or a refused text shows up to the reader as a short file; say what
        // really happened.
        if (input == &gzip && gzip.failed())
            return fail(QStringLiteral("%1 (%2)").arg(activities.error(), gzip.errorString()));
        if (bounded.failed()) return fail(bounded.errorString());
        return fail(activities.error());
    }
    result.activities = std::move(activities).value();
    if (result.format == ActivityFormat::StravaCsv) result.shoes = siblingShoes(path);
    return result;
}

}  // namespace stridelog

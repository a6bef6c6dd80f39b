// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity_file.h"

#include "csv_activities.h"
#include "csv_rows.h"
#include "fit_reader.h"
#include "garmin_csv_reader.h"
#include "gpx_fast_reader.h"
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
#include <limits>

namespace stridelog {
namespace {

constexpr qint64 kSniffBytes = 4096;
// A .gz may unpack to at most this many times its packed size (activity files pack 5 to 30
// times; a "gzip bomb" a thousand times), however small it is: a floor of megabytes let a
// 35 KB file of nested elements unpack to hundreds.
constexpr qint64 kMaxPackRatio = 200;

// "12 MB", "640 KB": the size a refused .gz would have unpacked to.
QString sizeText(qint64 bytes) {
    if (bytes >= 1024 * 1024) return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    return QStringLiteral("%1 KB").arg(std::max<qint64>(1, bytes / 1024));
}

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
    ActivityFileReader reader(path, options);
    return reader.next(std::numeric_limits<std::size_t>::max());
}

// The devices between the file and a reader, kept open from chunk to chunk.
struct ActivityFileReader::Devices {
    explicit Devices(QFile& file) : gzip(file), input(&file) {}
    GzipDevice gzip;
    QIODevice* input;
    std::unique_ptr<XmlTextLimitDevice> bounded;  // XML keeps a whole text node in memory
    std::unique_ptr<CsvActivityReader> csv;
};

ActivityFileReader::ActivityFileReader(const QString& path, const ReadOptions& options)
    : path_(path), options_(options), file_(path) {}

ActivityFileReader::~ActivityFileReader() = default;

Expected<ActivityFile> ActivityFileReader::open() {
    if (!file_.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open it: %1").arg(file_.errorString()));
    if (file_.size() == 0) return fail(QStringLiteral("the file is empty"));
    auto hash = sha256Of(file_);
    if (!hash) return fail(hash.error());
    header_.sha256 = *hash;

    devices_ = std::make_unique<Devices>(file_);
    GzipDevice& gzip = devices_->gzip;
    if (GzipDevice::looksGzipped(file_.peek(2))) {
        if (!gzip.open(QIODevice::ReadOnly)) return fail(QStringLiteral("cannot unpack it"));
        const qint64 limit = file_.size() * kMaxPackRatio;
        gzip.setUnpackedLimit(limit, QStringLiteral("it unpacks to more than %1 (%2 times its "
                                                    "packed size), more than an activity file "
                                                    "holds; it was not read")
                                         .arg(sizeText(limit))
                                         .arg(kMaxPackRatio));
        devices_->input = &gzip;
    }
    const QByteArray head = devices_->input->peek(kSniffBytes);
    if (head.isEmpty() && devices_->input == &gzip)
        return fail(QStringLiteral("cannot unpack it: %1").arg(gzip.errorString()));
    header_.format = detectFormat(QFileInfo(path_).fileName(), head);
    switch (header_.format) {
        case ActivityFormat::Unknown:  // the importer says why
            atEnd_ = true;
            break;
        case ActivityFormat::Gpx:
        case ActivityFormat::Tcx:
            devices_->bounded = std::make_unique<XmlTextLimitDevice>(*devices_->input);
            devices_->bounded->open(QIODevice::ReadOnly);
            devices_->input = devices_->bounded.get();
            break;
        case ActivityFormat::StravaCsv:
            devices_->csv = std::make_unique<CsvActivityReader>(*devices_->input, options_,
                                                                stravaActivitiesFormat());
            header_.shoes = siblingShoes(path_);
            break;
        case ActivityFormat::GarminCsv:
            devices_->csv = std::make_unique<CsvActivityReader>(*devices_->input, options_,
                                                                garminActivitiesFormat());
            break;
        default:
            break;
    }
    return header_;
}

Expected<ParsedActivities> ActivityFileReader::read(std::size_t max) {
    if (devices_->csv) {
        auto rows = devices_->csv->next(max);
        atEnd_ = devices_->csv->atEnd();
        // A damaged or truncated .csv.gz ends its rows early; say so instead of a short file.
        if (rows && atEnd_ && devices_->input == &devices_->gzip && devices_->gzip.failed())
            return fail(QStringLiteral("cannot unpack it: %1").arg(devices_->gzip.errorString()));
        return rows;
    }
    atEnd_ = true;
    if (header_.format == ActivityFormat::Gpx) {
        if (auto fast = readGpxFast(*devices_->input, options_)) return std::move(*fast);
        if (!rewind())
            return fail(QStringLiteral("cannot read it again: %1").arg(file_.errorString()));
    }
    return readActivities(*devices_->input, header_.format, options_);
}

// The GPX fast path gave up (gpx_fast_reader.h): the file is read again from its start,
// through new devices, by the full reader, which says what is wrong with it if anything is.
bool ActivityFileReader::rewind() {
    if (!file_.seek(0)) return false;
    devices_->bounded.reset();
    devices_->input = &file_;
    if (devices_->gzip.isOpen()) {
        devices_->gzip.close();
        if (!devices_->gzip.open(QIODevice::ReadOnly)) return false;
        devices_->input = &devices_->gzip;
    }
    devices_->bounded = std::make_unique<XmlTextLimitDevice>(*devices_->input);
    devices_->bounded->open(QIODevice::ReadOnly);
    devices_->input = devices_->bounded.get();
    return true;
}

// A damaged .gz or a refused text shows up to the reader as a short file; say what really
// happened.
QString ActivityFileReader::readError(const QString& readerError) const {
    if (devices_->input != &file_ && devices_->gzip.failed())
        return QStringLiteral("%1 (%2)").arg(readerError, devices_->gzip.errorString());
    if (devices_->bounded && devices_->bounded->failed()) return devices_->bounded->errorString();
    return readerError;
}

Expected<ActivityFile> ActivityFileReader::next(std::size_t max) {
    const bool first = !opened_;
    if (first) {
        opened_ = true;
        auto opened = open();
        if (!opened || atEnd_) {
            atEnd_ = true;
            return opened;
        }
    }
    ActivityFile chunk = header_;
    if (atEnd_) return chunk;
    // Two rows at least the first time, so a file of one activity is known as one.
    auto activities = read(first ? std::max<std::size_t>(max, 2) : max);
    if (!activities) {
        atEnd_ = true;
        return fail(readError(activities.error()));
    }
    chunk.activities = std::move(activities).value();
    chunk.offset = offset_;
    offset_ += chunk.activities.size();
    if (first) header_.several = chunk.activities.size() > 1;
    chunk.several = header_.several;
    return chunk;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One file on disk to the activities in it: which format it is, unpacking `.gz`, and which
// reader to call. The importer uses it per file; the fuzz targets and tests call the readers
// through readActivities() on any QIODevice.
//
// The format comes from the name (without `.gz`): .gpx, .tcx, .fit, .csv; a CSV's header row
// tells Strava's activities.csv, its shoes.csv and Garmin Connect's export apart. A name with
// another ending is recognised by its first bytes (".FIT" signature, `<gpx`,
// `<TrainingCenterDatabase`). A gzip file is recognised by its magic bytes, whatever its name.

#include "parsed_activity.h"
#include "strava_csv_reader.h"

#include "core/model/expected.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <cstddef>
#include <memory>
#include <vector>

namespace stridelog {

enum class ActivityFormat { Unknown, Gpx, Tcx, Fit, StravaCsv, StravaShoesCsv, GarminCsv };

// The format of a file called `fileName` (".gz" already removed) whose content starts `head`.
ActivityFormat detectFormat(const QString& fileName, const QByteArray& head);
QString formatName(ActivityFormat format);

// Runs the reader for `format` over `input` (already unpacked).
Expected<ParsedActivities> readActivities(QIODevice& input, ActivityFormat format,
                                          const ReadOptions& options = {});

struct ActivityFile {
    ActivityFormat format = ActivityFormat::Unknown;
    QString sha256;  // of the file's bytes as stored, hex
    ParsedActivities activities;
    std::vector<CsvShoe> shoes;  // Strava: the shoes.csv next to activities.csv, if any
    // Read in chunks (ActivityFileReader): where activities.front() is in the file, and
    // whether the file holds more than one activity, whatever this chunk holds.
    std::size_t offset = 0;
    bool several = false;
};

// Reads the file at `path`; the error says what is wrong without repeating the path. A file
// of no format we know comes back with format Unknown and no activities.
Expected<ActivityFile> readActivityFile(const QString& path, const ReadOptions& options = {});

// The same, a chunk at a time: an activity CSV of 100,000 rows is read `max` rows per call,
// so it is never in memory whole. Any other format comes whole in the first chunk (a GPX or
// FIT file keeps no points, only its few activities). Each chunk carries the format, hash and
// shoes; a chunk with no activities after the first means the file has been read.
class ActivityFileReader {
public:
    explicit ActivityFileReader(const QString& path, const ReadOptions& options = {});
    ~ActivityFileReader();
    ActivityFileReader(const ActivityFileReader&) = delete;
    ActivityFileReader& operator=(const ActivityFileReader&) = delete;

    Expected<ActivityFile> next(std::size_t max);
    bool atEnd() const { return atEnd_; }

private:
    Expected<ActivityFile> open();
    Expected<ParsedActivities> read(std::size_t max);
    bool rewind();
    QString readError(const QString& readerError) const;

    struct Devices;
    QString path_;
    ReadOptions options_;
    QFile file_;
    std::unique_ptr<Devices> devices_;
    ActivityFile header_;  // format, hash and shoes, repeated in every chunk
    bool opened_ = false;
    bool atEnd_ = false;
    std::size_t offset_ = 0;
};

// True for names the importer picks up when it walks a folder.
bool hasActivityFileName(const QString& fileName);

}  // namespace stridelog

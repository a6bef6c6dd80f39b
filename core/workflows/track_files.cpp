// SPDX-License-Identifier: GPL-3.0-or-later
#include "track_files.h"

#include "core/io/export/export_file_name.h"
#include "core/io/export/gpx_writer.h"
#include "core/io/export/tcx_writer.h"
#include "core/store/journal_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

namespace stridelog {
namespace {

QHash<std::int64_t, QString> shoeNames(const Journal& journal) {
    QHash<std::int64_t, QString> names;
    if (const auto shoes = journal.shoes()) {
        for (const Shoe& shoe : *shoes) names.insert(shoe.id.value(), shoe.name);
    }
    return names;
}

StoreResult<std::vector<Run>> runsToWrite(const Journal& journal,
                                          const std::vector<RunId>& chosen) {
    if (chosen.empty()) return journal.runs();
    std::vector<Run> runs;
    runs.reserve(chosen.size());
    for (const RunId id : chosen) {
        auto run = journal.run(id);
        if (!run) return Unexpected{run.error()};
        runs.push_back(std::move(run).value());
    }
    return runs;
}

// Written in full under a temporary name in the folder, then given its name only if that is
// free: a reader never sees half a file, and no file of the runner's is ever replaced.
TrackFileResult writeOne(const Journal& journal, const Run& run, const QString& shoeName,
                         const QString& path, TrackFormat format) {
    TrackFileResult result{run.id, path, TrackFileResult::Outcome::Written, {}, {}};
    auto fail = [&result](QString error) {
        result.outcome = TrackFileResult::Outcome::Failed;
        result.error = std::move(error);
        return result;
    };
    if (QFileInfo::exists(path)) {
        result.outcome = TrackFileResult::Outcome::AlreadyThere;
        return result;
    }
    const auto track = journal.track(run.id);
    if (!track) return fail(track.error().message);
    QTemporaryFile temporary(QFileInfo(path).absolutePath() + QStringLiteral("/.stridelog-XXXXXX"));
    temporary.setAutoRemove(true);
    if (!temporary.open()) return fail(temporary.errorString());
    // Health data: readable by the runner alone, like every other export.
    temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const RunToExport input{run, shoeName, *track ? &**track : nullptr};
    const auto written = writeRunFile(temporary, format, input);
    if (!written) return fail(written.error());
    if (!temporary.flush()) return fail(temporary.errorString());
    result.exported = *written;
    switch (placeWithoutReplacing(temporary.fileName(), path)) {
        case PlaceResult::Placed:
            temporary.setAutoRemove(false);  // its name is gone; the file lives on as `path`
            return result;
        case PlaceResult::Exists:
            result.outcome = TrackFileResult::Outcome::AlreadyThere;
            return result;
        case PlaceResult::Failed:
            break;
    }
    return fail(QStringLiteral("cannot name the file %1").arg(path));
}

}  // namespace

QString trackFormatExtension(TrackFormat format) {
    return format == TrackFormat::Gpx ? QStringLiteral("gpx") : QStringLiteral("tcx");
}

Expected<ExportedTrack> writeRunFile(QIODevice& output, TrackFormat format,
                                     const RunToExport& run) {
    return format == TrackFormat::Gpx ? writeGpx(output, run) : writeTcx(output, run);
}

StoreResult<ExportedTrack> writeJournalRun(const Journal& journal, RunId id, TrackFormat format,
                                           QIODevice& output) {
    const auto run = journal.run(id);
    if (!run) return Unexpected{run.error()};
    const auto track = journal.track(id);
    if (!track) return Unexpected{track.error()};
    QString shoeName;
    if (run->shoe) {
        if (const auto shoe = journal.shoe(*run->shoe)) shoeName = shoe->name;
    }
    const auto written =
        writeRunFile(output, format, {*run, shoeName, *track ? &**track : nullptr});
    if (!written) return storeFailure(StoreErrorKind::InvalidInput, written.error());
    return *written;
}

StoreResult<TrackFolderExport> exportRunsToFolder(const Journal& journal, const QString& folder,
                                                  const TrackFolderOptions& options) {
    if (isJournalOrSideFile(journal.path(), folder)) {
        return storeFailure(StoreErrorKind::InvalidInput,
                            QStringLiteral("%1 is the journal or one of its own files; choose "
                                           "another folder (nothing was written)")
                                .arg(folder));
    }
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        return storeFailure(
            StoreErrorKind::InvalidInput,
            QStringLiteral("%1 is a file, not a folder (nothing was written)").arg(folder));
    }
    if (!QDir().mkpath(folder)) {
        return storeFailure(
            StoreErrorKind::InvalidInput,
            QStringLiteral("cannot create the folder %1 (nothing was written)").arg(folder));
    }
    const auto runs = runsToWrite(journal, options.runs);
    if (!runs) return Unexpected{runs.error()};
    const auto settings = journal.settings();
    if (!settings) return Unexpected{settings.error()};
    const QHash<std::int64_t, QString> shoes = shoeNames(journal);

    ExportFileNames names(settings->units, trackFormatExtension(options.format));
    const QDir dir(folder);
    TrackFolderExport result;
    result.files.reserve(runs->size());
    for (const Run& run : *runs) {
        if (options.cancel != nullptr && options.cancel->load()) {
            result.cancelled = true;
            break;
        }
        const QString path = dir.filePath(names.next(run));
        const QString shoe = run.shoe ? shoes.value(run.shoe->value()) : QString();
        if (isJournalOrSideFile(journal.path(), path)) {
            result.files.push_back(
                {run.id,
                 path,
                 TrackFileResult::Outcome::Failed,
                 {},
                 QStringLiteral("%1 is one of the journal's own files").arg(path)});
        } else {
            result.files.push_back(writeOne(journal, run, shoe, path, options.format));
        }
        if (options.progress) options.progress(result.files.size(), runs->size());
    }
    return result;
}

}  // namespace stridelog

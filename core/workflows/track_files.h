// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs out of the journal as GPX or TCX files (core/io/export), for the CLI and the app.
//
// A folder export reads one run's track at a time from the journal and writes it straight to
// its file, so memory stays flat however many runs there are. It never replaces a file: each
// is written under a temporary name and linked to its own (journal_files.h), and a name that
// is already taken leaves that run out, said so in its result. Nothing is written onto the
// journal or its side files.

#include "core/io/export/track_export.h"
#include "core/model/expected.h"
#include "core/store/journal.h"

#include <QIODevice>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace stridelog {

enum class TrackFormat { Gpx, Tcx };

QString trackFormatExtension(TrackFormat format);  // "gpx" or "tcx"

// One run's file, written by the format's writer.
Expected<ExportedTrack> writeRunFile(QIODevice& output, TrackFormat format, const RunToExport& run);

// The run with its pair's name and track read from the journal, written to `output`.
StoreResult<ExportedTrack> writeJournalRun(const Journal& journal, RunId id, TrackFormat format,
                                           QIODevice& output);

struct TrackFileResult {
    enum class Outcome { Written, AlreadyThere, Failed };
    RunId run;
    QString file;  // the path written, or the one that was taken
    Outcome outcome = Outcome::Written;
    ExportedTrack exported;
    QString error;  // for Failed
};

struct TrackFolderOptions {
    TrackFormat format = TrackFormat::Gpx;
    std::vector<RunId> runs;  // empty: every run, oldest first
    // Called after each run with the count done and the total; never from another thread.
    std::function<void(std::size_t done, std::size_t total)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

struct TrackFolderExport {
    std::vector<TrackFileResult> files;
    bool cancelled = false;
};

// Creates the folder when it is missing. Fails, with nothing written, when the folder cannot
// be made or is the journal's own (its backups); a single run's file that fails is reported
// in its result and the export goes on.
StoreResult<TrackFolderExport> exportRunsToFolder(const Journal& journal, const QString& folder,
                                                  const TrackFolderOptions& options);

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Importing watch and phone files into the journal: GPX, TCX, FIT, Strava's activities.csv
// (with its shoes.csv) and Garmin Connect's CSV, each also as `.gz`.
//
//   paths (files, folders) ──► one file at a time: readActivityFile() ──► ParsedActivity
//        ──► Run (rounded, shoe, source key) ──► Journal (one transaction, DuplicateIndex inside)
//        ──► ImportResult per activity (per file when it holds one; a long file names its
//            first 100 and counts the rest)
//
// A file is read a chunk of activities at a time inside its transaction, so a CSV export of
// 100,000 rows takes no more memory than one of 1,000.
//
// Folders are walked recursively for .gpx .tcx .fit .csv (and .gz of them), in name order.
// Each file is its own transaction: a malformed file, a run outside the journal's limits
// (validateRun) or a cancel leaves nothing of that file behind, and the other files still
// import. A run already in the journal (same source key, or a start within 60 s and a distance
// within 1%) is a `duplicate`; a non-running activity is `skipped` with the sport named.
//
// The CLI's `import FILE... [--shoe ID]`:
//
//     ImportOptions options;
//     options.shoe = shoeIdFromArguments;                // std::optional<ShoeId>
//     const ImportReport report = importFiles(journal, files, options);
//     if (report.failure) return exitCodeFor(*report.failure);  // journal unusable, bad --shoe
//     for (const ImportResult& r : report.results)       // CLI.md's import JSON
//         print({"file": r.file, "status": toString(r.status),
//                "run_id": r.runId ? r.runId->value() : null, "message": r.message});
//
// The app runs it off the GUI thread, on a Journal opened in that thread (a Qt SQL connection
// belongs to the thread that opened it), with a progress dialog and Cancel:
//
//     std::atomic<bool> cancel{false};                   // Cancel button: cancel = true
//     options.cancel = &cancel;
//     options.progress = [&](int done, int total) { /* queued signal to the dialog */ };
//
// The cancel flag is read between files and between chunks of points inside a file; files not
// finished are reported `skipped` with "import cancelled" and `report.cancelled` is set.

#include "core/io/import/folder_walk.h"

#include "core/model/enum_names.h"
#include "core/model/ids.h"
#include "core/store/store_error.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace stridelog {

class Journal;

enum class ImportStatus { Imported, Duplicate, Skipped, Error };

template <>
struct EnumNames<ImportStatus> {
    static constexpr std::array<std::pair<ImportStatus, const char*>, 4> table{{
        {ImportStatus::Imported, "imported"},
        {ImportStatus::Duplicate, "duplicate"},
        {ImportStatus::Skipped, "skipped"},
        {ImportStatus::Error, "error"},
    }};
};

struct ImportResult {
    QString file;  // the path as found (given, or inside a given folder)
    ImportStatus status = ImportStatus::Error;
    std::optional<RunId> runId;  // imported: the new run; duplicate: the run it repeats
    QString message;             // one sentence naming the file and what happened
    // How many of the file's activities this line stands for: a long file names its first
    // ones and then counts the rest, one line per status ("…: 99900 more runs imported").
    std::int64_t activities = 1;
};

struct ImportOptions {
    std::optional<ShoeId> shoe;  // the pair for every imported run (overrides a CSV's gear)
    // Keep each run's track and laps (core/model/track.h); off only to measure what they cost.
    bool keepTracks = true;
    // After each file: files done, files in all. Called on the importing thread.
    std::function<void(int done, int total)> progress;
    const std::atomic<bool>* cancel = nullptr;
    // "Not after tomorrow" is judged by the journal's clock (OpenOptions::clock).
};

struct ImportReport {
    std::vector<ImportResult> results;
    bool cancelled = false;
    // Set when the journal itself failed (locked, unwritable, corrupt) or --shoe names no pair;
    // the import stopped there.
    std::optional<StoreError> failure;

    // The activities with this status (summing what counted lines stand for).
    int count(ImportStatus status) const;
};

ImportReport importFiles(Journal& journal, const QStringList& paths,
                         const ImportOptions& options = {});

// The files an import of `paths` reads, folders expanded; paths that do not exist come back in
// `missing`.
// A file in a folder whose name is not UTF-8 is read through a path held open here
// (folder_walk.h); `shown` names it as a terminal shows it.
struct CollectedFiles {
    QStringList files;
    QStringList missing;
    QHash<QString, QString> shown;    // readable path -> name in messages, where they differ
    std::shared_ptr<HeldFiles> held;  // keeps those files open while this value lives
};
CollectedFiles collectActivityFiles(const QStringList& paths);

}  // namespace stridelog

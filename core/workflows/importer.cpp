// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "core/io/import/activity_file.h"
#include "core/io/import/duplicate_index.h"
#include "core/io/import/import_shoes.h"
#include "core/io/import/run_from_activity.h"

#include "core/model/track_codec.h"
#include "core/model/validation.h"
#include "core/store/journal.h"

#include <QFileInfo>

#include <array>

namespace stridelog {
namespace {

// A file's activities are read and written this many at a time, so memory stays flat however
// long a CSV export is; the file is still one transaction (Journal::importStream).
constexpr std::size_t kChunkActivities = 1000;
// A file names this many of its activities of each status in the report; the rest are counted,
// one line per status, so the report of a 100,000-row CSV stays short too, and its first
// errors are named however many runs come before them.
constexpr std::size_t kNamedResults = 100;

std::size_t slot(ImportStatus status) {
    return static_cast<std::size_t>(status);
}

// A run waiting for its file's transaction, and the result it will fill in.
struct PendingRun {
    Run run;
    Track track;                        // stored with the run, in its transaction
    std::optional<std::size_t> result;  // its line in the report, when the file names it
    bool onNewShoe = false;
    QString label;  // the file, and the activity when the file holds several
};

// What one file has reported so far: its first results by name, the others counted.
struct FileResults {
    QString path;
    std::size_t first = 0;               // its first line in the report
    std::array<std::size_t, 4> named{};  // by status
    std::array<std::int64_t, 4> more{};  // by status, the results not named
    // The runs in the open transaction: named ones by line, and how many of the counted ones
    // (of which `moreRepeated` turned out to repeat a journal run).
    std::vector<std::size_t> written;
    std::int64_t moreWritten = 0;
    std::int64_t moreRepeated = 0;
    std::optional<RunId> firstNewId;  // the first run this file added
};

class Importer {
public:
    Importer(Journal& journal, const ImportOptions& options)
        : journal_(journal), options_(options), shoes_({}) {
        readOptions_.cancel = options.cancel;
    }

    ImportReport run(const QStringList& paths) {
        const CollectedFiles collected = collectActivityFiles(paths);
        for (const QString& missing : collected.missing)
            add(missing, ImportStatus::Error, {},
                QStringLiteral("%1: no such file or folder").arg(missing));
        if (!prepare()) return std::move(report_);
        const int total = static_cast<int>(collected.files.size());
        if (options_.progress) options_.progress(0, total);
        for (int done = 0; done < total; ++done) {
            const QString& readable = collected.files[done];
            const QString path = collected.shown.value(readable, readable);
            if (report_.cancelled || readOptions_.cancelled()) {
                report_.cancelled = true;
                add(path, ImportStatus::Skipped, {},
                    QStringLiteral("%1: import cancelled").arg(path));
                continue;
            }
            if (!report_.failure) importFile(readable, path);
            if (options_.progress) options_.progress(done + 1, total);
        }
        return std::move(report_);
    }

private:
    // The journal's runs are not read here: whether a run is already there is decided inside
    // each file's transaction, which also sees the runs another program added meanwhile.
    bool prepare() {
        if (options_.shoe) {
            if (auto shoe = journal_.shoe(*options_.shoe); !shoe) {
                report_.failure = shoe.error();
                return false;
            }
        }
        auto shoes = journal_.shoes();
        if (!shoes) {
            report_.failure = shoes.error();
            return false;
        }
        shoes_ = ImportShoes(*shoes);
        return true;
    }

    void add(const QString& file, ImportStatus status, std::optional<RunId> id, QString message,
             std::int64_t activities = 1) {
        report_.results.push_back({file, status, id, std::move(message), activities});
    }

    // One activity's result: named while the file has named fewer than kNamedResults of its
    // status.
    std::optional<std::size_t> report(FileResults& file, ImportStatus status,
                                      std::optional<RunId> id, QString message) {
        if (file.named[slot(status)] == kNamedResults) {
            ++file.more[slot(status)];
            return std::nullopt;
        }
        ++file.named[slot(status)];
        add(file.path, status, id, std::move(message));
        return report_.results.size() - 1;
    }

    // One line per status for the activities not named.
    void summarise(const FileResults& file) {
        static const std::array<const char*, 4> kMore = {
            "%1: %2 more runs imported", "%1: %2 more runs already in the journal",
            "%1: %2 more activities skipped", "%1: %2 more activities could not be imported"};
        for (std::size_t i = 0; i < kMore.size(); ++i) {
            if (file.more[i] == 0) continue;
            add(file.path, static_cast<ImportStatus>(i), {},
                QString::fromLatin1(kMore[i]).arg(file.path).arg(file.more[i]), file.more[i]);
        }
    }

    // The journal's own clock, so a run the importer lets through is one the journal accepts.
    QDate today() const { return journal_.clock().now().localDate(); }

    // A file that could not be read (or whose read was cancelled) is one line, whatever of it
    // had been reported before.
    void readFailed(FileResults& file, const QString& error) {
        report_.results.resize(file.first);
        file.more = {};
        if (error == readCancelledMessage()) {
            report_.cancelled = true;
            return add(file.path, ImportStatus::Skipped, {},
                       QStringLiteral("%1: import cancelled").arg(file.path));
        }
        add(file.path, ImportStatus::Error, {}, QStringLiteral("%1: %2").arg(file.path, error));
    }

    // `readable` opens the file; `path` names it (they differ for a name that is not UTF-8).
    void importFile(const QString& readable, const QString& path) {
        FileResults results;
        results.path = path;
        results.first = report_.results.size();
        ActivityFileReader reader(readable, readOptions_);
        auto chunk = reader.next(kChunkActivities);
        if (!chunk) return readFailed(results, chunk.error());
        if (chunk->format == ActivityFormat::Unknown) return unknownFormat(path);
        if (chunk->format == ActivityFormat::StravaShoesCsv) {
            return add(path, ImportStatus::Skipped, {},
                       QStringLiteral("%1: the pairs of a shoes.csv are added with the "
                                      "activities.csv next to it")
                           .arg(path));
        }
        if (chunk->activities.empty()) {
            return add(path, ImportStatus::Skipped, {},
                       QStringLiteral("%1: no activity in the file").arg(path));
        }
        shoes_.beginFile(chunk->shoes);
        std::vector<PendingRun> pending = collectRuns(results, *chunk);
        chunk.value().activities = {};  // now runs: no need to hold both while writing
        if (!pending.empty() || !shoes_.newShoes().empty() || !reader.atEnd())
            write(results, reader, pending);
        summarise(results);
    }

    // A CSV may well be something else (Strava's export has a dozen); any other file should
    // have been an activity.
    void unknownFormat(const QString& path) {
        if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            return add(path, ImportStatus::Skipped, {},
                       QStringLiteral("%1: not an activity list (neither Strava's "
                                      "activities.csv nor Garmin Connect's CSV export)")
                           .arg(path));
        }
        add(path, ImportStatus::Error, {},
            QStringLiteral("%1: not a GPX, TCX, FIT or activity CSV file").arg(path));
    }

    std::vector<PendingRun> collectRuns(FileResults& results, const ActivityFile& file) {
        const QString& path = results.path;
        std::vector<PendingRun> pending;
        for (std::size_t i = 0; i < file.activities.size(); ++i) {
            const ParsedActivity& activity = file.activities[i];
            const QString label =
                file.several ? QStringLiteral("%1, %2").arg(path, activityLabel(file, i)) : path;
            if (!activity.isRun) {
                report(results, ImportStatus::Skipped, {},
                       QStringLiteral("%1: %2, not a run").arg(label, activity.sport));
                continue;
            }
            if (!activity.start) {
                report(results, ImportStatus::Error, {},
                       QStringLiteral("%1: no start time").arg(label));
                continue;
            }
            Run run = runFromActivity(activity, sourceKeyFor(file, i));
            bool onNewShoe = false;
            if (options_.shoe) {
                run.shoe = options_.shoe;
            } else if (auto choice = shoes_.choose(activity.gear)) {
                run.shoe = choice->id;
                onNewShoe = choice->isNew;
            }
            if (auto error = validateRun(run, today())) {
                report(results, ImportStatus::Error, {},
                       QStringLiteral("%1: %2").arg(label, error->message));
                continue;
            }
            const auto line = report(results, ImportStatus::Imported, {},
                                     QStringLiteral("%1: %2").arg(label, describeRun(run)));
            if (line) {
                results.written.push_back(*line);
            } else {
                ++results.moreWritten;
            }
            Track track = options_.keepTracks ? activity.track : Track{};
            pending.push_back({std::move(run), std::move(track), line, onNewShoe, label});
        }
        return pending;
    }

    // One transaction for the whole file, whatever pairs its runs are on, read a chunk at a
    // time inside it. Whether a run is already in the journal is decided there, under the
    // write lock: another importer (or the app) may have added the same run meanwhile, and an
    // earlier row of this file is seen the same way.
    void write(FileResults& results, ActivityFileReader& reader, std::vector<PendingRun>& pending) {
        std::optional<QString> readError;
        bool started = false;  // the first chunk was read before the transaction
        ImportStream stream;
        stream.next = [&](ImportBatch& batch) -> StoreResult<bool> {
            while (started && pending.empty()) {
                if (reader.atEnd()) return false;
                auto chunk = reader.next(kChunkActivities);
                if (!chunk) {
                    readError = chunk.error();
                    return storeFailure(StoreErrorKind::InvalidInput, chunk.error());
                }
                pending = collectRuns(results, *chunk);
            }
            started = true;
            batch.newShoes = shoes_.newShoes();
            // The runs move into the batch: each is held once.
            batch.runs.reserve(pending.size());
            for (PendingRun& entry : pending)
                batch.runs.push_back(
                    {std::move(entry.run), entry.onNewShoe, std::move(entry.track)});
            batch.nearSeconds = kSameRunStartSeconds;
            batch.findDuplicate = [](const Run& run, const std::vector<Run>& near) {
                DuplicateIndex index;
                for (const Run& other : near) index.add(other);
                return index.find(run);
            };
            return true;
        };
        stream.written = [&](ImportBatch&, const std::vector<ImportedRun>& outcome) {
            for (std::size_t i = 0; i < pending.size(); ++i)
                written(results, pending[i], outcome[i]);
            pending.clear();
        };
        auto done = journal_.importStream(stream);
        if (readError) return readFailed(results, *readError);
        if (!done) return failed(results, done.error());
        if (auto shoes = journal_.shoes()) shoes_.commitFile(*shoes);
    }

    void written(FileResults& results, const PendingRun& entry, const ImportedRun& outcome) {
        if (!outcome.duplicate) {
            if (!results.firstNewId) results.firstNewId = outcome.id;
            if (entry.result) report_.results[*entry.result].runId = outcome.id;
            return;
        }
        // Ids grow: a run this file added has an id from its first one on.
        const bool inThisFile =
            results.firstNewId && outcome.id.value() >= results.firstNewId->value();
        if (!entry.result) {
            --results.more[slot(ImportStatus::Imported)];
            ++results.more[slot(ImportStatus::Duplicate)];
            ++results.moreRepeated;
            return;
        }
        ImportResult& reported = report_.results[*entry.result];
        reported.status = ImportStatus::Duplicate;
        reported.runId = outcome.id;
        reported.message = inThisFile ? QStringLiteral(
                                            "%1: the same run appears earlier in the "
                                            "file (run %2)")
                                            .arg(entry.label)
                                            .arg(outcome.id.value())
                                      : QStringLiteral("%1: already in the journal as run %2")
                                            .arg(entry.label)
                                            .arg(outcome.id.value());
    }

    // Nothing of the file was kept: each of its runs is an error.
    void failed(FileResults& results, const StoreError& error) {
        for (std::size_t line : results.written) {
            ImportResult& result = report_.results[line];
            result.status = ImportStatus::Error;
            result.runId.reset();
            result.message = QStringLiteral("%1: %2").arg(result.file, error.message);
        }
        results.more[slot(ImportStatus::Imported)] -= results.moreWritten - results.moreRepeated;
        results.more[slot(ImportStatus::Duplicate)] -= results.moreRepeated;
        results.more[slot(ImportStatus::Error)] += results.moreWritten;
        if (results.written.empty() && results.moreWritten == 0)
            add(results.path, ImportStatus::Error, {},
                QStringLiteral("%1: %2").arg(results.path, error.message));
        // A journal that cannot be used stops the import; a refused value stops only this file.
        if (error.kind != StoreErrorKind::InvalidInput && error.kind != StoreErrorKind::NotFound)
            report_.failure = error;
    }

    Journal& journal_;
    const ImportOptions& options_;
    ReadOptions readOptions_;
    ImportReport report_;
    ImportShoes shoes_;
};

}  // namespace

int ImportReport::count(ImportStatus status) const {
    std::int64_t sum = 0;
    for (const ImportResult& result : results) {
        if (result.status == status) sum += result.activities;
    }
    return static_cast<int>(sum);
}

CollectedFiles collectActivityFiles(const QStringList& paths) {
    CollectedFiles collected;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            collected.files << path;
            // A file named on the command line in bytes that are not UTF-8 (argumentPath()).
            if (const QString shown = shownPath(path); shown != path) {
                collected.shown.insert(path, shown);
            }
        } else if (info.isDir()) {
            if (!collected.held) collected.held = std::make_shared<HeldFiles>();
            for (const WalkedFile& file : walkFolder(path, &hasActivityFileName, *collected.held)) {
                collected.files << file.path;
                if (file.path != file.shown) collected.shown.insert(file.path, file.shown);
            }
        } else {
            collected.missing << path;
        }
    }
    return collected;
}

ImportReport importFiles(Journal& journal, const QStringList& paths, const ImportOptions& options) {
    return Importer(journal, options).run(paths);
}

}  // namespace stridelog

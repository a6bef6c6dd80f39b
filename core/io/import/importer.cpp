// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "activity_file.h"
#include "duplicate_index.h"
#include "import_shoes.h"
#include "run_from_activity.h"

#include "core/model/track_codec.h"
#include "core/model/validation.h"
#include "core/store/journal.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace stridelog {
namespace {

// A run waiting for its file's transaction, and the result it will fill in.
struct PendingRun {
    Run run;
    Track track;  // stored with the run, in its transaction
    std::size_t result;
    bool onNewShoe = false;
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
            const QString& path = collected.files[done];
            if (report_.cancelled || readOptions_.cancelled()) {
                report_.cancelled = true;
                add(path, ImportStatus::Skipped, {},
                    QStringLiteral("%1: import cancelled").arg(path));
                continue;
            }
            if (!report_.failure) importFile(path);
            if (options_.progress) options_.progress(done + 1, total);
        }
        return std::move(report_);
    }

private:
    bool prepare() {
        if (options_.shoe) {
            if (auto shoe = journal_.shoe(*options_.shoe); !shoe) {
                report_.failure = shoe.error();
                return false;
            }
        }
        auto runs = journal_.runs();
        auto shoes = journal_.shoes();
        if (!runs || !shoes) {
            report_.failure = runs ? shoes.error() : runs.error();
            return false;
        }
        for (const Run& run : *runs) index_.add(run);
        shoes_ = ImportShoes(*shoes);
        return true;
    }

    void add(const QString& file, ImportStatus status, std::optional<RunId> id, QString message) {
        report_.results.push_back({file, status, id, std::move(message)});
    }

    QDate today() const { return options_.today.isValid() ? options_.today : QDate::currentDate(); }

    void importFile(const QString& path) {
        auto file = readActivityFile(path, readOptions_);
        if (!file) {
            if (file.error() == readCancelledMessage()) {
                report_.cancelled = true;
                return add(path, ImportStatus::Skipped, {},
                           QStringLiteral("%1: import cancelled").arg(path));
            }
            return add(path, ImportStatus::Error, {},
                       QStringLiteral("%1: %2").arg(path, file.error()));
        }
        if (file->format == ActivityFormat::Unknown) return unknownFormat(path);
        if (file->format == ActivityFormat::StravaShoesCsv) {
            return add(path, ImportStatus::Skipped, {},
                       QStringLiteral("%1: the pairs of a shoes.csv are added with the "
                                      "activities.csv next to it")
                           .arg(path));
        }
        if (file->activities.empty()) {
            return add(path, ImportStatus::Skipped, {},
                       QStringLiteral("%1: no activity in the file").arg(path));
        }
        shoes_.beginFile(file->shoes);
        std::vector<PendingRun> pending = collectRuns(path, *file);
        write(path, pending);
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

    std::vector<PendingRun> collectRuns(const QString& path, const ActivityFile& file) {
        std::vector<PendingRun> pending;
        DuplicateIndex inThisFile;
        for (std::size_t i = 0; i < file.activities.size(); ++i) {
            const ParsedActivity& activity = file.activities[i];
            const QString label = file.activities.size() == 1
                                      ? path
                                      : QStringLiteral("%1, %2").arg(path, activityLabel(file, i));
            if (!activity.isRun) {
                add(path, ImportStatus::Skipped, {},
                    QStringLiteral("%1: %2, not a run").arg(label, activity.sport));
                continue;
            }
            if (!activity.start) {
                add(path, ImportStatus::Error, {}, QStringLiteral("%1: no start time").arg(label));
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
            if (auto id = index_.find(run)) {
                add(path, ImportStatus::Duplicate, id,
                    QStringLiteral("%1: already in the journal as run %2")
                        .arg(label)
                        .arg(id->value()));
                continue;
            }
            if (inThisFile.find(run)) {
                add(path, ImportStatus::Duplicate, {},
                    QStringLiteral("%1: the same run appears earlier in the file").arg(label));
                continue;
            }
            if (auto error = validateRun(run, today())) {
                add(path, ImportStatus::Error, {},
                    QStringLiteral("%1: %2").arg(label, error->message));
                continue;
            }
            inThisFile.add(run);
            add(path, ImportStatus::Imported, {},
                QStringLiteral("%1: %2").arg(label, describeRun(run)));
            Track track = options_.keepTracks ? activity.track : Track{};
            pending.push_back(
                {std::move(run), std::move(track), report_.results.size() - 1, onNewShoe});
        }
        return pending;
    }

    // One transaction for the file where the journal allows it: a single run with addRun, else
    // insertAll with the file's new pairs. insertAll cannot refer to pairs already in the
    // journal, so runs on those are added one by one, each still whole or not at all.
    void write(const QString& path, std::vector<PendingRun>& pending) {
        std::vector<PendingRun*> together;
        std::vector<PendingRun*> alone;
        const bool single = pending.size() == 1 && !pending.front().onNewShoe;
        for (PendingRun& entry : pending) {
            const bool onJournalShoe = entry.run.shoe && !entry.onNewShoe;
            (single || onJournalShoe ? alone : together).push_back(&entry);
        }
        if (!together.empty() || !shoes_.newShoes().empty()) writeTogether(path, together);
        for (PendingRun* entry : alone) {
            if (report_.failure) {
                failed(*entry, *report_.failure);
                continue;
            }
            auto id = journal_.addRunWithTrack(entry->run, entry->track);
            if (!id) {
                failed(*entry, id.error());
                continue;
            }
            entry->run.id = *id;
            imported(*entry);
        }
        if (auto shoes = journal_.shoes()) shoes_.commitFile(*shoes);
    }

    void writeTogether(const QString& path, const std::vector<PendingRun*>& entries) {
        JournalSnapshot snapshot;
        snapshot.shoes = shoes_.newShoes();
        auto settings = journal_.settings();
        if (!settings) return failAll(entries, settings.error());
        snapshot.settings = *settings;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            snapshot.runs.push_back(entries[i]->run);
            snapshot.runs.back().id = RunId(static_cast<std::int64_t>(i) + 1);
            if (!entries[i]->track.empty())
                snapshot.tracks.push_back(
                    {snapshot.runs.back().id, encodeTrack(entries[i]->track)});
        }
        if (auto done = journal_.insertAll(snapshot); !done) {
            if (entries.empty())
                add(path, ImportStatus::Error, {},
                    QStringLiteral("%1: %2").arg(path, done.error().message));
            return failAll(entries, done.error());
        }
        assignIds(entries);
    }

    // insertAll does not return ids: find the new runs by their source keys.
    void assignIds(const std::vector<PendingRun*>& entries) {
        if (entries.empty()) return;
        RunFilter filter;
        for (const PendingRun* entry : entries) {
            const QDate day = entry->run.start.localDate();
            filter.from = filter.from ? std::min(*filter.from, day) : day;
            filter.to = filter.to ? std::max(*filter.to, day) : day;
        }
        auto runs = journal_.runs(filter);
        QHash<QString, RunId> byKey;
        if (runs) {
            for (const Run& run : *runs) byKey.insert(run.sourceKey, run.id);
        }
        for (PendingRun* entry : entries) {
            entry->run.id = byKey.value(entry->run.sourceKey);
            imported(*entry);
        }
    }

    void imported(const PendingRun& entry) {
        report_.results[entry.result].runId = entry.run.id;
        index_.add(entry.run);
    }

    void failed(const PendingRun& entry, const StoreError& error) {
        ImportResult& result = report_.results[entry.result];
        result.status = ImportStatus::Error;
        result.message = QStringLiteral("%1: %2").arg(result.file, error.message);
        // A journal that cannot be used stops the import; a refused value stops only this run.
        if (error.kind != StoreErrorKind::InvalidInput && error.kind != StoreErrorKind::NotFound)
            report_.failure = error;
    }

    void failAll(const std::vector<PendingRun*>& entries, const StoreError& error) {
        for (const PendingRun* entry : entries) failed(*entry, error);
    }

    Journal& journal_;
    const ImportOptions& options_;
    ReadOptions readOptions_;
    ImportReport report_;
    DuplicateIndex index_;
    ImportShoes shoes_;
};

}  // namespace

int ImportReport::count(ImportStatus status) const {
    return static_cast<int>(std::count_if(
        results.begin(), results.end(), [&](const ImportResult& r) { return r.status == status; }));
}

CollectedFiles collectActivityFiles(const QStringList& paths) {
    CollectedFiles collected;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            collected.files << path;
        } else if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (hasActivityFileName(file)) inFolder << file;
            }
            inFolder.sort();
            collected.files << inFolder;
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

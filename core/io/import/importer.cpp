// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "activity_file.h"
#include "duplicate_index.h"
#include "import_shoes.h"
#include "run_from_activity.h"

#include "core/model/validation.h"
#include "core/store/journal.h"

#include <QFileInfo>

#include <algorithm>

namespace stridelog {
namespace {

// A run waiting for its file's transaction, and the result it will fill in.
struct PendingRun {
    Run run;
    std::size_t result;
    bool onNewShoe = false;
    QString label;  // the file, and the activity when the file holds several
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

    // `readable` opens the file; `path` names it (they differ for a name that is not UTF-8).
    void importFile(const QString& readable, const QString& path) {
        auto file = readActivityFile(readable, readOptions_);
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
        file.value().activities = {};  // now runs: no need to hold both while writing
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
            pending.push_back({std::move(run), report_.results.size() - 1, onNewShoe, label});
        }
        return pending;
    }

    // One transaction for the whole file, whatever pairs its runs are on. The duplicate check
    // is made again inside it, under the write lock: another importer (or the app) may have
    // added the same run since this import read the journal.
    void write(const QString& path, std::vector<PendingRun>& pending) {
        ImportBatch batch;
        batch.newShoes = shoes_.newShoes();
        // The runs move into the batch and back, so a 100,000-row CSV is held once, not twice.
        batch.runs.reserve(pending.size());
        for (PendingRun& entry : pending)
            batch.runs.push_back({std::move(entry.run), entry.onNewShoe});
        batch.nearSeconds = kSameRunStartSeconds;
        batch.findDuplicate = [](const Run& run, const std::vector<Run>& near) {
            DuplicateIndex index;
            for (const Run& other : near) index.add(other);
            return index.find(run);
        };
        if (batch.runs.empty() && batch.newShoes.empty()) return;
        auto outcome = journal_.importBatch(batch);
        if (!outcome) {
            for (std::size_t i = 0; i < pending.size(); ++i)
                pending[i].run = std::move(batch.runs[i].run);
            if (pending.empty())
                add(path, ImportStatus::Error, {},
                    QStringLiteral("%1: %2").arg(path, outcome.error().message));
            for (const PendingRun& entry : pending) failed(entry, outcome.error());
            return;
        }
        for (std::size_t i = 0; i < pending.size(); ++i) {
            PendingRun& entry = pending[i];
            const ImportedRun& result = (*outcome)[i];
            entry.run = std::move(batch.runs[i].run);
            entry.run.id = result.id;
            if (result.duplicate) {
                ImportResult& reported = report_.results[entry.result];
                reported.status = ImportStatus::Duplicate;
                reported.runId = result.id;
                reported.message = QStringLiteral("%1: already in the journal as run %2")
                                       .arg(entry.label)
                                       .arg(result.id.value());
                continue;
            }
            imported(entry);
        }
        if (auto shoes = journal_.shoes()) shoes_.commitFile(*shoes);
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

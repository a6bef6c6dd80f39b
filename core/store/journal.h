// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The journal file: the one way the CLI and the app read and change a runner's data.
//
// Journal owns one SQLite connection (Qt SQL's driver). open() refuses, without writing a
// byte, a file that is not a Stridelog journal, is damaged, or has a newer schema than this
// program; otherwise it brings an older schema up to date (numbered migrations, each in its own
// transaction). Every public action that changes data is one transaction: it commits whole or
// leaves the file as it was, and after a commit the journal emits changed() once, naming what
// changed (journal_change.h), which the app's session and its tables listen to. Values are
// validated (core/model/validation.h) before anything is written. Ids are kept across export and
// restore.
//
//   CLI / app ──► Journal ──► Transaction ──► SQLite file (WAL, synchronous=FULL, 0600)
//                    └──► snapshot() ──► core/rules

#include "journal_change.h"
#include "store_error.h"

#include "core/model/clock.h"
#include "core/model/journal_snapshot.h"
#include "core/model/track.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace stridelog {

class Database;

struct OpenOptions {
    // How long to wait for another program's lock before giving up (exit 3).
    int busyTimeoutMs = 5000;
    // "Now", for "not after tomorrow": the program's one clock, read at each change (so a
    // journal left open over midnight moves on with it). Must outlive the journal; null means
    // the system clock.
    const Clock* clock = nullptr;
    // Called before an existing journal is migrated to this program's schema (a backup).
    std::function<void(const QString& path)> beforeMigration;
};

// One imported file's entries, written by Journal::importBatch in one transaction.
struct ImportBatch {
    struct Entry {
        Run run;
        bool onNewShoe = false;  // run.shoe is a local id in newShoes, not a journal id
        Track track;             // kept with the run when it is not empty
    };
    std::vector<Shoe> newShoes;  // with local ids; a pair of that name already there is reused
    std::vector<Entry> runs;
    // Decides, under the write lock, whether a run is already in the journal: it is given the
    // journal runs with the same source key or a start within `nearSeconds`.
    std::function<std::optional<RunId>(const Run& run, const std::vector<Run>& near)> findDuplicate;
    std::int64_t nearSeconds = 60;
};

struct ImportedRun {
    RunId id;                // the new run, or the journal run it repeats
    bool duplicate = false;  // found in the journal inside the transaction
};

// A file too long to hold at once (a CSV of 100,000 rows), still written in one transaction:
// its runs come a chunk at a time, read while the transaction is open.
struct ImportStream {
    // Fills `chunk` with the next runs (and the file's new pairs so far: local ids stay the same
    // from chunk to chunk); returns false when there are none left. An error rolls the whole
    // file back and is what importStream returns.
    std::function<StoreResult<bool>(ImportBatch& chunk)> next;
    // Each chunk's outcome, one per run, once it is written (not yet committed).
    std::function<void(ImportBatch& chunk, const std::vector<ImportedRun>& outcome)> written;
};

// Entries an undo took out of the journal (Journal::takeOut) as they were, with the links the
// removal cut, so that a redo puts back exactly the same.
struct TakenEntries {
    std::vector<Shoe> shoes;
    std::vector<Run> runs;
    std::vector<std::pair<StoredTrack, int>> tracks;  // encoded, with their point counts
    std::vector<std::pair<PainId, RunId>> painLinks;  // pain entries that followed those runs
    std::vector<std::pair<RunId, ShoeId>> shoeLinks;  // runs left in those pairs
};

struct RunFilter {
    std::optional<QDate> from;  // local dates, inclusive
    std::optional<QDate> to;
};

class Journal : public QObject {
    Q_OBJECT

public:
    // Opens `path`, creating it (and its folder) with mode 0600 when missing.
    static StoreResult<std::unique_ptr<Journal>> open(const QString& path,
                                                      OpenOptions options = {});
    ~Journal() override;

    QString path() const;
    static int currentSchemaVersion();
    // The clock the journal was opened with: what "today" is for its checks.
    const Clock& clock() const;

    // Shoes.
    StoreResult<ShoeId> addShoe(const Shoe& shoe);
    StoreResult<Done> updateShoe(const Shoe& shoe);
    StoreResult<Done> retireShoe(ShoeId id, QDate on);
    StoreResult<Shoe> shoe(ShoeId id) const;
    StoreResult<std::vector<Shoe>> shoes() const;  // by id

    // Runs.
    StoreResult<RunId> addRun(const Run& run);
    StoreResult<Done> updateRun(const Run& run);
    // Several runs changed in one transaction (a pair assigned to the runs of an import):
    // all are written or none.
    StoreResult<Done> updateRuns(const std::vector<Run>& runs);
    StoreResult<Done> deleteRun(RunId id);  // pain entries linked to it keep their dates
    StoreResult<Run> run(RunId id) const;
    StoreResult<std::vector<Run>> runs(const RunFilter& filter = {}) const;  // oldest first
    // An imported run with its track and laps, in one transaction (journal_tracks.cpp).
    StoreResult<RunId> addRunWithTrack(const Run& run, const Track& track);
    // The run's track, read only when asked (never part of snapshot()); null when it has none.
    StoreResult<std::optional<Track>> track(RunId id) const;
    // The last pair used, for the app's default.
    StoreResult<std::optional<ShoeId>> lastUsedShoe() const;

    // Pain entries.
    StoreResult<PainId> addPain(const PainEntry& pain);
    StoreResult<Done> updatePain(const PainEntry& pain);
    StoreResult<Done> deletePain(PainId id);
    StoreResult<PainEntry> pain(PainId id) const;
    StoreResult<std::vector<PainEntry>> pains(const RunFilter& filter = {}) const;  // by start

    // Morning checks (RULES.md "Ratings"): at most one per local day; putting a second for
    // the same day replaces the first (JournalChange names the day as changed).
    StoreResult<Done> putMorning(const MorningCheck& morning);
    StoreResult<Done> deleteMorning(QDate day);
    StoreResult<std::vector<MorningCheck>> mornings(const RunFilter& filter = {}) const;  // by day

    // The way back (RULES.md R16). Whether it may start is the rules' answer
    // (core/rules/comeback.h), asked before this is called. Starting closes, at the new start,
    // a programme that was never stopped (completed or paused), so at most one is open.
    StoreResult<ProgrammeId> startProgramme(const ComebackProgramme& programme);
    StoreResult<Done> stopProgramme(ProgrammeId id, Instant at);
    StoreResult<std::vector<ComebackProgramme>> programmes() const;  // by start

    // Settings.
    StoreResult<Settings> settings() const;
    StoreResult<Done> saveSettings(const Settings& settings);

    // The folders watched for new activity files (issue 18), stored as given (absolute).
    // Adding one already there returns false and writes nothing; removing one that is not
    // there is NotFound.
    StoreResult<bool> addSourceFolder(const QString& path);
    StoreResult<Done> removeSourceFolder(const QString& path);
    StoreResult<QStringList> sourceFolders() const;  // by path

    // Undo of a delete: writes the entry back under its own id (it must be free) and, in the
    // same transaction, links again the entries the delete had unlinked from it.
    StoreResult<Done> putBackShoe(const Shoe& shoe, const std::vector<RunId>& runsToRelink = {});
    StoreResult<Done> putBackRun(const Run& run, const std::vector<PainId>& painsToRelink = {});
    StoreResult<Done> putBackPain(const PainEntry& pain);
    // Undo of adding a pair.
    StoreResult<Done> deleteShoe(ShoeId id);
    // Undo of an import: removes these runs with their tracks, then these pairs, in one
    // transaction; returns what it removed, for putBackTaken() (journal_take_back.cpp).
    StoreResult<TakenEntries> takeOut(const std::vector<RunId>& runs,
                                      const std::vector<ShoeId>& shoes);
    // Redo of an import: the entries back under their own ids, with their tracks and links, in
    // one transaction.
    StoreResult<Done> putBackTaken(const TakenEntries& taken);

    // Everything the rules read.
    StoreResult<JournalSnapshot> snapshot() const;
    // snapshot() and every track, encoded: what export and restore carry.
    StoreResult<JournalSnapshot> snapshotWithTracks() const;
    // Replaces the whole content with `snapshot` (ids kept), in one transaction: restore and
    // demo use it.
    StoreResult<Done> replaceAll(const JournalSnapshot& snapshot);
    // What replaceAll() would refuse in `snapshot` before it writes anything (values outside
    // the limits, references to entries that are not there).
    static StoreResult<Done> checkRestorable(const JournalSnapshot& snapshot);
    // Adds the shoes, runs and pain entries of `snapshot` in one transaction, as new entries.
    // The snapshot's ids are local references (a run's shoe, a pain entry's run) that are
    // mapped to the new ids. Its settings are left alone: adding entries (demo, an import)
    // never changes what the user set.
    StoreResult<Done> insertAll(const JournalSnapshot& snapshot);
    // One imported file in one transaction (see ImportBatch); an outcome per run, in order.
    StoreResult<std::vector<ImportedRun>> importBatch(const ImportBatch& batch);
    // One imported file in one transaction, read in chunks (see ImportStream).
    StoreResult<Done> importStream(const ImportStream& stream);
    StoreResult<bool> isEmpty() const;

    // SQLite's integrity check; an error of kind Corrupt names what it found.
    StoreResult<Done> checkIntegrity() const;
    // A consistent copy while others may be writing, written to a temporary name and renamed,
    // mode 0600.
    // Refused (InvalidInput, nothing written) when `target` is the journal or one of its own
    // files (journal_files.h).
    StoreResult<Done> backupTo(const QString& target) const;

Q_SIGNALS:
    // After each committed action, once: which entries it added, changed or removed.
    void changed(const stridelog::JournalChange& change);

private:
    explicit Journal(std::unique_ptr<Database> database, OpenOptions options);
    QDate today() const;
    // A consistent copy under a fresh temporary name beside `target`; returns that name.
    StoreResult<QString> copyToTemporary(const QString& target) const;
    // Runs `body` in one transaction; once it is committed, emits changed(describe(value)).
    template <class Body, class Describe>
    auto write(const QString& doing, Body&& body, Describe&& describe)
        -> std::invoke_result_t<Body>;

    std::unique_ptr<Database> database_;
    OpenOptions options_;
};

}  // namespace stridelog

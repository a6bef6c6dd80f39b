// SPDX-License-Identifier: GPL-3.0-or-later
// Journal actions over the whole file: replacing or filling it in one transaction (restore,
// demo) and copying it (backup).

#include "journal.h"

#include "database.h"
#include "file_modes.h"
#include "journal_files.h"
#include "journal_write.h"
#include "morning_table.h"
#include "pain_table.h"
#include "programme_table.h"
#include "run_table.h"
#include "settings_table.h"
#include "shoe_table.h"
#include "statement.h"
#include "track_table.h"
#include "transaction.h"

#include "core/model/track_codec.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <cstdio>

namespace stridelog {
namespace {

StoreResult<Done> validateAll(const JournalSnapshot& snapshot, QDate today) {
    for (const Shoe& shoe : snapshot.shoes) {
        if (auto error = validateShoe(shoe)) {
            return storeFailure(
                StoreErrorKind::InvalidInput,
                QStringLiteral("pair %1: %2").arg(shoe.id.value()).arg(error->message));
        }
    }
    for (const Run& run : snapshot.runs) {
        if (auto error = validateRun(run, today)) {
            return storeFailure(
                StoreErrorKind::InvalidInput,
                QStringLiteral("run %1: %2").arg(run.id.value()).arg(error->message));
        }
    }
    for (const PainEntry& pain : snapshot.pains) {
        if (auto error = validatePain(pain, today)) {
            return storeFailure(
                StoreErrorKind::InvalidInput,
                QStringLiteral("pain entry %1: %2").arg(pain.id.value()).arg(error->message));
        }
    }
    for (const MorningCheck& morning : snapshot.mornings) {
        if (auto error = validateMorning(morning, today)) {
            return storeFailure(StoreErrorKind::InvalidInput,
                                QStringLiteral("morning check %1: %2")
                                    .arg(morning.date.toString(Qt::ISODate), error->message));
        }
    }
    for (const ComebackProgramme& programme : snapshot.programmes) {
        if (auto error = validateProgramme(programme, today)) {
            return storeFailure(
                StoreErrorKind::InvalidInput,
                QStringLiteral("way back %1: %2").arg(programme.id.value()).arg(error->message));
        }
    }
    return Done{};
}

StoreResult<Done> deleteEverything(QSqlDatabase& db) {
    for (const QString& table :
         {QStringLiteral("run_track"), QStringLiteral("pain"), QStringLiteral("run"),
          QStringLiteral("shoe"), QStringLiteral("setting"), QStringLiteral("morning_check"),
          QStringLiteral("comeback_programme")}) {
        // Table names are our own constants; no user text reaches this statement.
        Statement statement(db, QStringLiteral("DELETE FROM %1").arg(table));
        if (auto done = statement.exec(QStringLiteral("clearing the journal")); !done) return done;
    }
    return Done{};
}

// The snapshot's tracks under the ids their runs were given.
StoreResult<Done> insertTracks(QSqlDatabase& db, const std::vector<StoredTrack>& tracks,
                               const QMap<std::int64_t, RunId>& runIds) {
    for (StoredTrack track : tracks) {
        if (!runIds.contains(track.run.value())) {
            return storeFailure(StoreErrorKind::InvalidInput,
                                QStringLiteral("a track refers to run %1, which is not there")
                                    .arg(track.run.value()));
        }
        const auto decoded = decodeTrack(track.data);
        if (!decoded) {
            return storeFailure(StoreErrorKind::InvalidInput,
                                QStringLiteral("the track of run %1: %2")
                                    .arg(track.run.value())
                                    .arg(decoded.error()));
        }
        track.run = runIds.value(track.run.value());
        const int points = static_cast<int>(decoded->samples.size());
        if (auto done = track_table::put(db, track, points); !done) return done;
    }
    return Done{};
}

// Writes every shoe, run and pain entry of `snapshot` (not its settings); with keepIds their
// ids, else new ones with references mapped.
StoreResult<Done> insertEntries(QSqlDatabase& db, const JournalSnapshot& snapshot, bool keepIds) {
    QMap<std::int64_t, ShoeId> shoeIds;
    QMap<std::int64_t, RunId> runIds;
    for (const Shoe& shoe : snapshot.shoes) {
        auto id = shoe_table::insert(db, shoe, keepIds);
        if (!id) return Unexpected{id.error()};
        shoeIds.insert(shoe.id.value(), *id);
    }
    for (Run run : snapshot.runs) {
        if (run.shoe) {
            if (!shoeIds.contains(run.shoe->value())) {
                return storeFailure(StoreErrorKind::InvalidInput,
                                    QStringLiteral("run %1 refers to pair %2, which is not there")
                                        .arg(run.id.value())
                                        .arg(run.shoe->value()));
            }
            run.shoe = shoeIds.value(run.shoe->value());
        }
        auto id = run_table::insert(db, run, keepIds);
        if (!id) return Unexpected{id.error()};
        runIds.insert(run.id.value(), *id);
    }
    for (PainEntry pain : snapshot.pains) {
        if (pain.run) {
            if (!runIds.contains(pain.run->value())) {
                return storeFailure(StoreErrorKind::InvalidInput,
                                    QStringLiteral("pain entry %1 refers to run %2, which is not "
                                                   "there")
                                        .arg(pain.id.value())
                                        .arg(pain.run->value()));
            }
            pain.run = runIds.value(pain.run->value());
        }
        if (auto id = pain_table::insert(db, pain, keepIds); !id) return Unexpected{id.error()};
    }
    // Checks and programmes refer to days and instants, not to entries: nothing to map.
    for (const MorningCheck& morning : snapshot.mornings) {
        if (auto put = morning_table::put(db, morning); !put) return Unexpected{put.error()};
    }
    for (const ComebackProgramme& programme : snapshot.programmes) {
        if (auto id = programme_table::insert(db, programme, keepIds); !id) {
            return Unexpected{id.error()};
        }
    }
    return insertTracks(db, snapshot.tracks, runIds);
}

}  // namespace

StoreResult<Done> Journal::checkRestorable(const JournalSnapshot& snapshot) {
    if (auto valid = validateAll(snapshot, QDate(9999, 12, 31)); !valid) return valid;
    // The references insertEntries() follows must lead somewhere.
    QSet<std::int64_t> shoeIds;
    QSet<std::int64_t> runIds;
    for (const Shoe& shoe : snapshot.shoes) shoeIds.insert(shoe.id.value());
    for (const Run& run : snapshot.runs) {
        if (run.shoe && !shoeIds.contains(run.shoe->value())) {
            return storeFailure(StoreErrorKind::InvalidInput,
                                QStringLiteral("run %1 refers to pair %2, which is not there")
                                    .arg(run.id.value())
                                    .arg(run.shoe->value()));
        }
        if (runIds.contains(run.id.value())) {
            return storeFailure(StoreErrorKind::InvalidInput,
                                QStringLiteral("run %1 appears twice").arg(run.id.value()));
        }
        runIds.insert(run.id.value());
    }
    for (const PainEntry& pain : snapshot.pains) {
        if (pain.run && !runIds.contains(pain.run->value())) {
            return storeFailure(StoreErrorKind::InvalidInput,
                                QStringLiteral("pain entry %1 refers to run %2, which is not "
                                               "there")
                                    .arg(pain.id.value())
                                    .arg(pain.run->value()));
        }
    }
    // One check per day: a second of the same day in an export would silently drop the first.
    QSet<QDate> days;
    for (const MorningCheck& morning : snapshot.mornings) {
        if (days.contains(morning.date)) {
            return storeFailure(StoreErrorKind::InvalidInput,
                                QStringLiteral("the morning check of %1 appears twice")
                                    .arg(morning.date.toString(Qt::ISODate)));
        }
        days.insert(morning.date);
    }
    QSet<std::int64_t> programmeIds;
    for (const ComebackProgramme& programme : snapshot.programmes) {
        if (programmeIds.contains(programme.id.value())) {
            return storeFailure(
                StoreErrorKind::InvalidInput,
                QStringLiteral("way back %1 appears twice").arg(programme.id.value()));
        }
        programmeIds.insert(programme.id.value());
    }
    return Done{};
}

StoreResult<Done> Journal::replaceAll(const JournalSnapshot& snapshot) {
    // Exports are of the past, so "not after tomorrow" is judged against the far future here:
    // a restore must bring back exactly what was saved.
    if (auto valid = validateAll(snapshot, QDate(9999, 12, 31)); !valid) return valid;
    return write(
        QStringLiteral("restoring the journal"),
        [&]() -> StoreResult<Done> {
            QSqlDatabase& db = database_->connection();
            if (auto cleared = deleteEverything(db); !cleared) return cleared;
            if (auto inserted = insertEntries(db, snapshot, true); !inserted) return inserted;
            return settings_table::save(db, snapshot.settings);
        },
        [](Done) { return JournalChange::all(); });
}

StoreResult<Done> Journal::insertAll(const JournalSnapshot& snapshot) {
    if (auto valid = validateAll(snapshot, today()); !valid) return valid;
    return write(
        QStringLiteral("adding entries"),
        [&] { return insertEntries(database_->connection(), snapshot, false); },
        [](Done) { return JournalChange::all(); });
}

StoreResult<QString> Journal::copyToTemporary(const QString& target) const {
    if (auto refused = refuseJournalFiles(path(), target); !refused) {
        return Unexpected{refused.error()};
    }
    const QFileInfo targetInfo(target);
    // A copy killed half-way leaves its partial file; the next copy to that name removes it.
    removeStalePartials(targetInfo.absolutePath(), targetInfo.fileName());
    // The temporary name is new every time (created with O_EXCL), so two copies written at
    // once never share one.
    QString temporary;
    for (int attempt = 0;; ++attempt) {
        temporary = targetInfo.absoluteDir().filePath(
            partialNameFor(targetInfo.fileName(), QCoreApplication::applicationPid(), attempt));
        // VACUUM INTO needs an empty or missing file; we make it first so the copy is 0600 from
        // its first byte.
        auto created = createPrivateFile(temporary);
        if (created) break;
        if (!QFileInfo::exists(temporary) || attempt > 1000) return Unexpected{created.error()};
    }
    // VACUUM INTO writes a consistent, compact copy inside one read transaction, so writers on
    // other connections neither block it nor tear it.
    Statement statement(database_->connection(), QStringLiteral("VACUUM INTO :target"));
    statement.bind(QStringLiteral(":target"), temporary);
    if (auto copied = statement.exec(QStringLiteral("backing up to %1").arg(target)); !copied) {
        QFile::remove(temporary);
        return storeFailure(StoreErrorKind::Unwritable, copied.error().message);
    }
    return temporary;
}

StoreResult<Done> Journal::backupTo(const QString& target) const {
    auto temporary = copyToTemporary(target);
    if (!temporary) return Unexpected{temporary.error()};
    // rename(2) replaces an older backup atomically; QFile::rename would refuse to.
    if (std::rename(QFile::encodeName(*temporary).constData(),
                    QFile::encodeName(QFileInfo(target).absoluteFilePath()).constData()) != 0) {
        QFile::remove(*temporary);
        return storeFailure(StoreErrorKind::Unwritable,
                            QStringLiteral("cannot write the backup %1").arg(target));
    }
    return Done{};
}

}  // namespace stridelog

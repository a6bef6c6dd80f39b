// SPDX-License-Identifier: GPL-3.0-or-later
// Journal actions of the way back (RULES.md "Ratings" and R16): the morning checks and the
// programmes, each one transaction with one change signal.

#include "journal.h"

#include "journal_write.h"
#include "morning_table.h"
#include "programme_table.h"

#include "core/model/validation.h"

#include <algorithm>

namespace stridelog {

StoreResult<Done> Journal::putMorning(const MorningCheck& morning) {
    if (auto error = validateMorning(morning, today())) {
        return storeFailure(StoreErrorKind::InvalidInput, error->message);
    }
    return write(
               QStringLiteral("saving the morning check"),
               [&] { return morning_table::put(database_->connection(), morning); },
               [&](bool replaced) {
                   return changeOf(replaced ? ChangeHow::Changed : ChangeHow::Added, morning.date);
               })
        .transform([](bool) { return Done{}; });
}

StoreResult<Done> Journal::deleteMorning(QDate day) {
    return write(
        QStringLiteral("deleting the morning check"),
        [&] { return morning_table::remove(database_->connection(), day); },
        [day](Done) { return changeOf(ChangeHow::Removed, day); });
}

StoreResult<std::vector<MorningCheck>> Journal::mornings(const RunFilter& filter) const {
    return morning_table::select(database_->connection(), filter.from, filter.to);
}

StoreResult<ProgrammeId> Journal::startProgramme(const ComebackProgramme& programme) {
    if (auto error = validateProgramme(programme, today())) {
        return storeFailure(StoreErrorKind::InvalidInput, error->message);
    }
    std::vector<ProgrammeId> closed;
    return write(
        QStringLiteral("starting the way back"),
        [&]() -> StoreResult<ProgrammeId> {
            QSqlDatabase& db = database_->connection();
            auto all = programme_table::selectAll(db);
            if (!all) return Unexpected{all.error()};
            for (ComebackProgramme open : *all) {
                if (open.stoppedAt) continue;
                open.stoppedAt = std::max(open.start, programme.start);
                if (auto done = programme_table::update(db, open); !done) {
                    return Unexpected{done.error()};
                }
                closed.push_back(open.id);
            }
            return programme_table::insert(db, programme);
        },
        [&](ProgrammeId id) {
            JournalChange change = changeOf(ChangeHow::Added, id);
            change.programmes.changed = closed;
            return change;
        });
}

StoreResult<Done> Journal::stopProgramme(ProgrammeId id, Instant at) {
    return write(
        QStringLiteral("ending the way back"),
        [&]() -> StoreResult<Done> {
            QSqlDatabase& db = database_->connection();
            auto programme = programme_table::selectOne(db, id);
            if (!programme) return Unexpected{programme.error()};
            if (programme->stoppedAt) {
                return storeFailure(StoreErrorKind::InvalidInput,
                                    QStringLiteral("the way back %1 already ended on %2")
                                        .arg(id.value())
                                        .arg(programme->stoppedAt->toLocalIsoString()));
            }
            programme.value().stoppedAt = at;
            if (auto error = validateProgramme(*programme, today())) {
                return storeFailure(StoreErrorKind::InvalidInput, error->message);
            }
            return programme_table::update(db, *programme);
        },
        [id](Done) { return changeOf(ChangeHow::Changed, id); });
}

StoreResult<std::vector<ComebackProgramme>> Journal::programmes() const {
    return programme_table::selectAll(database_->connection());
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What one committed journal action changed, sent with Journal::changed(): for runs, pain
// entries, pairs, morning checks (by day) and ways back the ids added, changed and removed, and
// whether the settings changed. A
// change of everything at once (restore, demo) says only that: listeners read it all again.
//
// Only the entries the action wrote are named. An entry that changes through a link is not:
// deleting a pair also unlinks its runs, deleting a run the pain entries after it (SQLite's
// ON DELETE SET NULL). Listeners that show linked values (a run's pair name, a pair's distance)
// take them from the snapshot they read after the change.

// A Qt header first: moc cannot read <compare> (from ids.h) unless a Qt header came before.
#include <QMetaType>

#include "core/model/comeback_programme.h"
#include "core/model/ids.h"

#include <QDate>

#include <cstddef>
#include <vector>

namespace stridelog {

template <class IdType>
struct EntryChanges {
    std::vector<IdType> added;
    std::vector<IdType> changed;
    std::vector<IdType> removed;

    bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
    std::size_t size() const { return added.size() + changed.size() + removed.size(); }
    void merge(const EntryChanges& other) {
        added.insert(added.end(), other.added.begin(), other.added.end());
        changed.insert(changed.end(), other.changed.begin(), other.changed.end());
        removed.insert(removed.end(), other.removed.begin(), other.removed.end());
    }
    bool operator==(const EntryChanges&) const = default;
};

struct JournalChange {
    EntryChanges<RunId> runs;
    EntryChanges<PainId> pains;
    EntryChanges<ShoeId> shoes;
    EntryChanges<QDate> mornings;  // a replaced check of a day is `changed`
    EntryChanges<ProgrammeId> programmes;
    bool settings = false;
    bool everything = false;  // the whole content was replaced or filled: read it all again

    static JournalChange all() {
        JournalChange change;
        change.everything = true;
        return change;
    }
    bool empty() const {
        return !everything && !settings && runs.empty() && pains.empty() && shoes.empty() &&
               mornings.empty() && programmes.empty();
    }
    // Several actions seen as one (the files of one import).
    void merge(const JournalChange& other) {
        runs.merge(other.runs);
        pains.merge(other.pains);
        shoes.merge(other.shoes);
        mornings.merge(other.mornings);
        programmes.merge(other.programmes);
        settings = settings || other.settings;
        everything = everything || other.everything;
    }
    bool operator==(const JournalChange&) const = default;
};

}  // namespace stridelog

Q_DECLARE_METATYPE(stridelog::JournalChange)

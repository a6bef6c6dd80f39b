// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The journal as every rule sees it at one as-of instant T: the runs and pain entries that
// started by T, sorted by start and indexed once, so each rule can walk or slice them without
// sorting again. Built by evaluate() (evaluation.cpp) or the narrow questions of
// rules_engine.cpp, once, and handed to each rule; nothing outside core/rules builds one.
//
// T is an AsOf (core/model/as_of.h): an exact instant, or the end of a local day.

#include "core/model/as_of.h"
#include "core/model/journal_snapshot.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace stridelog {

inline constexpr std::int64_t kSecondsPerDay = 86'400;

// What "as of T" means for counting entries and for naming T's day.
class AsOfInstant {
public:
    explicit AsOfInstant(AsOf asOf) : asOf_(asOf), instant_(asOf.instant()) {}

    Instant instant() const { return instant_; }
    // The local day T belongs to: for the end of a day, that day.
    QDate day() const { return asOf_.day(); }
    bool counts(Instant start) const { return asOf_.counts(start); }
    // The start of the window "the N days up to T", as elapsed time.
    Instant daysBefore(int days) const {
        return instant_.plusSeconds(-static_cast<std::int64_t>(days) * kSecondsPerDay);
    }

private:
    AsOf asOf_;
    Instant instant_;
};

class AsOfJournal {
public:
    AsOfJournal(const JournalSnapshot& journal, AsOf asOf);

    const JournalSnapshot& journal() const { return journal_; }
    const Settings& settings() const { return journal_.settings; }
    const AsOfInstant& asOf() const { return asOf_; }

    // Runs started by T, oldest first, and the local day of each (same index).
    const std::vector<const Run*>& runs() const { return runs_; }
    const std::vector<QDate>& runDays() const { return runDays_; }
    // Pain entries started by T, oldest first.
    const std::vector<const PainEntry*>& pains() const { return pains_; }

    // The runs started in [from, T], oldest first.
    std::span<const Run* const> runsSince(Instant from) const;
    // Index of the first counted run started at or after `from`.
    std::size_t firstRunAtOrAfter(Instant from) const;

    const Shoe* shoe(ShoeId id) const;

    // How many views this process has built: a view sorts and indexes the whole journal, so a
    // test holds evaluate() to one per evaluation with it.
    static std::uint64_t builtCount();

private:
    const JournalSnapshot& journal_;
    AsOfInstant asOf_;
    std::vector<const Run*> runs_;
    std::vector<QDate> runDays_;
    std::vector<const PainEntry*> pains_;
};

}  // namespace stridelog

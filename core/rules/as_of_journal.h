// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The journal as every rule sees it at one as-of instant T: the runs and pain entries that
// started by T, sorted by start and indexed once, so each rule can walk or slice them without
// sorting again. Built by the facade (rules_engine.cpp) and handed to each rule.
//
// An instant exactly at local midnight is read as the end of the day before. That is how a
// bare as-of date arrives (the caller passes the next day's 00:00), and RULES.md says a bare
// date means "everything started that day counts, T's week is that day's week": so at
// midnight an entry must start before T, and T's day is the day that just ended.

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
    explicit AsOfInstant(Instant asOf);

    Instant instant() const { return instant_; }
    // The local day T belongs to: the day just ended when T is exactly midnight.
    QDate day() const { return day_; }
    bool counts(Instant start) const { return endsDay_ ? start < instant_ : start <= instant_; }
    // The start of the window "the N days up to T", as elapsed time.
    Instant daysBefore(int days) const {
        return instant_.plusSeconds(-static_cast<std::int64_t>(days) * kSecondsPerDay);
    }

private:
    Instant instant_;
    QDate day_;
    bool endsDay_ = false;
};

class AsOfJournal {
public:
    AsOfJournal(const JournalSnapshot& journal, Instant asOf);

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

private:
    const JournalSnapshot& journal_;
    AsOfInstant asOf_;
    std::vector<const Run*> runs_;
    std::vector<QDate> runDays_;
    std::vector<const PainEntry*> pains_;
};

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
#include "as_of_journal.h"

#include <algorithm>
#include <atomic>

namespace stridelog {
namespace {

std::atomic<std::uint64_t> viewsBuilt{0};

// The snapshot promises start order; sorting pointers keeps the rules right even if a caller
// forgets, and costs nothing when the order already holds.
template <class Entry>
std::vector<const Entry*> countedByStart(const std::vector<Entry>& entries,
                                         const AsOfInstant& asOf) {
    std::vector<const Entry*> counted;
    counted.reserve(entries.size());
    for (const Entry& entry : entries) {
        if (asOf.counts(entry.start)) counted.push_back(&entry);
    }
    const auto byStart = [](const Entry* a, const Entry* b) { return a->start < b->start; };
    if (!std::is_sorted(counted.begin(), counted.end(), byStart)) {
        std::stable_sort(counted.begin(), counted.end(), byStart);
    }
    return counted;
}

}  // namespace

AsOfJournal::AsOfJournal(const JournalSnapshot& journal, AsOf asOf)
    : journal_(journal),
      asOf_(asOf),
      runs_(countedByStart(journal.runs, asOf_)),
      pains_(countedByStart(journal.pains, asOf_)) {
    runDays_.reserve(runs_.size());
    for (const Run* run : runs_) runDays_.push_back(run->start.localDate());
    viewsBuilt.fetch_add(1, std::memory_order_relaxed);
}

std::uint64_t AsOfJournal::builtCount() {
    return viewsBuilt.load(std::memory_order_relaxed);
}

std::size_t AsOfJournal::firstRunAtOrAfter(Instant from) const {
    const auto it = std::lower_bound(runs_.begin(), runs_.end(), from,
                                     [](const Run* run, Instant t) { return run->start < t; });
    return static_cast<std::size_t>(it - runs_.begin());
}

std::span<const Run* const> AsOfJournal::runsSince(Instant from) const {
    const std::size_t first = firstRunAtOrAfter(from);
    return std::span<const Run* const>(runs_).subspan(first);
}

const Shoe* AsOfJournal::shoe(ShoeId id) const {
    for (const Shoe& candidate : journal_.shoes) {
        if (candidate.id == id) return &candidate;
    }
    return nullptr;
}

}  // namespace stridelog

// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate entry in a copy of the snapshot, then the facade's "triggered by" functions
// (see entry_preview.h).
#include "entry_preview.h"

#include "rules_engine.h"

#include <algorithm>

namespace stridelog {
namespace {

template <class Entry>
std::int64_t nextId(const std::vector<Entry>& entries) {
    std::int64_t highest = 0;
    for (const Entry& entry : entries) highest = std::max(highest, entry.id.value());
    return highest + 1;
}

// Keeps the snapshot's order (by start, oldest first) that the rules rely on; an entry of the
// same id (the one being edited) is replaced.
template <class Entry>
void insertByStart(std::vector<Entry>& entries, Entry entry) {
    std::erase_if(entries, [&](const Entry& other) { return other.id == entry.id; });
    const auto at =
        std::upper_bound(entries.begin(), entries.end(), entry,
                         [](const Entry& a, const Entry& b) { return a.start < b.start; });
    entries.insert(at, std::move(entry));
}

}  // namespace

std::vector<Warning> warningsIfRunSaved(const JournalSnapshot& journal, Run run,
                                        std::optional<PainEntry> pain, Instant now) {
    JournalSnapshot candidate = journal;
    if (!run.id.isValid()) run.id = RunId(nextId(candidate.runs));
    const RunId runId = run.id;
    const Instant asOf = std::max(now, run.start);
    insertByStart(candidate.runs, std::move(run));
    std::vector<Warning> warnings = warningsTriggeredByRun(candidate, runId, asOf);
    if (pain) {
        if (!pain->id.isValid()) pain->id = PainId(nextId(candidate.pains));
        pain->run = runId;
        const PainId painId = pain->id;
        const Instant painAsOf = std::max(asOf, pain->start);
        insertByStart(candidate.pains, std::move(*pain));
        const auto painWarnings = warningsTriggeredByPain(candidate, painId, painAsOf);
        warnings.insert(warnings.end(), painWarnings.begin(), painWarnings.end());
    }
    return warnings;
}

}  // namespace stridelog
